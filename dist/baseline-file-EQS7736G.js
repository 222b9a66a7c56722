#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-JWZVPACX.js";
import "./chunk-BR2RADLR.js";
import "./chunk-AMOSBOQX.js";
import "./chunk-QP5A6M22.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-FRYATDWD.js";
import "./chunk-6PNYL7BI.js";
import "./chunk-R55COTBL.js";
import "./chunk-5M3JMPKF.js";
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
