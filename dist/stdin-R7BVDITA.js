#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  filterResult
} from "./chunk-2MGRBO72.js";
import "./chunk-BR2RADLR.js";
import "./chunk-TN4OT6N4.js";
import {
  FORMATS
} from "./chunk-UCE7IP2J.js";
import "./chunk-IJ633GW2.js";
import {
  formatDiffs
} from "./chunk-CQFKTVMC.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-USSQMUOT.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-573IRMPK.js";
import "./chunk-VGKHQ7XG.js";
import {
  leftOutNote
} from "./chunk-Z4UEZU3L.js";
import {
  analyzeText
} from "./chunk-QIGK5DEA.js";
import "./chunk-QATR52OM.js";
import "./chunk-R55COTBL.js";
import "./chunk-E2A6QGZ5.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-DZPOTRN4.js";
import "./chunk-EZCUPKFD.js";
import "./chunk-ZBPKR6LF.js";
import "./chunk-ESSM6JJ7.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/stdin.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function runFilter(text, settings, options, version, baseline) {
  if (text.trim() === "") {
    return { code: 2, stdout: "", stderr: "headroom: empty input on stdin; nothing to check (did the render step fail?)\n" };
  }
  const fix = options.command === "fix";
  const result = filterResult(analyzeText({ path: "<stdin>", text }, settings, { fix, selection: options.selection }), baseline);
  const stdout = fix && !options.dryRun ? result.output ?? text : options.dryRun ? formatDiffs([result]) : "";
  const format = FORMATS[options.format] ?? FORMATS.stylish;
  const report = format?.format([result], {
    command: fix ? "fix" : "check",
    dryRun: options.dryRun,
    version,
    color: options.color ?? false,
    quiet: options.quiet,
    cwd: process.cwd()
  });
  const failing = result.findings.some(
    (f) => f.status !== "fixed" && (f.severity === "error" || options.frail && f.severity === "warning")
  );
  const note = options.selection ? leftOutNote(options.selection, result.leftOut ?? 0) : "";
  return { code: failing ? 1 : 0, stdout, stderr: (report ? report + "\n" : "") + note };
}
export {
  readStdin,
  runFilter
};
