#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  formatCosts,
  namespaceCosts
} from "./chunk-R2ZMRPA2.js";

// src/report/stylish.ts
var paint = (on, code) => (text) => on ? `\x1B[${code}m${text}\x1B[39m` : text;
var stylishFormat = {
  stream: "stderr",
  format: (results, c) => formatStylish(results, { color: c.color, quiet: c.quiet, mode: c.command, dryRun: c.dryRun }),
  lines: (c) => stylishStream({ color: c.color, quiet: c.quiet, mode: c.command, dryRun: c.dryRun })
};
function formatStylish(results, options) {
  const stream = stylishStream(options);
  const lines = results.flatMap((result) => stream.file(result));
  lines.push(...stream.end());
  return lines.join("\n");
}
function stylishStream(options) {
  const red = paint(options.color, 31);
  const yellow = paint(options.color, 33);
  const blue = paint(options.color, 34);
  const green = paint(options.color, 32);
  const dim = paint(options.color, 90);
  const counts = { error: 0, warning: 0, info: 0, fixed: 0, manifests: 0, workloads: 0 };
  const costed = [];
  return {
    file(result) {
      const lines = [];
      if (!result.skipped) counts.manifests++;
      counts.workloads += result.checkedWorkloads ?? 0;
      for (const finding of result.findings) {
        const fixed = finding.status === "fixed";
        if (fixed) counts.fixed++;
        else counts[finding.severity]++;
        if (options.quiet && (fixed || finding.severity === "info")) continue;
        const severity = fixed ? green(options.dryRun ? "fixable" : "fixed") : finding.severity === "error" ? red("error") : finding.severity === "warning" ? yellow("warning") : blue("info");
        const where = `${finding.path}:${finding.line}:${finding.col}`;
        lines.push(`${where}  ${severity}  ${describe(finding)}  ${dim(finding.ruleId)}`);
      }
      const changed = (result.workloads ?? []).filter((w) => w.after);
      if (options.mode === "fix" && changed.length > 0)
        costed.push({ path: result.path, findings: [], workloads: changed });
      return lines;
    },
    end() {
      const lines = [];
      const summary = summarise(counts, options);
      if (summary) lines.push(summary);
      if (options.mode === "fix") lines.push(...formatCosts(namespaceCosts(costed)));
      return lines;
    }
  };
}
function describe(finding) {
  if (finding.status && finding.status !== "fixed" && finding.reason)
    return `${finding.message}; cannot fix: ${finding.reason}`;
  if (finding.status === "unfixable" && !finding.reason) return `${finding.message}; cannot fix automatically`;
  return finding.message;
}
function summarise(counts, options) {
  const parts = [];
  if (counts.fixed + counts.error + counts.warning + counts.info === 0) {
    return options.quiet ? "" : `${plural(counts.manifests, "manifest")}, ${plural(counts.workloads, "workload")}, 0 findings`;
  }
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
  stylishFormat,
  formatStylish,
  stylishStream
};
