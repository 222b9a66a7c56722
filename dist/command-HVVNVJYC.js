#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  KRM_HELP,
  krmCommand,
  runKrm
} from "./chunk-LQMIUV7V.js";
import "./chunk-OL6ARZ42.js";
import "./chunk-5J754F4G.js";
import "./chunk-JEWVITXR.js";
import "./chunk-HVUG6AND.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-ESSM6JJ7.js";
import "./chunk-7SZVRMJ5.js";
export {
  KRM_HELP,
  krmCommand,
  runKrm
};
