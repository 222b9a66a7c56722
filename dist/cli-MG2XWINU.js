#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EXIT_USAGE,
  runLint
} from "./chunk-TPT3OCGV.js";
import "./chunk-BR2RADLR.js";
import "./chunk-EVRSWSGZ.js";
import {
  UsageError
} from "./chunk-GIK5CMPI.js";
import "./chunk-KQSIFF3T.js";
import "./chunk-4WKMFISC.js";
import "./chunk-57NH6RPA.js";
import "./chunk-XQOLTO4U.js";
import "./chunk-HHY7YKM3.js";
import {
  package_default
} from "./chunk-UF6LWSTO.js";
import {
  ConfigError
} from "./chunk-KNJZ2W4H.js";
import "./chunk-6MOCKAL4.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/index.ts
var COMMAND_MODULES = [
  {
    name: "krm",
    summary: "run as a KRM function (ResourceList on stdin) or a kustomize exec plugin",
    load: async () => (await import("./command-VMNHNX66.js")).krmCommand
  },
  {
    name: "audit",
    summary: "what audit data (kubelet summaries, Prometheus, samples) says: measured drift, observed peaks, OOM kills",
    load: () => import("./audit-M2EBOREI.js")
  },
  {
    name: "collect",
    summary: "collect kubelet /stats/summary snapshots from a cluster with your kubectl (NDJSON for --audit)",
    load: () => import("./collect-B75R435X.js")
  }
];

// src/cli/cli.ts
async function main(argv) {
  guardPipes();
  const [first, ...rest] = argv;
  const command = COMMAND_MODULES.find((c) => c.name === first);
  if (command) {
    const module = await command.load();
    process.exitCode = await module.run(rest, { cwd: process.cwd(), version: package_default.version });
    return;
  }
  await runLint(argv);
}
function guardPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
main(process.argv.slice(2)).catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`headroom: ${error.message}
Run headroom --help for usage.
`);
  } else if (error instanceof ConfigError) {
    process.stderr.write(`headroom: invalid config ${error.message}
`);
  } else {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    process.stderr.write(`headroom: internal error; please report it with this output:
${detail}
`);
  }
  process.exitCode = EXIT_USAGE;
});
