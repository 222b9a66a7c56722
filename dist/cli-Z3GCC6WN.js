#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EXIT_USAGE,
  runLint
} from "./chunk-HEMY5S5F.js";
import "./chunk-BR2RADLR.js";
import "./chunk-HHH2GSJR.js";
import {
  UsageError
} from "./chunk-EOMB5T6A.js";
import "./chunk-KQSIFF3T.js";
import "./chunk-TWCCGLS6.js";
import "./chunk-YRH67DI6.js";
import "./chunk-XQOLTO4U.js";
import "./chunk-HHY7YKM3.js";
import {
  package_default
} from "./chunk-UF6LWSTO.js";
import {
  ConfigError
} from "./chunk-M6TS5HH5.js";
import "./chunk-WVZSCA4J.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/index.ts
var COMMAND_MODULES = [
  {
    name: "krm",
    summary: "run as a KRM function (ResourceList on stdin) or a kustomize exec plugin",
    load: async () => (await import("./command-W4GFRSI2.js")).krmCommand
  },
  {
    name: "audit",
    summary: "what audit data (kubelet summaries, Prometheus, samples) says: measured drift, observed peaks, OOM kills",
    load: () => import("./audit-BFWVCQ4F.js")
  },
  {
    name: "collect",
    summary: "collect kubelet /stats/summary snapshots from a cluster with your kubectl (NDJSON for --audit)",
    load: () => import("./collect-5NP2QSKT.js")
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
