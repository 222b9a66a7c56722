#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  enableCompileCache
} from "./chunk-4VCPNV7W.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/main.ts
enableCompileCache();
await import("./cli-GEZPFTTM.js");
