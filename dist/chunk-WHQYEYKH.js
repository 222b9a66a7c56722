#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/report/github.ts
import { randomBytes } from "node:crypto";
import path from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(annotation) {
  const properties = [];
  const add = (name, value) => {
    if (value !== void 0 && value !== "") properties.push(`${name}=${escapeProperty(String(value))}`);
  };
  add("file", annotation.file);
  add("line", annotation.line);
  const oneLine = annotation.endLine === void 0 || annotation.endLine === annotation.line;
  if (oneLine) add("col", annotation.col);
  add("endLine", annotation.endLine);
  if (oneLine) add("endColumn", annotation.endColumn);
  add("title", annotation.title);
  const head = properties.length > 0 ? ` ${properties.join(",")}` : "";
  return `::${annotation.level}${head}::${escapeData(annotation.message)}`;
}
function literalBlock(lines) {
  if (lines.length === 0) return "";
  const token = `headroom-${randomBytes(8).toString("hex")}`;
  return [`::stop-commands::${token}`, ...lines, `::${token}::`].join("\n");
}
var LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
function rankFindings(results, options) {
  const ranked = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const fixed = options.fixedInPlace && finding.status === "fixed";
      const level = fixed || finding.severity === "info" ? "notice" : finding.severity;
      ranked.push({ finding, result, level, fixed });
    }
  }
  return ranked.sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || Number(a.fixed) - Number(b.fixed) || shortfall(b.finding) - shortfall(a.finding) || a.finding.path.localeCompare(b.finding.path) || a.finding.line - b.finding.line || a.finding.col - b.finding.col
  );
}
function shortfall(finding) {
  const required = finding.data?.requiredLimitBytes;
  if (typeof required !== "number") return 0;
  const current = finding.data?.currentLimitBytes;
  return typeof current === "number" ? Math.max(0, required - current) : required;
}
function selectAnnotations(ranked, perLevel = ANNOTATIONS_PER_LEVEL) {
  const byLevel = (level) => ranked.filter((r) => r.level === level);
  const errors = byLevel("error");
  const warnings = byLevel("warning");
  const notices = byLevel("notice");
  const overflow = errors.length > perLevel || warnings.length > perLevel || notices.length > perLevel;
  const noticeSlots = overflow ? perLevel - 1 : perLevel;
  const annotated = [...errors.slice(0, perLevel), ...warnings.slice(0, perLevel), ...notices.slice(0, noticeSlots)];
  const chosen = new Set(annotated);
  return { annotated, rest: ranked.filter((r) => !chosen.has(r)) };
}
function repoPath(file, cwd, root) {
  if (file === "<stdin>") return "";
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return file.split(path.sep).join("/");
  return relative.split(path.sep).join("/");
}
function annotationFor(ranked, cwd, root) {
  const { finding } = ranked;
  const title = ranked.fixed ? `kube-headroom fixed (${finding.ruleId})` : `kube-headroom (${finding.ruleId})`;
  const message = ranked.fixed ? `Fixed: ${finding.message}` : describe(finding);
  return {
    level: ranked.level,
    message,
    title,
    file: repoPath(finding.path, cwd, root) || void 0,
    line: finding.line,
    col: finding.col,
    endLine: finding.endLine,
    endColumn: finding.endCol
  };
}
function describe(finding) {
  if (finding.status && finding.status !== "fixed" && finding.reason)
    return `${finding.message}; cannot fix: ${finding.reason}`;
  if (finding.status === "unfixable") return `${finding.message}; cannot fix automatically`;
  return finding.message;
}
function plainLine(ranked) {
  const { finding } = ranked;
  const severity = ranked.fixed ? "fixed" : finding.severity;
  return `${finding.path}:${finding.line}:${finding.col}  ${severity}  ${describe(finding)}  ${finding.ruleId}`.replace(
    /[\r\n]+/g,
    " "
  );
}
var githubFormat = {
  // Workflow commands are read from stdout by the Actions runner.
  stream: "stdout",
  format: (results, c) => formatGithub(results, { command: c.command, dryRun: c.dryRun, cwd: c.cwd })
};
function formatGithub(results, options) {
  const root = options.root ?? process.env.GITHUB_WORKSPACE ?? options.cwd;
  const ranked = rankFindings(results, { fixedInPlace: options.command === "fix" && !options.dryRun });
  const { annotated, rest } = selectAnnotations(ranked);
  const lines = annotated.map((r) => workflowCommand(annotationFor(r, options.cwd, root)));
  if (rest.length > 0) {
    const where = options.elsewhere ?? "the log below";
    lines.push(
      workflowCommand({
        level: "notice",
        title: "kube-headroom",
        message: `${rest.length} more finding${rest.length === 1 ? " is" : "s are"} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step); see ${where}`
      })
    );
    lines.push(literalBlock(rest.map(plainLine)));
  }
  return lines.join("\n");
}

export {
  ANNOTATIONS_PER_LEVEL,
  escapeData,
  escapeProperty,
  workflowCommand,
  literalBlock,
  rankFindings,
  shortfall,
  selectAnnotations,
  repoPath,
  annotationFor,
  describe,
  plainLine,
  githubFormat,
  formatGithub
};
