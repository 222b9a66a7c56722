#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/audit/types.ts
var AuditInputError = class extends Error {
  constructor(file, pointer, expected, line) {
    super(`${file}${line === void 0 ? "" : `:${line}`}: ${pointer === "" ? "/" : pointer} ${expected}`);
    this.file = file;
    this.pointer = pointer;
    this.expected = expected;
    this.line = line;
  }
  file;
  pointer;
  expected;
  line;
};

export {
  AuditInputError
};
