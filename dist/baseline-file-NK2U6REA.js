#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-BXNXY4BX.js";
import "./chunk-BR2RADLR.js";
import "./chunk-U25CNGDW.js";
import "./chunk-XDLQMU5N.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-ZY6E4WTL.js";
import "./chunk-62AQCUDH.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
