#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-GLQC4FKN.js";
import "./chunk-BR2RADLR.js";
import "./chunk-QREABSW5.js";
import "./chunk-DPC5JUVD.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-7ZOLZTUQ.js";
import "./chunk-RKQU65DR.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
