#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-MALTFUAF.js";
import "./chunk-BR2RADLR.js";
import "./chunk-IR5KDDTW.js";
import "./chunk-4ODKBKSJ.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-GFM2K3JM.js";
import "./chunk-RKQU65DR.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
