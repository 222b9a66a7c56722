#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  RULES_DOC,
  SARIF_SCHEMA_URI,
  SRCROOT,
  artifactOf,
  buildSarif,
  formatSarif,
  levelOf,
  sarifFormat
} from "./chunk-573IRMPK.js";
import "./chunk-VGKHQ7XG.js";
import "./chunk-E2A6QGZ5.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  RULES_DOC,
  SARIF_SCHEMA_URI,
  SRCROOT,
  artifactOf,
  buildSarif,
  formatSarif,
  levelOf,
  sarifFormat
};
