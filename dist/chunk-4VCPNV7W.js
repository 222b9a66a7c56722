#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/compile-cache.ts
import module from "node:module";
function enableCompileCache() {
  ;
  module.enableCompileCache?.();
}

export {
  enableCompileCache
};
