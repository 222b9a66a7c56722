#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-N37ZCMA3.js";
import "./chunk-BR2RADLR.js";
import "./chunk-SXOKOJH7.js";
import "./chunk-ZY3X35NG.js";
import "./chunk-XFXN35FW.js";
import "./chunk-ECUQRFBA.js";
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
