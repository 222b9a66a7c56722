#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/cli/render-report.ts
function contextOf(options) {
  return {
    command: options.command ?? "check",
    dryRun: options.dryRun ?? false,
    version: options.version ?? "0.0.0",
    color: options.color ?? false,
    quiet: Boolean(options.quiet || options.silent),
    cwd: process.cwd()
  };
}
function renderReport(results, format, context) {
  if (context.dryRun && format.stream !== "stdout") {
    const diffs = results.map((result) => result.diff ?? "").join("");
    if (diffs) process.stdout.write(diffs);
  }
  const text = format.format(results, context);
  if (format.stream === "stdout") {
    process.stdout.write(text.endsWith("\n") || text === "" ? text : `${text}
`);
    return "";
  }
  return text;
}
function exitCodeOf(results, frail) {
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.status === "fixed" || finding.severity === "info") continue;
      if (finding.severity === "error" || frail) return 1;
    }
  }
  return 0;
}

export {
  contextOf,
  renderReport,
  exitCodeOf
};
