#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  formatBytes
} from "./chunk-MTGXENKW.js";

// src/report/cost.ts
function namespaceCosts(results) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const w of result.workloads ?? []) {
      if (!w.after) continue;
      const ns = w.namespace ?? "default";
      const list = byNamespace.get(ns);
      if (list) list.push(w);
      else byNamespace.set(ns, [w]);
    }
  }
  return [...byNamespace.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([namespace, list]) => {
    let addedLimitBytes = 0n;
    let addedRequestBytes = 0n;
    let needed = 0n;
    let pods = 0;
    let unbounded = 0;
    for (const w of list) {
      const replicas = BigInt(w.replicas);
      pods += w.replicas;
      if (typeof w.before.limit === "bigint" && typeof w.after?.limit === "bigint")
        addedLimitBytes += (w.after.limit - w.before.limit) * replicas;
      else if (w.containerLimitDelta !== void 0) {
        addedLimitBytes += w.containerLimitDelta * replicas;
        unbounded++;
      }
      if (w.before.request !== void 0 && w.after?.request !== void 0)
        addedRequestBytes += (w.after.request - w.before.request) * replicas;
      if (typeof w.after?.limit === "bigint") needed += w.after.limit * replicas;
    }
    const quota = list.find((w) => w.quota)?.quota;
    return {
      namespace,
      workloads: list.length,
      addedLimitBytes,
      addedRequestBytes,
      pods,
      unbounded,
      quota: quota && needed > quota.bytes ? { ...quota, neededBytes: needed } : void 0
    };
  });
}
function formatCosts(costs) {
  const lines = [];
  for (const c of costs) {
    if (c.addedLimitBytes === 0n && c.addedRequestBytes === 0n && !c.quota) continue;
    const counted = c.workloads === 1 ? `1 workload \xD7 ${c.pods} replica${c.pods === 1 ? "" : "s"}` : `${c.workloads} workloads, ${c.pods} pods with their replicas`;
    const open = c.unbounded === 0 ? "" : `; ${c.unbounded === 1 ? "a pod limit stays" : `${c.unbounded} pod limits stay`} unbounded (a container has none), so limits count the containers raised`;
    lines.push(
      `  ${c.namespace}: limits ${signed(c.addedLimitBytes)}, requests ${signed(c.addedRequestBytes)} (${counted}${open})`
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

export {
  namespaceCosts,
  formatCosts
};
