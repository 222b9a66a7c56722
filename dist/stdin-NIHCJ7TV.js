#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  filterResult
} from "./chunk-PRE3FRCF.js";
import "./chunk-BR2RADLR.js";
import "./chunk-ZSQBFDS3.js";
import {
  FORMATS
} from "./chunk-4AEK7WDP.js";
import "./chunk-IYG5OZT6.js";
import {
  formatDiffs
} from "./chunk-BCYRUATU.js";
import "./chunk-FQ445XJK.js";
import "./chunk-JQOKJY3Y.js";
import "./chunk-OM2N5KEX.js";
import "./chunk-KJW3RJ2Q.js";
import "./chunk-VGKHQ7XG.js";
import {
  leftOutNote
} from "./chunk-S6ZPXJXP.js";
import {
  analyzeText
} from "./chunk-PYA2A7PI.js";
import "./chunk-7V4ZG3AY.js";
import "./chunk-CZD67XWB.js";
import "./chunk-4Z6CYX76.js";
import "./chunk-OY5U4RUJ.js";
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
