#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-62YAORBW.js";
import "./chunk-BR2RADLR.js";
import "./chunk-NEW6NEPN.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-2IZH7O3U.js";
import "./chunk-5MS2LPG6.js";
import "./chunk-SMNFWH56.js";
import "./chunk-R55COTBL.js";
import "./chunk-E3RTWDGF.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
