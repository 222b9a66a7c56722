#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  krmCommand
} from "./chunk-ZWMWTKJR.js";
import "./chunk-Q5LLPTB5.js";
import "./chunk-UHX32P73.js";
import "./chunk-ZWPAKGIM.js";

// src/integrations/krm/main.ts
krmCommand.run(process.argv.slice(2), { cwd: process.cwd(), version: "" }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`headroom krm: internal error; please report it with this output:
${detail}
`);
    process.exitCode = 2;
  }
);
