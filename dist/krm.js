#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import {
  enableCompileCache
} from "./chunk-4VCPNV7W.js";
import "./chunk-7SZVRMJ5.js";

// src/integrations/krm/main.ts
enableCompileCache();
var { krmCommand } = await import("./command-T7LR6LWY.js");
krmCommand.run(process.argv.slice(2), { cwd: process.cwd(), version: "" }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`headroom krm: internal error; please report it with this output:
${detail}
`);
    process.exitCode = EXIT_USAGE;
  }
);
