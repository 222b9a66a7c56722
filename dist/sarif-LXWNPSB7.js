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
} from "./chunk-KJW3RJ2Q.js";
import "./chunk-VGKHQ7XG.js";
import "./chunk-4Z6CYX76.js";
import "./chunk-OY5U4RUJ.js";
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
