#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  jsonFormat
} from "./chunk-KOAWRMZT.js";
import {
  sarifFormat
} from "./chunk-S37GEKHY.js";
import {
  stylishFormat
} from "./chunk-G2WCO72R.js";
import {
  githubFormat
} from "./chunk-WHQYEYKH.js";

// src/report/formats.ts
var FORMATS = {
  stylish: stylishFormat,
  json: jsonFormat,
  sarif: sarifFormat,
  github: githubFormat
};

export {
  FORMATS
};
