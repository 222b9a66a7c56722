#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-WXU26ZV4.js";
import "./chunk-WKTJPVVW.js";
import "./chunk-Z6PAK2RV.js";
import "./chunk-2G3HYGBX.js";
import "./chunk-LT65RJEX.js";
import "./chunk-PHH2QEL2.js";
import "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
