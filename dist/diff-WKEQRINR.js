#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  diffOf,
  formatDiffs
} from "./chunk-ZS4OKKBS.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-7SZVRMJ5.js";
export {
  diffOf,
  formatDiffs
};
