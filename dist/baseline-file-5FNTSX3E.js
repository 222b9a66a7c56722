#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-M6NDKWZR.js";
import "./chunk-BR2RADLR.js";
import "./chunk-PG7C5SOX.js";
import "./chunk-EZK3BBQB.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-3HP4HOFM.js";
import "./chunk-TNMP35WC.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
