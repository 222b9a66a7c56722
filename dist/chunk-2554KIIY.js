#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/exit-codes.ts
var EXIT_USAGE = 2;

export {
  EXIT_USAGE
};
