#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EXIT_USAGE,
  runLint
} from "./chunk-ZYRFGCN3.js";
import "./chunk-BR2RADLR.js";
import "./chunk-LTZOGOKY.js";
import {
  UsageError
} from "./chunk-QNPFQA5X.js";
import "./chunk-KQSIFF3T.js";
import "./chunk-PEE545LH.js";
import "./chunk-65Y5SNV5.js";
import "./chunk-XQOLTO4U.js";
import "./chunk-OM2N5KEX.js";
import {
  package_default
} from "./chunk-UF6LWSTO.js";
import "./chunk-SC4HN6UJ.js";
import {
  ConfigError
} from "./chunk-Y3RJAWU2.js";
import "./chunk-GM3P3NA6.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/index.ts
var COMMAND_MODULES = [
  {
    name: "krm",
    summary: "run as a KRM function (ResourceList on stdin) or a kustomize exec plugin",
    load: async () => (await import("./command-WXZTQYH3.js")).krmCommand
  },
  {
    name: "audit",
    summary: "what audit data (kubelet summaries, Prometheus, samples) says: measured drift, observed peaks, OOM kills",
    load: () => import("./audit-LDW54IOZ.js")
  },
  {
    name: "collect",
    summary: "collect memory data for --audit: kubelet /stats/summary through your kubectl, or range queries to Prometheus (--prometheus URL)",
    load: () => import("./collect-5ZH25QNJ.js")
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
