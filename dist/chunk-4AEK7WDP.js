#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  jsonFormat
} from "./chunk-IYG5OZT6.js";
import {
  sarifFormat
} from "./chunk-KJW3RJ2Q.js";
import {
  stylishFormat
} from "./chunk-DZPOTRN4.js";
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
