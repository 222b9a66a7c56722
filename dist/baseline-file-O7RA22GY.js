#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-3XTGVHD7.js";
import "./chunk-BR2RADLR.js";
import "./chunk-J37PXGZG.js";
import "./chunk-66PYMS7M.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-A4DJFSS3.js";
import "./chunk-EDS5CWOE.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
