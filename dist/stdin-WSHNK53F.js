#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  filterResult
} from "./chunk-WXU26ZV4.js";
import "./chunk-WKTJPVVW.js";
import {
  FORMATS
} from "./chunk-K5H24CKX.js";
import "./chunk-KOAWRMZT.js";
import {
  formatDiffs
} from "./chunk-ZS4OKKBS.js";
import "./chunk-HU3ZHN2A.js";
import "./chunk-Z6PAK2RV.js";
import "./chunk-2G3HYGBX.js";
import "./chunk-S37GEKHY.js";
import "./chunk-JGHUT55P.js";
import {
  leftOutNote
} from "./chunk-YCRWKBQY.js";
import {
  analyzeSource
} from "./chunk-LT65RJEX.js";
import "./chunk-PHH2QEL2.js";
import "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-G2WCO72R.js";
import "./chunk-R2ZMRPA2.js";
import "./chunk-MTGXENKW.js";
import "./chunk-WHQYEYKH.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/stdin.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function runFilter(text, settings, options, version, baseline) {
  if (text.trim() === "") {
    return {
      code: 2,
      stdout: "",
      stderr: "headroom: empty input on stdin; nothing to check (did the render step fail?)\n"
    };
  }
  const fix = options.command === "fix";
  const analysed = analyzeSource({ path: "<stdin>", text }, settings, { fix, selection: options.selection });
  const result = filterResult(analysed.result, baseline);
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
  return { code: analysed.internalError ? 2 : failing ? 1 : 0, stdout, stderr: (report ? `${report}
` : "") + note };
}
export {
  readStdin,
  runFilter
};
