#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  REPORT_VERSION,
  formatJson,
  jsonFormat
} from "./chunk-IJ633GW2.js";
import "./chunk-CQFKTVMC.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-EZCUPKFD.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  REPORT_VERSION,
  formatJson,
  jsonFormat
};
