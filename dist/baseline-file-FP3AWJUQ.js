#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-KYH7LWDN.js";
import "./chunk-BR2RADLR.js";
import "./chunk-7SO24DMG.js";
import "./chunk-HIDYCFMS.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-UWUXIWPG.js";
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
