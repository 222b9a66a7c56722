#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EXIT_USAGE,
  runLint
} from "./chunk-3QZZLMPS.js";
import "./chunk-BR2RADLR.js";
import "./chunk-IR5KDDTW.js";
import {
  UsageError
} from "./chunk-FQI2J6QL.js";
import "./chunk-KQSIFF3T.js";
import "./chunk-22MPG5WG.js";
import "./chunk-4ODKBKSJ.js";
import "./chunk-XQOLTO4U.js";
import "./chunk-HHY7YKM3.js";
import {
  package_default
} from "./chunk-UF6LWSTO.js";
import {
  ConfigError
} from "./chunk-GFM2K3JM.js";
import "./chunk-RKQU65DR.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/index.ts
var COMMAND_MODULES = [
  {
    name: "krm",
    summary: "run as a KRM function (ResourceList on stdin) or a kustomize exec plugin",
    load: async () => (await import("./command-TA6HU7GF.js")).krmCommand
  },
  {
    name: "audit",
    summary: "what audit data (kubelet summaries, Prometheus, samples) says: measured drift, observed peaks, OOM kills",
    load: () => import("./audit-ZUE54VRE.js")
  },
  {
    name: "collect",
    summary: "collect kubelet /stats/summary snapshots from a cluster with your kubectl (NDJSON for --audit)",
    load: () => import("./collect-JTUWGKB6.js")
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
