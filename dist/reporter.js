#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  FORMATS
} from "./chunk-USGT3TWK.js";
import {
  formatDiffs
} from "./chunk-KEGARKZA.js";
import "./chunk-OS2IL4NM.js";
import "./chunk-5J754F4G.js";
import "./chunk-JEWVITXR.js";
import "./chunk-HVUG6AND.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-ESSM6JJ7.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/reporter.ts
function report(files, options) {
  const results = files.map(resultOf);
  const command = options.command ?? "check";
  const format = FORMATS[options.format ?? "stylish"] ?? FORMATS.stylish;
  if (options.dryRun && format?.stream !== "stdout") {
    const diffs = formatDiffs(results);
    if (diffs) process.stdout.write(diffs);
  }
  const text = format?.format(results, {
    command,
    dryRun: options.dryRun ?? false,
    version: options.version ?? "0.0.0",
    color: options.color ?? false,
    quiet: Boolean(options.quiet || options.silent),
    cwd: process.cwd()
  }) ?? "";
  if (format?.stream === "stdout") {
    process.stdout.write(text.endsWith("\n") || text === "" ? text : text + "\n");
    return "";
  }
  return text;
}
function resultOf(file) {
  if (file.data.headroom) return file.data.headroom;
  const findings = file.messages.map((m) => {
    const cause = m.cause;
    const detail = cause?.code === "EISDIR" ? "is a folder, not a file" : cause?.code ? `cannot be read (${cause.code})` : m.reason;
    return {
      ruleId: m.ruleId ?? "io",
      severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
      message: m.ruleId === "config" ? m.reason : detail,
      path: file.path || "<stdin>",
      range: { start: 0, end: 0 },
      line: m.line ?? 1,
      col: m.column ?? 1,
      endLine: m.line ?? 1,
      endCol: m.column ?? 1
    };
  });
  return { path: file.path || "<stdin>", findings, skipped: true };
}
export {
  report as default
};
