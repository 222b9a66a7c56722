#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-EYBZX4NK.js";
import "./chunk-BR2RADLR.js";
import "./chunk-DWVEQJWF.js";
import "./chunk-6FJ7XY3K.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-MTDKSRTB.js";
import "./chunk-7ADHLCVJ.js";
import "./chunk-R55COTBL.js";
import "./chunk-2OLM7VJX.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
