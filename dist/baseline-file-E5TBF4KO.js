#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-BDC3CG64.js";
import "./chunk-BR2RADLR.js";
import "./chunk-HHH2GSJR.js";
import "./chunk-YRH67DI6.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-M6TS5HH5.js";
import "./chunk-WVZSCA4J.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
