#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-F7L27KEW.js";

// src/report/cost.ts
function namespaceCosts(results) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const w of result.workloads ?? []) {
      if (!w.after) continue;
      const ns = w.namespace ?? "default";
      byNamespace.set(ns, [...byNamespace.get(ns) ?? [], w]);
    }
  }
  return [...byNamespace.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([namespace, list]) => {
    let addedLimitBytes = 0n;
    let addedRequestBytes = 0n;
    let needed = 0n;
    for (const w of list) {
      const replicas = BigInt(w.replicas);
      if (typeof w.before.limit === "bigint" && typeof w.after?.limit === "bigint") addedLimitBytes += (w.after.limit - w.before.limit) * replicas;
      if (w.before.request !== void 0 && w.after?.request !== void 0) addedRequestBytes += (w.after.request - w.before.request) * replicas;
      if (typeof w.after?.limit === "bigint") needed += w.after.limit * replicas;
    }
    const quota = list.find((w) => w.quota)?.quota;
    return {
      namespace,
      workloads: list.length,
      addedLimitBytes,
      addedRequestBytes,
      quota: quota && needed > quota.bytes ? { ...quota, neededBytes: needed } : void 0
    };
  });
}
function formatCosts(costs) {
  const lines = [];
  for (const c of costs) {
    if (c.addedLimitBytes === 0n && c.addedRequestBytes === 0n && !c.quota) continue;
    lines.push(
      `  ${c.namespace}: limits ${signed(c.addedLimitBytes)}, requests ${signed(c.addedRequestBytes)} (\xD7 replicas, ${c.workloads} workload${c.workloads === 1 ? "" : "s"})`
    );
    if (c.quota) {
      lines.push(
        `  warning: ResourceQuota ${c.quota.name} in ${c.namespace} allows limits.memory ${c.quota.text}; the fixed workloads alone need ${formatBytes(c.quota.neededBytes)}`
      );
    }
  }
  return lines.length === 0 ? [] : ["Pod memory added by the fix:", ...lines];
}
function signed(bytes) {
  return bytes < 0n ? `-${formatBytes(-bytes)}` : `+${formatBytes(bytes)}`;
}

// src/report/stylish.ts
var paint = (on, code) => (text) => on ? `\x1B[${code}m${text}\x1B[39m` : text;
function formatStylish(results, options) {
  const red = paint(options.color, 31);
  const yellow = paint(options.color, 33);
  const blue = paint(options.color, 34);
  const green = paint(options.color, 32);
  const dim = paint(options.color, 90);
  const lines = [];
  const counts = { error: 0, warning: 0, info: 0, fixed: 0 };
  for (const result of results) {
    for (const finding of result.findings) {
      const fixed = finding.status === "fixed";
      if (fixed) counts.fixed++;
      else counts[finding.severity]++;
      if (options.quiet && (fixed || finding.severity === "info")) continue;
      const severity = fixed ? green(options.dryRun ? "fixable" : "fixed") : finding.severity === "error" ? red("error") : finding.severity === "warning" ? yellow("warning") : blue("info");
      const where = `${finding.path}:${finding.line}:${finding.col}`;
      lines.push(`${where}  ${severity}  ${describe(finding)}  ${dim(finding.ruleId)}`);
    }
  }
  const summary = summarise(counts, options);
  if (summary) lines.push(summary);
  if (options.mode === "fix") lines.push(...formatCosts(namespaceCosts(results)));
  return lines.join("\n");
}
function describe(finding) {
  if (finding.status && finding.status !== "fixed" && finding.reason) return `${finding.message}; cannot fix: ${finding.reason}`;
  if (finding.status === "unfixable" && !finding.reason) return `${finding.message}; cannot fix automatically`;
  return finding.message;
}
function summarise(counts, options) {
  const parts = [];
  if (counts.fixed > 0) parts.push(`${counts.fixed} ${options.dryRun ? "fixable (dry run, nothing written)" : "fixed"}`);
  if (counts.error > 0) parts.push(plural(counts.error, "error"));
  if (counts.warning > 0) parts.push(plural(counts.warning, "warning"));
  if (counts.info > 0 && !options.quiet) parts.push(plural(counts.info, "info"));
  return parts.length === 0 ? "" : `
${parts.join(", ")}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 || word === "info" ? "" : "s"}`;
}

export {
  namespaceCosts,
  formatStylish
};
