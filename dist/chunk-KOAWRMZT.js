#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  diffOf
} from "./chunk-ZS4OKKBS.js";
import {
  namespaceCosts
} from "./chunk-R2ZMRPA2.js";

// src/report/json.ts
var REPORT_VERSION = 1;
var jsonFormat = {
  stream: "stdout",
  format: (results, c) => formatJson(results, { mode: c.command, dryRun: c.dryRun, version: c.version })
};
function formatJson(results, meta) {
  const files = results.map((result) => {
    const changed = result.changed ?? result.output !== void 0;
    return {
      path: result.path,
      skipped: result.skipped ?? false,
      changed,
      ...meta.dryRun && changed ? { diff: diffOf(result) } : {},
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.col,
        endLine: f.endLine,
        endColumn: f.endCol,
        ...f.subject ? { subject: f.subject } : {},
        ...f.status ? { status: f.status } : {},
        ...f.reason ? { reason: f.reason } : {},
        ...f.data ? { data: f.data } : {}
      })),
      workloads: (result.workloads ?? []).map((w) => ({
        kind: w.kind,
        name: w.name,
        namespace: w.namespace ?? null,
        document: w.document,
        replicas: w.replicas,
        before: pod(w.before),
        ...w.after ? { after: pod(w.after) } : {}
      }))
    };
  });
  const all = files.flatMap((f) => f.findings);
  const summary = {
    files: files.length,
    filesChanged: files.filter((f) => f.changed).length,
    errors: all.filter((f) => f.severity === "error" && f.status !== "fixed").length,
    warnings: all.filter((f) => f.severity === "warning" && f.status !== "fixed").length,
    infos: all.filter((f) => f.severity === "info").length,
    fixed: all.filter((f) => f.status === "fixed").length,
    // (only a selected run, `--namespace` / `--resource`, leaves findings out)
    ...leftOutOf(results)
  };
  const namespaces = namespaceCosts(results).map((c) => ({
    namespace: c.namespace,
    workloads: c.workloads,
    addedLimitBytes: Number(c.addedLimitBytes),
    addedRequestBytes: Number(c.addedRequestBytes),
    ...c.quota ? { quotaExceeded: { name: c.quota.name, limit: c.quota.text, neededBytes: Number(c.quota.neededBytes) } } : {}
  }));
  return JSON.stringify(
    {
      version: REPORT_VERSION,
      tool: { name: "kube-headroom", version: meta.version },
      mode: meta.mode,
      dryRun: meta.dryRun ?? false,
      summary,
      namespaces,
      files
    },
    null,
    2
  );
}
function pod(memory) {
  return {
    requestBytes: memory.request === void 0 ? null : Number(memory.request),
    limitBytes: typeof memory.limit === "bigint" ? Number(memory.limit) : null,
    limitUnbounded: memory.limit === null
  };
}
function leftOutOf(results) {
  const leftOut = results.reduce((sum, r) => sum + (r.leftOut ?? 0), 0);
  return leftOut > 0 ? { leftOut } : {};
}

export {
  REPORT_VERSION,
  jsonFormat,
  formatJson
};
