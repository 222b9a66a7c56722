#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-VTIS5KJX.js";
import "./chunk-BR2RADLR.js";
import "./chunk-SCF62M2M.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-EZJIQO3C.js";
import "./chunk-HCVQEZRZ.js";
import "./chunk-WHTORA65.js";
import "./chunk-Q6K6OWUF.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
