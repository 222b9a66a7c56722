#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  TEMP_MARK,
  WriteRefused,
  createNew,
  removeLeftovers,
  writeNew,
  writeVerified
} from "./chunk-2G3HYGBX.js";
import "./chunk-7SZVRMJ5.js";
export {
  TEMP_MARK,
  WriteRefused,
  createNew,
  removeLeftovers,
  writeNew,
  writeVerified
};
