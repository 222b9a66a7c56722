#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  KRM_HELP,
  krmCommand,
  runKrm
} from "./chunk-CHRNBE6S.js";
import "./chunk-NHE3GLNL.js";
import "./chunk-QNDLB7YC.js";
import "./chunk-F7L27KEW.js";
import "./chunk-7SZVRMJ5.js";
export {
  KRM_HELP,
  krmCommand,
  runKrm
};
