#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./cli-VIG65YMD.js");
