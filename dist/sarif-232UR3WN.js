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
} from "./chunk-S37GEKHY.js";
import "./chunk-JGHUT55P.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-MTGXENKW.js";
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
