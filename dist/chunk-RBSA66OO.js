#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  checkShape
} from "./chunk-J6OMOTEQ.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";

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
      const raw = await kubectl(options, [
        "get",
        "--raw",
        `/api/v1/nodes/${encodeURIComponent(node)}/proxy/stats/summary`
      ]);
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
var MEMORY_FIELDS = [
  "time",
  "workingSetBytes",
  "usageBytes",
  "rssBytes",
  "peakBytes",
  "pageFaults",
  "majorPageFaults"
];
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
      {
        encoding: "utf8",
        maxBuffer: 512 * 1024 * 1024,
        timeout: 3e5,
        env: options.env ?? process.env,
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout });
        const code = error.code;
        if (code === "ENOENT")
          return resolve({ ok: false, message: `${options.kubectl} not found; install kubectl or pass --kubectl PATH` });
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
var DURATION_UNITS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(text.trim());
  if (!m) return void 0;
  return Math.round(Number(m[1]) * DURATION_UNITS[m[2]]);
}

export {
  collect,
  parseDuration
};
