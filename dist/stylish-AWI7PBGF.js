#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  formatStylish,
  stylishFormat,
  stylishStream
} from "./chunk-G2WCO72R.js";
import "./chunk-R2ZMRPA2.js";
import "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";
export {
  formatStylish,
  stylishFormat,
  stylishStream
};
