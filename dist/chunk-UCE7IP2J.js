#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  jsonFormat
} from "./chunk-IJ633GW2.js";
import {
  sarifFormat
} from "./chunk-573IRMPK.js";
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
