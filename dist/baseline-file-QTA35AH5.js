#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-5Y6URE4K.js";
import "./chunk-BR2RADLR.js";
import "./chunk-DAAR6NYA.js";
import "./chunk-B2LMJWJY.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-CE25OJK6.js";
import "./chunk-DXZTZN63.js";
import "./chunk-R55COTBL.js";
import "./chunk-QUIH35YC.js";
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
