#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  FORMATS
} from "./chunk-K5H24CKX.js";
import {
  contextOf,
  renderReport
} from "./chunk-FCXHNZPW.js";
import "./chunk-KOAWRMZT.js";
import "./chunk-ZS4OKKBS.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-S37GEKHY.js";
import "./chunk-JGHUT55P.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-G2WCO72R.js";
import "./chunk-R2ZMRPA2.js";
import "./chunk-MTGXENKW.js";
import "./chunk-WHQYEYKH.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/reporter.ts
function report(files, options) {
  return renderReport(
    files.map(resultOf),
    FORMATS[options.format ?? "stylish"] ?? FORMATS.stylish,
    contextOf(options)
  );
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
