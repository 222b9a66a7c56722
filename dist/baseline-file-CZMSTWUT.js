#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-AXHINFU6.js";
import "./chunk-BR2RADLR.js";
import "./chunk-TB2O5X3G.js";
import "./chunk-ZY3X35NG.js";
import "./chunk-CQ2U72IU.js";
import "./chunk-UQDTB6S2.js";
import "./chunk-37ZWPQAO.js";
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
