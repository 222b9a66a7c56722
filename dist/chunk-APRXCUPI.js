#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  jsonFormat
} from "./chunk-HHM4BV6K.js";
import {
  sarifFormat
} from "./chunk-W4ACP3FN.js";
import {
  stylishFormat
} from "./chunk-7KB36SWT.js";
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
