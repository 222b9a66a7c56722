#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-BT32EEOH.js";
import "./chunk-BR2RADLR.js";
import "./chunk-LTZOGOKY.js";
import "./chunk-65Y5SNV5.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-SC4HN6UJ.js";
import "./chunk-Y3RJAWU2.js";
import "./chunk-GM3P3NA6.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
