#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  KRM_HELP,
  krmCommand,
  runKrm
} from "./chunk-ZWMWTKJR.js";
import "./chunk-Q5LLPTB5.js";
import "./chunk-UHX32P73.js";
import "./chunk-ZWPAKGIM.js";
export {
  KRM_HELP,
  krmCommand,
  runKrm
};
