#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-S3IZU37V.js";
import "./chunk-WKTJPVVW.js";
import "./chunk-UB4RYT7I.js";
import "./chunk-2G3HYGBX.js";
import "./chunk-7M25THIB.js";
import "./chunk-72Z2I5NO.js";
import "./chunk-ECUQRFBA.js";
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
