#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  filterResult
} from "./chunk-MF3HAWPD.js";
import "./chunk-BR2RADLR.js";
import "./chunk-EVRSWSGZ.js";
import {
  FORMATS
} from "./chunk-MAP4QNF3.js";
import "./chunk-V5QQQSZ7.js";
import {
  formatDiffs
} from "./chunk-DDESWD47.js";
import "./chunk-57NH6RPA.js";
import "./chunk-HHY7YKM3.js";
import "./chunk-YUZSJCPZ.js";
import "./chunk-UF6LWSTO.js";
import {
  analyzeText
} from "./chunk-KNJZ2W4H.js";
import "./chunk-6MOCKAL4.js";
import "./chunk-NKTC6YO5.js";
import "./chunk-E34AFJ6S.js";
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
  const result = filterResult(analyzeText({ path: "<stdin>", text }, settings, { fix }), baseline);
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
  return { code: failing ? 1 : 0, stdout, stderr: report ? report + "\n" : "" };
}
export {
  readStdin,
  runFilter
};
