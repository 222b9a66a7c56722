#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  UsageError
} from "./chunk-GIK5CMPI.js";
import {
  checkShape
} from "./chunk-ZAN2GF5C.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/collect.ts
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/audit/collect.ts
import { execFile } from "node:child_process";
async function collect(options, sink, log) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const errors = [];
  const listed = await kubectl(options, ["get", "nodes", "-o", "json"]);
  let nodes;
  try {
    if (!listed.ok) throw new Error(listed.message);
    nodes = nodeNames(JSON.parse(listed.stdout));
  } catch (error) {
    const message = `cannot list nodes: ${error.message}`;
    log(message);
    return { nodes: [], snapshots: 0, pods: 0, errors: [{ node: void 0, round: 0, message }], fatal: true };
  }
  if (nodes.length === 0) log("the cluster has no nodes");
  let snapshots = 0;
  let pods = 0;
  const start = Date.now();
  for (let round = 1; round <= options.samples; round++) {
    if (round > 1) {
      const due = start + (round - 1) * options.intervalMs;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
    }
    const results = await mapLimit(nodes, options.concurrency, async (node) => {
      const raw = await kubectl(options, ["get", "--raw", `/api/v1/nodes/${encodeURIComponent(node)}/proxy/stats/summary`]);
      if (!raw.ok) return { node, error: raw.message };
      try {
        const summary = JSON.parse(raw.stdout);
        checkShape("kubelet-summary", summary, `node ${node}`);
        return { node, line: snapshotLine(summary, node, options, now()) };
      } catch (error) {
        const detail = error instanceof AuditInputError ? `unexpected /stats/summary: ${error.pointer || "/"} ${error.expected}` : `answer is not JSON: ${error.message}`;
        return { node, error: detail };
      }
    });
    const lines = [];
    for (const result of results) {
      if ("error" in result && result.error !== void 0) {
        errors.push({ node: result.node, round, message: result.error });
        log(`node ${result.node}${options.samples > 1 ? ` (sample ${round})` : ""}: ${result.error}`);
      } else if ("line" in result && result.line) {
        lines.push(result.line.text);
        pods += result.line.pods;
      }
    }
    if (lines.length > 0) await sink.write(lines);
    snapshots += lines.length;
  }
  return { nodes, snapshots, pods, errors, fatal: false };
}
var MEMORY_FIELDS = ["time", "workingSetBytes", "usageBytes", "rssBytes", "peakBytes", "pageFaults", "majorPageFaults"];
function snapshotLine(summary, node, options, at) {
  const keep = options.namespaces.length === 0 ? () => true : (ns) => options.namespaces.includes(ns);
  const pods = (summary.pods ?? []).filter((p) => keep(p.podRef.namespace));
  const out = options.full ? { ...summary, node: { ...summary.node, nodeName: summary.node?.nodeName ?? node }, pods } : {
    node: { nodeName: summary.node?.nodeName ?? node },
    pods: pods.map((p) => ({
      podRef: p.podRef,
      containers: (p.containers ?? []).map((c) => ({
        name: c.name,
        ...c.startTime === void 0 ? {} : { startTime: c.startTime },
        ...c.memory ? { memory: pick(c.memory, MEMORY_FIELDS) } : {}
      }))
    }))
  };
  return { text: JSON.stringify({ collectedAt: at.toISOString(), ...out }), pods: pods.length };
}
function pick(object, keys) {
  const out = {};
  for (const key of keys) if (object[key] !== void 0) out[key] = object[key];
  return out;
}
function nodeNames(list) {
  const items = list.items;
  if (!Array.isArray(items)) throw new Error("kubectl get nodes -o json printed no items list");
  return items.map((item) => item.metadata?.name).filter((name) => typeof name === "string" && name !== "").sort();
}
function kubectl(options, args) {
  const global = [
    ...options.kubeconfig ? ["--kubeconfig", options.kubeconfig] : [],
    ...options.context ? ["--context", options.context] : [],
    `--request-timeout=${options.requestTimeout}`
  ];
  return new Promise((resolve) => {
    execFile(
      options.kubectl,
      [...global, ...args],
      { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, timeout: 3e5, env: options.env ?? process.env, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout });
        const code = error.code;
        if (code === "ENOENT") return resolve({ ok: false, message: `${options.kubectl} not found; install kubectl or pass --kubectl PATH` });
        if (error.killed) return resolve({ ok: false, message: "kubectl timed out" });
        resolve({ ok: false, message: lastError(stderr) ?? error.message.split("\n")[0] ?? "kubectl failed" });
      }
    );
  });
}
function lastError(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^[EIW]\d{4} /.test(l));
  return lines.at(-1) ?? stderr.trim().split("\n").at(-1)?.trim() ?? void 0;
}
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}
function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!m) return void 0;
  const value = Number(m[1]);
  const unit = m[2] === "ms" ? 1 : m[2] === "s" ? 1e3 : m[2] === "m" ? 6e4 : 36e5;
  return Math.round(value * unit);
}

// src/cli/commands/collect.ts
var COLLECT_HELP = `Usage: headroom collect [options]

  Reads kubelet /stats/summary from every node through your kubectl
  (kubectl get nodes -o json; kubectl get --raw /api/v1/nodes/NODE/proxy/stats/summary)
  and writes one NDJSON line per node and sample, with a collectedAt timestamp.
  The result is what --audit and headroom audit read. Needs RBAC: list nodes, get nodes/proxy.

Options:
      --kubeconfig <file>   kubeconfig for kubectl (default: kubectl's own)
      --context <name>      kubeconfig context
  -n, --namespace <ns>      keep only pods in this namespace (repeatable)
      --samples <n>         snapshots per node (default 1)
      --interval <d>        time between snapshots: 30s, 1m, ... (default 30s)
  -o, --out <file>          append NDJSON here (default: stdout); each round is written as it completes
      --full                keep the whole summary, not only what the audit reads
      --kubectl <path>      kubectl binary (default: kubectl on PATH)
      --request-timeout <d> per kubectl call (default 30s)
  -h, --help                this help

Exit codes: 0 every node answered, 1 some nodes failed (the rest was written),
2 usage error or nothing could be collected (nodes not listable, no node answered).
`;
async function run(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        kubeconfig: { type: "string" },
        context: { type: "string" },
        namespace: { type: "string", short: "n", multiple: true },
        samples: { type: "string" },
        interval: { type: "string" },
        out: { type: "string", short: "o" },
        full: { type: "boolean" },
        kubectl: { type: "string" },
        "request-timeout": { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(`collect: ${error.message.replace(/\. To specify a positional argument.*$/s, "")}`);
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(COLLECT_HELP);
    return 0;
  }
  const samples = values.samples === void 0 ? 1 : Number(values.samples);
  if (!Number.isInteger(samples) || samples < 1 || samples > 1e5) throw new UsageError(`collect: --samples must be a whole number \u2265 1, not ${JSON.stringify(values.samples)}`);
  const intervalMs = parseDuration(values.interval ?? "30s");
  if (intervalMs === void 0) throw new UsageError(`collect: --interval must be a duration like 30s, 1m or 500ms, not ${JSON.stringify(values.interval)}`);
  const requestTimeout = values["request-timeout"] ?? "30s";
  if (parseDuration(requestTimeout) === void 0) throw new UsageError(`collect: --request-timeout must be a duration like 30s, not ${JSON.stringify(requestTimeout)}`);
  const out = values.out === void 0 ? void 0 : path.resolve(io.cwd, values.out);
  if (out) await mkdir(path.dirname(out), { recursive: true });
  const sink = {
    async write(lines) {
      const text = lines.map((l) => l + "\n").join("");
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
  if (result.fatal) return 2;
  const failedNodes = new Set(result.errors.map((e) => e.node));
  const where = values.out === void 0 ? "stdout" : values.out;
  log(
    `${result.snapshots} snapshot${result.snapshots === 1 ? "" : "s"} (${result.pods} pod entries) from ${result.nodes.length - failedNodes.size} of ${result.nodes.length} node${result.nodes.length === 1 ? "" : "s"} to ${where}` + (result.errors.length > 0 ? `; ${result.errors.length} failed request${result.errors.length === 1 ? "" : "s"} (${[...failedNodes].join(", ")})` : "")
  );
  if (result.snapshots === 0) return 2;
  return result.errors.length > 0 ? 1 : 0;
}
export {
  COLLECT_HELP,
  run
};
