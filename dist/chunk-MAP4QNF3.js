#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  jsonFormat
} from "./chunk-V5QQQSZ7.js";
import {
  sarifFormat
} from "./chunk-YUZSJCPZ.js";
import {
  stylishFormat
} from "./chunk-E34AFJ6S.js";
import {
  githubFormat
} from "./chunk-ESSM6JJ7.js";

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
