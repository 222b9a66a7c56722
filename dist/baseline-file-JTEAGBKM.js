#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-2MGRBO72.js";
import "./chunk-BR2RADLR.js";
import "./chunk-TN4OT6N4.js";
import "./chunk-USSQMUOT.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-QIGK5DEA.js";
import "./chunk-QATR52OM.js";
import "./chunk-R55COTBL.js";
import "./chunk-E2A6QGZ5.js";
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
