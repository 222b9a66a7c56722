#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  FORMATS
} from "./chunk-UCE7IP2J.js";
import {
  contextOf,
  renderReport
} from "./chunk-KQSIFF3T.js";
import "./chunk-IJ633GW2.js";
import "./chunk-CQFKTVMC.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-573IRMPK.js";
import "./chunk-VGKHQ7XG.js";
import "./chunk-E2A6QGZ5.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-DZPOTRN4.js";
import "./chunk-EZCUPKFD.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-ESSM6JJ7.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/reporter.ts
function report(files, options) {
  return renderReport(files.map(resultOf), FORMATS[options.format ?? "stylish"] ?? FORMATS.stylish, contextOf(options));
}
function resultOf(file) {
  if (file.data.headroom) return file.data.headroom;
  const findings = file.messages.map((m) => {
    const cause = m.cause;
    const detail = cause?.code === "EISDIR" ? "is a folder, not a file" : cause?.code ? `cannot be read (${cause.code})` : m.reason;
    return {
      ruleId: m.ruleId ?? "io",
      severity: m.fatal === true ? "error" : m.fatal === false ? "warning" : "info",
      message: detail,
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
