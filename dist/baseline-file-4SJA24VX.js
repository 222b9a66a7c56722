#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-MF3HAWPD.js";
import "./chunk-BR2RADLR.js";
import "./chunk-EVRSWSGZ.js";
import "./chunk-57NH6RPA.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-KNJZ2W4H.js";
import "./chunk-6MOCKAL4.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
