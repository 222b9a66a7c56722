#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  REPORT_VERSION,
  formatJson,
  jsonFormat
} from "./chunk-KOAWRMZT.js";
import "./chunk-ZS4OKKBS.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-R2ZMRPA2.js";
import "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";
export {
  REPORT_VERSION,
  formatJson,
  jsonFormat
};
