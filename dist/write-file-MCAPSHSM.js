#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  TEMP_MARK,
  WriteRefused,
  removeLeftovers,
  writeNew,
  writeVerified
} from "./chunk-HHY7YKM3.js";
import "./chunk-7SZVRMJ5.js";
export {
  TEMP_MARK,
  WriteRefused,
  removeLeftovers,
  writeNew,
  writeVerified
};
