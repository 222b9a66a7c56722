#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  prefilterFrom,
  restore,
  runFiles
} from "./chunk-Z6PAK2RV.js";
import {
  scanIndex
} from "./chunk-3GH7NO6J.js";
import {
  discover
} from "./chunk-LAPEAGQ6.js";
import {
  ConfigResolver
} from "./chunk-SQEB3G2T.js";
import {
  loadAudit
} from "./chunk-FIMTELJK.js";
import "./chunk-J6OMOTEQ.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import {
  removeLeftovers
} from "./chunk-2G3HYGBX.js";
import {
  formatSarif
} from "./chunk-S37GEKHY.js";
import {
  package_default
} from "./chunk-JGHUT55P.js";
import {
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import {
  leftOutSentence
} from "./chunk-YCRWKBQY.js";
import "./chunk-LT65RJEX.js";
import "./chunk-PHH2QEL2.js";
import {
  ConfigError
} from "./chunk-F3NRG57P.js";
import {
  SelectionError,
  checkSelection
} from "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import {
  formatBytes
} from "./chunk-MTGXENKW.js";
import {
  ANNOTATIONS_PER_LEVEL,
  annotationFor,
  describe,
  literalBlock,
  plainLine,
  rankFindings,
  repoPath,
  selectAnnotations,
  workflowCommand
} from "./chunk-WHQYEYKH.js";
import "./chunk-7SZVRMJ5.js";

// src/integrations/action/run.ts
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/integrations/action/changed-files.ts
import { execFileSync } from "node:child_process";
import path from "node:path";
function git(cwd, args) {
  return execFileSync("git", [...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024
  });
}
function tryGit(cwd, args) {
  try {
    return git(cwd, args);
  } catch {
    return void 0;
  }
}
function changedFiles(workspace, shas) {
  const top = tryGit(workspace, ["rev-parse", "--show-toplevel"])?.trim();
  if (!top) return { ok: false, reason: `${workspace} is not a git checkout` };
  const parents = (tryGit(workspace, ["rev-list", "--parents", "-n", "1", "HEAD"]) ?? "").trim().split(/\s+/);
  const [, firstParent, secondParent] = parents;
  if (firstParent && secondParent && parents.length === 3 && (!shas.head || secondParent === shas.head)) {
    const files = diff(workspace, top, ["HEAD^1", "HEAD"]);
    if (files) return { ok: true, files, how: "git diff HEAD^1 HEAD (the PR merge commit)" };
  }
  if (shas.base && shas.head) {
    const mergeBase = tryGit(workspace, ["merge-base", shas.base, shas.head])?.trim();
    if (mergeBase) {
      const files = diff(workspace, top, [`${shas.base}...${shas.head}`]);
      if (files)
        return {
          ok: true,
          files,
          how: `git diff ${shas.base.slice(0, 7)}...${shas.head.slice(0, 7)} (from the merge base)`
        };
    }
  }
  return {
    ok: false,
    reason: "cannot tell which files the pull request changed: HEAD is not the PR merge commit and the base/head history is missing (use the default actions/checkout ref with fetch-depth: 2, or fetch-depth: 0)"
  };
}
function diff(workspace, top, range) {
  const out = tryGit(workspace, [
    "-c",
    "core.quotePath=false",
    "diff",
    "--no-ext-diff",
    "--name-only",
    "-z",
    "--diff-filter=d",
    ...range,
    "--"
  ]);
  if (out === void 0) return void 0;
  return new Set(
    out.split("\0").filter((f) => f !== "").map((f) => path.resolve(top, f))
  );
}
function pullRequestShas(event) {
  const pr = event?.pull_request;
  const sha = (v) => typeof v === "string" && /^[0-9a-f]{7,64}$/i.test(v) ? v : void 0;
  return { base: sha(pr?.base?.sha), head: sha(pr?.head?.sha) };
}

// src/integrations/action/inputs.ts
var InputError = class extends Error {
};
function inputName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function input(env, name) {
  return (env[inputName(name)] ?? "").trim();
}
function optional(env, name) {
  const value = input(env, name);
  return value === "" ? void 0 : value;
}
function boolean(env, name, fallback) {
  const value = input(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false, not ${JSON.stringify(value)}`);
}
function choice(env, name, allowed, fallback) {
  const value = input(env, name);
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new InputError(`input ${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
}
function list(env, name) {
  return input(env, name).split(/[\n,]/).map((p) => p.trim()).filter((p) => p !== "");
}
function selection(env) {
  const namespaces = list(env, "namespace");
  const resources = list(env, "resource");
  if (namespaces.length === 0 && resources.length === 0) return void 0;
  try {
    checkSelection({ namespaces, resources });
  } catch (error) {
    if (error instanceof SelectionError)
      throw new InputError(
        error.message.replace("--resource", "input resource").replace("--namespace", "input namespace")
      );
    throw error;
  }
  return { namespaces, resources };
}
function readInputs(env) {
  const paths = list(env, "paths");
  return {
    selection: selection(env),
    paths: paths.length === 0 ? ["."] : paths,
    mode: choice(env, "mode", ["check", "fix"], "check"),
    headroom: optional(env, "headroom"),
    drift: optional(env, "drift"),
    audit: optional(env, "audit"),
    config: optional(env, "config"),
    changedOnly: boolean(env, "changed-only", false),
    failOn: choice(env, "fail-on", ["error", "warning", "never"], "error"),
    sarifFile: optional(env, "sarif-file"),
    summary: boolean(env, "summary", true)
  };
}

// src/integrations/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function setOutput(env, name, value, log) {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    log(`output ${name}=${value}`);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, "utf8");
  return true;
}

// src/integrations/shared/workload-facts.ts
function replicasOf(result, subject) {
  if (subject.kind === "DaemonSet") return { count: void 0, basis: "one per node" };
  if (subject.kind === "Pod") return { count: 1, basis: "a single pod" };
  const known = result.workloads?.find(
    (w) => w.document === subject.document && w.kind === subject.kind && w.name === subject.name && w.namespace === subject.namespace
  );
  if (known) return { count: known.replicas, basis: "spec.replicas (1 when not set)" };
  const field = subject.kind === "Job" ? "spec.parallelism" : subject.kind === "CronJob" ? "jobTemplate parallelism" : "spec.replicas";
  return { count: 1, basis: `${field} not set: 1` };
}
function memoryChange(finding) {
  const data = finding.data;
  const required = data?.requiredLimitBytes;
  if (typeof required !== "number") return void 0;
  const current = data?.currentLimitBytes;
  return {
    currentBytes: typeof current === "number" ? current : void 0,
    requiredBytes: required,
    // what the fix writes (a class floor can make it more than the required value), else the required value
    required: typeof data?.writtenLimit === "string" ? data.writtenLimit : typeof data?.requiredLimit === "string" ? data.requiredLimit : formatBytes(BigInt(required))
  };
}
function showBytes(bytes) {
  if (Number.isSafeInteger(bytes) && bytes >= 0) {
    const exact = formatBytes(BigInt(bytes));
    if (/[GM]i$/.test(exact) || bytes === 0) return exact;
  }
  const mi = bytes / 1048576;
  return mi >= 1024 ? `${(mi / 1024).toFixed(1)}Gi` : `${mi.toFixed(1)}Mi`;
}

// src/integrations/action/summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
var TAIL_ROOM = 16 * 1024;
function buildSummary(ranked, context) {
  const counts = { error: 0, warning: 0, info: 0, fixed: 0 };
  for (const r of ranked) {
    if (r.fixed) counts.fixed++;
    else counts[r.finding.severity]++;
  }
  const head = [];
  const open = counts.error + counts.warning;
  const verdict = open > 0 ? `${open} finding${open === 1 ? "" : "s"} to fix` : counts.fixed > 0 ? `${counts.fixed} sidecar limit${counts.fixed === 1 ? "" : "s"} fixed` : "every sidecar has memory headroom";
  head.push(`## kube-headroom: ${verdict}`, "");
  head.push(
    `Mode \`${context.mode}\` \xB7 ${context.filesChecked} file${context.filesChecked === 1 ? "" : "s"} checked (${escapeCell(context.scope)})`,
    ""
  );
  for (const note of context.notes ?? []) head.push(`> ${escapeCell(note)}`, "");
  const rows = [];
  let omitted = 0;
  if (ranked.length > 0) {
    rows.push("| | File | Workload | Container | Current \u2192 required | Why |", "|---|---|---|---|---|---|");
  }
  let size = byteLength(head.join("\n")) + byteLength(rows.join("\n"));
  for (const r of ranked) {
    const row = rowOf(r, context);
    const rowSize = byteLength(row) + 1;
    if (size + rowSize > SUMMARY_LIMIT - TAIL_ROOM) {
      omitted++;
      continue;
    }
    size += rowSize;
    rows.push(row);
  }
  const tail = [""];
  if (omitted > 0)
    tail.push(
      `\u2026 and ${omitted} more finding${omitted === 1 ? "" : "s"} (the summary is limited to 1 MiB)${context.sarifFile ? `; all are in ${context.sarifFile}` : ""}.`,
      ""
    );
  const parts = [];
  if (counts.error > 0) parts.push(`${counts.error} error${counts.error === 1 ? "" : "s"}`);
  if (counts.warning > 0) parts.push(`${counts.warning} warning${counts.warning === 1 ? "" : "s"}`);
  if (counts.fixed > 0) parts.push(`${counts.fixed} fixed`);
  if (counts.info > 0) parts.push(`${counts.info} info`);
  tail.push(`**Totals:** ${parts.length > 0 ? parts.join(", ") : "no findings"}.`);
  const memory = memoryTotals(ranked);
  if (memory) tail.push("", memory);
  if (context.sarifFile) tail.push("", `SARIF: \`${escapeCell(context.sarifFile)}\``);
  return `${[...head, ...rows, ...tail].join("\n")}
`;
}
function rowOf(r, context) {
  const { finding } = r;
  const icon = r.fixed ? "\u2705" : finding.severity === "error" ? "\u274C" : finding.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
  const file = repoPath(finding.path, context.cwd, context.root) || finding.path;
  const place = `${file}:${finding.line}`;
  const fileCell = context.blobBase && file && !file.startsWith("/") ? `[${escapeCell(place)}](${context.blobBase}${encodePath(file)}#L${finding.line})` : escapeCell(place);
  const subject = finding.subject;
  const workload = subject ? `${subject.kind} ${subject.namespace ? `${subject.namespace}/` : ""}${subject.name}` : "";
  const change = memoryChange(finding);
  const memory = change ? `${change.currentBytes === void 0 ? "none" : showBytes(change.currentBytes)} \u2192 ${change.required}` : "";
  const why = r.fixed ? `fixed: ${finding.message}` : describe(finding);
  return `| ${icon} | ${fileCell} | ${escapeCell(workload)} | ${escapeCell(subject?.container ?? "")} | ${escapeCell(memory)} | ${escapeCell(why)} |`;
}
function memoryTotals(ranked) {
  let perPod = 0;
  let total = 0;
  let perNode = 0;
  let newLimits = 0;
  let newLimitBytes = 0;
  let changes = 0;
  for (const r of ranked) {
    if (r.finding.severity === "info" && !r.fixed) continue;
    const change = memoryChange(r.finding);
    const subject = r.finding.subject;
    if (!change || !subject) continue;
    changes++;
    if (change.currentBytes === void 0) {
      newLimits++;
      newLimitBytes += change.requiredBytes;
      continue;
    }
    const added = Math.max(0, change.requiredBytes - change.currentBytes);
    const replicas = replicasOf(r.result, subject);
    perPod += added;
    if (replicas.count === void 0) perNode += added;
    else total += added * replicas.count;
  }
  if (changes === 0) return void 0;
  const lines = [];
  if (perPod > 0) {
    const across = `**+${showBytes(total)}** across all replicas (\xD7 \`spec.replicas\`; an autoscaler may run more)`;
    lines.push(
      `**Memory limits raised:** +${showBytes(perPod)} summed per pod, ${across}${perNode > 0 ? `, plus +${showBytes(perNode)} per node for DaemonSets` : ""}.`
    );
  }
  if (newLimits > 0)
    lines.push(
      `${newLimits} sidecar${newLimits === 1 ? " gets" : "s get"} a memory limit for the first time (${showBytes(newLimitBytes)} in total per pod).`
    );
  return lines.join(" ");
}
function escapeCell(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/([\\`*_[\]|])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function encodePath(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment).replace(/\(/g, "%28").replace(/\)/g, "%29")).join("/");
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/integrations/action/run.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
async function runAction(env, io) {
  const log = (line) => io.write(`${line}
`);
  const fail = (message) => {
    log(workflowCommand({ level: "error", title: "kube-headroom", message }));
    return EXIT_USAGE;
  };
  const workspace = path2.resolve(env.GITHUB_WORKSPACE || process.cwd());
  let inputs;
  let config;
  const overrides = {};
  let audit;
  try {
    inputs = readInputs(env);
    if (inputs.headroom !== void 0) overrides.headroom = inputs.headroom;
    if (inputs.drift !== void 0) overrides.drift = inputs.drift;
    const auditFiles = (inputs.audit ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    audit = auditFiles.length > 0 ? await loadAudit(auditFiles, { cwd: workspace }) : void 0;
    config = new ConfigResolver(workspace, overrides, inputs.config, audit);
    config.forFile(void 0);
  } catch (error) {
    if (error instanceof InputError) return fail(error.message);
    if (error instanceof AuditInputError) return fail(`invalid audit data ${error.message}`);
    if (error instanceof ConfigError)
      return fail(
        `invalid config ${error.message}`.replace("--headroom", "input headroom").replace("--drift", "input drift")
      );
    throw error;
  }
  const notes = [];
  const found = await discover(inputs.paths, workspace);
  if (found.missing.length > 0)
    return fail(`no such file, folder or matching manifest: ${found.missing.join(", ")} (give one path per line)`);
  let selected = found.files;
  let scope = `all manifests under ${inputs.paths.join(", ")}`;
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  if (inputs.changedOnly && PULL_REQUEST_EVENTS.has(eventName)) {
    const changed = changedFiles(workspace, pullRequestShas(readEvent(env.GITHUB_EVENT_PATH)));
    if (changed.ok) {
      selected = found.files.filter((f) => changed.files.has(real(path2.resolve(workspace, f))));
      scope = `files this pull request changed: ${changed.how}`;
    } else {
      log(
        workflowCommand({
          level: "warning",
          title: "kube-headroom",
          message: `${changed.reason}; checking every manifest instead`
        })
      );
      notes.push(`changed-only: ${changed.reason}; every manifest was checked.`);
    }
  } else if (inputs.changedOnly) {
    notes.push(`changed-only applies to pull_request events; this ${eventName || "run"} checked every manifest.`);
  }
  const index = await scanIndex(found.files, workspace);
  const fix = inputs.mode === "fix";
  if (fix) await removeLeftovers(found.files, workspace);
  const setup = {
    command: inputs.mode,
    dryRun: false,
    cwd: workspace,
    index,
    overrides,
    explicitConfig: inputs.config,
    audit,
    selection: inputs.selection,
    prefilter: prefilterFrom(env)
  };
  const outcomes = await runFiles(selected, setup, config);
  const results = outcomes.map(restore);
  const unchecked = outcomes.filter((o) => o.configError || o.internalError).length;
  if (inputs.selection)
    notes.push(
      leftOutSentence(
        inputs.selection,
        results.reduce((sum, r) => sum + (r.leftOut ?? 0), 0)
      )
    );
  const ranked = rankFindings(results, { fixedInPlace: fix });
  const open = ranked.filter((r) => !r.fixed && (r.finding.severity === "error" || r.finding.severity === "warning"));
  const fixedCount = ranked.filter((r) => r.fixed).length;
  const sarifPath = inputs.sarifFile === void 0 ? void 0 : path2.resolve(workspace, inputs.sarifFile);
  if (sarifPath) {
    mkdirSync(path2.dirname(sarifPath), { recursive: true });
    writeFileSync(
      sarifPath,
      `${formatSarif(results, { command: inputs.mode, dryRun: false, version: package_default.version, cwd: workspace })}
`,
      "utf8"
    );
  }
  const { annotated, rest } = selectAnnotations(ranked);
  for (const r of annotated) log(workflowCommand(annotationFor(r, workspace, workspace)));
  if (rest.length > 0) {
    const where = [inputs.summary ? "the job summary" : "", sarifPath ? inputs.sarifFile : "", "the log"].filter(Boolean).join(", ");
    log(
      workflowCommand({
        level: "notice",
        title: "kube-headroom",
        message: `${rest.length} more finding${rest.length === 1 ? "" : "s"} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step): see ${where}`
      })
    );
  }
  const logLines = ranked.map(plainLine);
  logLines.push(
    `kube-headroom ${package_default.version}: ${selected.length} file${selected.length === 1 ? "" : "s"} checked (${scope}); ${open.length} open finding${open.length === 1 ? "" : "s"}, ${fixedCount} fixed`
  );
  for (const note of notes) logLines.push(note);
  log(literalBlock(logLines));
  if (inputs.summary) {
    appendSummary(
      env,
      buildSummary(ranked, {
        mode: inputs.mode,
        cwd: workspace,
        root: workspace,
        filesChecked: selected.length,
        scope,
        blobBase: blobBase(env),
        sarifFile: inputs.sarifFile,
        notes
      })
    );
  }
  setOutput(env, "findings", String(open.length), log);
  setOutput(env, "fixed", String(fixedCount), log);
  setOutput(env, "sarif-file", sarifPath ?? "", log);
  if (unchecked > 0) {
    log(
      `kube-headroom: ${unchecked} file${unchecked === 1 ? " was" : "s were"} not checked (an invalid config or an internal error); see the annotations`
    );
    return EXIT_USAGE;
  }
  const failing = inputs.failOn === "never" ? [] : open.filter(
    (r) => r.finding.severity === "error" || inputs.failOn === "warning" && r.finding.severity === "warning"
  );
  if (failing.length > 0) {
    log(
      `kube-headroom: ${failing.length} finding${failing.length === 1 ? "" : "s"} at fail-on level ${inputs.failOn} or above`
    );
    return 1;
  }
  return 0;
}
function readEvent(file) {
  if (!file) return void 0;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function real(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
function blobBase(env) {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  if (!server || !repository || !sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
    return void 0;
  return `${server.replace(/\/+$/, "")}/${repository}/blob/${sha}/`;
}

// src/integrations/action/main.ts
runAction(process.env, { write: (text) => void process.stdout.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    const escaped = detail.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    process.stdout.write(`::error title=kube-headroom internal error::${escaped}
`);
    process.exitCode = EXIT_USAGE;
  }
);
