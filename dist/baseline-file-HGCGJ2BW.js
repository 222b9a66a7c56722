#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-WO7N7A3E.js";
import "./chunk-BR2RADLR.js";
import "./chunk-75TPP2ZE.js";
import "./chunk-U232H2AW.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-O6EXLH3E.js";
import "./chunk-B6BFVLMU.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
