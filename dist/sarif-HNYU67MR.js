#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  SARIF_SCHEMA_URI,
  SRCROOT,
  artifactOf,
  buildSarif,
  formatSarif,
  levelOf,
  sarifFormat
} from "./chunk-OS2IL4NM.js";
import "./chunk-5J754F4G.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  SARIF_SCHEMA_URI,
  SRCROOT,
  artifactOf,
  buildSarif,
  formatSarif,
  levelOf,
  sarifFormat
};
