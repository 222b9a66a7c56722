#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  collect,
  parseDuration
} from "./chunk-RBSA66OO.js";
import {
  commandArgs
} from "./chunk-WEPBERXY.js";
import {
  UsageError
} from "./chunk-RYOY3W7Z.js";
import "./chunk-J6OMOTEQ.js";
import "./chunk-XQOLTO4U.js";
import {
  EXIT_CLEAN,
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/collect.ts
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
var COLLECT_HELP = `Usage: headroom collect [options]                       kubelet summaries, via kubectl
       headroom collect --prometheus URL [options]      range queries to Prometheus

  Writes what --audit and headroom audit read.

  Without --prometheus: reads kubelet /stats/summary from every node through your kubectl
  (kubectl get nodes -o json; kubectl get --raw /api/v1/nodes/NODE/proxy/stats/summary)
  and appends one NDJSON line per node and sample, with a collectedAt timestamp.
  Needs RBAC: list nodes, get nodes/proxy.

  With --prometheus: asks Prometheus for the working set, max usage, usage, memory limit and
  OOM kills of every container of a sidecar class (the classes of your config) over --since,
  one point per --step (the maximum within it), in pages of at most 11,000 points, and writes
  the answers as NDJSON (one Prometheus query_range answer per line) to --out.

Options:
  -o, --out <file>          kubelet: append NDJSON here; Prometheus: write (replace) this file,
                            atomically (default: stdout)
  -n, --namespace <ns>      only pods in this namespace (repeatable)
      --request-timeout <d> per kubectl call (default 30s) or Prometheus request (default 2m)
  -h, --help                this help

kubectl (kubelet summaries):
      --kubeconfig <file>   kubeconfig for kubectl (default: kubectl's own)
      --context <name>      kubeconfig context
      --samples <n>         snapshots per node (default 1)
      --interval <d>        time between snapshots: 30s, 1m, ... (default 30s)
      --full                keep the whole summary, not only what the audit reads
      --kubectl <path>      kubectl binary (default: kubectl on PATH)

Prometheus:
      --prometheus <url>    the server (http or https; a path prefix such as /prometheus is kept)
      --since <d>           how far back: 6h, 7d, 2w (default 7d)
      --step <d>            one point per step, the maximum within it (default 5m; at least 1s)
      --all-containers      every container, not only those of a sidecar class
      --matcher <m>         a label matcher added to every selector, e.g. cluster="prod"
                            (repeatable; for a Prometheus that holds several clusters)
  -c, --config <file>       config whose sidecar classes are collected (default: nearest .headroomrc*)
      --bearer-token-file <file>
                            send "Authorization: Bearer <the file's content>"
                            (or set HEADROOM_PROMETHEUS_TOKEN)
      --header <"K: V">     an extra request header, e.g. "X-Scope-OrgID: prod" (repeatable)
      --ca-file <file>      PEM CA certificates to trust for https (instead of the system's)

Exit codes: 0 every node answered / every query answered, 1 some nodes failed (the rest was
written), 2 usage error, Prometheus error or nothing could be collected (nodes not listable,
no node answered, no container of a sidecar class in the range).
`;
async function run(argv, io) {
  const parsed = commandArgs(
    "collect",
    argv,
    {
      kubeconfig: { type: "string" },
      context: { type: "string" },
      namespace: { type: "string", short: "n", multiple: true },
      samples: { type: "string" },
      interval: { type: "string" },
      out: { type: "string", short: "o" },
      full: { type: "boolean" },
      kubectl: { type: "string" },
      "request-timeout": { type: "string" },
      prometheus: { type: "string" },
      since: { type: "string" },
      step: { type: "string" },
      "all-containers": { type: "boolean" },
      matcher: { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      "bearer-token-file": { type: "string" },
      header: { type: "string", multiple: true },
      "ca-file": { type: "string" }
    },
    COLLECT_HELP,
    false
  );
  if (!parsed) return EXIT_CLEAN;
  const { values } = parsed;
  const only = (mode, names) => {
    const given = names.filter((n) => values[n] !== void 0);
    if (given.length > 0)
      throw new UsageError(
        `collect: ${given.map((n) => `--${n}`).join(", ")} only ${given.length === 1 ? "applies" : "apply"} ${mode}`
      );
  };
  if (values.prometheus !== void 0) {
    only("without --prometheus (kubelet summaries through kubectl)", [
      "kubeconfig",
      "context",
      "samples",
      "interval",
      "full",
      "kubectl"
    ]);
    return (await import("./collect-prometheus-VPA264JT.js")).runPrometheus(values, io);
  }
  only("with --prometheus URL", [
    "since",
    "step",
    "all-containers",
    "matcher",
    "config",
    "bearer-token-file",
    "header",
    "ca-file"
  ]);
  const samples = values.samples === void 0 ? 1 : Number(values.samples);
  if (!Number.isInteger(samples) || samples < 1 || samples > 1e5)
    throw new UsageError(`collect: --samples must be a whole number \u2265 1, not ${JSON.stringify(values.samples)}`);
  const intervalMs = parseDuration(values.interval ?? "30s");
  if (intervalMs === void 0)
    throw new UsageError(
      `collect: --interval must be a duration like 30s, 1m or 500ms, not ${JSON.stringify(values.interval)}`
    );
  const requestTimeout = values["request-timeout"] ?? "30s";
  if (parseDuration(requestTimeout) === void 0 || /[dw]$/.test(requestTimeout.trim()))
    throw new UsageError(
      `collect: --request-timeout must be a duration like 30s, not ${JSON.stringify(requestTimeout)}`
    );
  const out = values.out === void 0 ? void 0 : path.resolve(io.cwd, values.out);
  if (out) await mkdir(path.dirname(out), { recursive: true });
  const sink = {
    async write(lines) {
      const text = lines.map((l) => `${l}
`).join("");
      if (out) await appendFile(out, text, "utf8");
      else await new Promise((resolve, reject) => process.stdout.write(text, (e) => e ? reject(e) : resolve()));
    }
  };
  const log = (message) => process.stderr.write(`headroom collect: ${message}
`);
  const result = await collect(
    {
      kubectl: values.kubectl ?? "kubectl",
      kubeconfig: values.kubeconfig === void 0 ? void 0 : path.resolve(io.cwd, values.kubeconfig),
      context: values.context,
      namespaces: values.namespace ?? [],
      samples,
      intervalMs,
      full: values.full ?? false,
      requestTimeout,
      concurrency: 4
    },
    sink,
    log
  );
  if (result.fatal) return EXIT_USAGE;
  const failedNodes = new Set(result.errors.map((e) => e.node));
  const where = values.out === void 0 ? "stdout" : values.out;
  log(
    `${result.snapshots} snapshot${result.snapshots === 1 ? "" : "s"} (${result.pods} pod entries) from ${result.nodes.length - failedNodes.size} of ${result.nodes.length} node${result.nodes.length === 1 ? "" : "s"} to ${where}` + (result.errors.length > 0 ? `; ${result.errors.length} failed request${result.errors.length === 1 ? "" : "s"} (${[...failedNodes].join(", ")})` : "")
  );
  if (result.snapshots === 0) return EXIT_USAGE;
  return result.errors.length > 0 ? 1 : 0;
}
export {
  COLLECT_HELP,
  run
};
