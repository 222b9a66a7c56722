#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-PRE3FRCF.js";
import "./chunk-BR2RADLR.js";
import "./chunk-ZSQBFDS3.js";
import "./chunk-JQOKJY3Y.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-PYA2A7PI.js";
import "./chunk-7V4ZG3AY.js";
import "./chunk-CZD67XWB.js";
import "./chunk-4Z6CYX76.js";
import "./chunk-OY5U4RUJ.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
