#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  formatStylish,
  stylishFormat,
  stylishStream
} from "./chunk-DZPOTRN4.js";
import "./chunk-EZCUPKFD.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";
export {
  formatStylish,
  stylishFormat,
  stylishStream
};
