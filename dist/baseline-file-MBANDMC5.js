#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-MLQZW5H7.js";
import "./chunk-BR2RADLR.js";
import "./chunk-7UZEFIJA.js";
import "./chunk-G5YEVURG.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-UYCQMHGN.js";
import "./chunk-BSWESIZE.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
