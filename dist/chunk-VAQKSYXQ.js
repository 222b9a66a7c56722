#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/exit-codes.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;

export {
  EXIT_CLEAN,
  EXIT_FINDINGS,
  EXIT_USAGE
};
