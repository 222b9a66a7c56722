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
} from "./chunk-YUZSJCPZ.js";
import "./chunk-UF6LWSTO.js";
import "./chunk-6MOCKAL4.js";
import "./chunk-NKTC6YO5.js";
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
