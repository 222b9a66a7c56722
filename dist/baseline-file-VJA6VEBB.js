#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-QZMYOYZT.js";
import "./chunk-WKTJPVVW.js";
import "./chunk-3UFOAPSO.js";
import "./chunk-2G3HYGBX.js";
import "./chunk-3UUY4LJY.js";
import "./chunk-PISZ2IWY.js";
import "./chunk-DSJCXAJO.js";
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
