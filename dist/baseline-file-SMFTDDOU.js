#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
} from "./chunk-I7Y72MXK.js";
import "./chunk-BR2RADLR.js";
import "./chunk-LR5EWWZG.js";
import "./chunk-67UHIPIC.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-YP7BO3EW.js";
import "./chunk-EDS5CWOE.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  DEFAULT_BASELINE,
  filterResult,
  loadBaselineFile,
  writeBaselineFile
};
