#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  krmCommand
} from "./chunk-LQMIUV7V.js";
import "./chunk-OL6ARZ42.js";
import "./chunk-5J754F4G.js";
import "./chunk-JEWVITXR.js";
import "./chunk-HVUG6AND.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-ESSM6JJ7.js";
import "./chunk-7SZVRMJ5.js";

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
