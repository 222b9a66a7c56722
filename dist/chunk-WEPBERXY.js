#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  UsageError
} from "./chunk-RYOY3W7Z.js";

// src/cli/commands/args.ts
import { parseArgs } from "node:util";
function commandArgs(command, argv, options, help, positionals = true) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: positionals,
      strict: true,
      options: { ...options, help: { type: "boolean", short: "h" } }
    });
  } catch (error) {
    throw new UsageError(
      `${command}: ${error.message.replace(/\. To specify a positional argument.*$/s, "")}`
    );
  }
  if (parsed.values.help) {
    process.stdout.write(help);
    return void 0;
  }
  return parsed;
}

export {
  commandArgs
};
