#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  WriteRefused,
  writeVerified
} from "./chunk-2G3HYGBX.js";
import {
  analyzeSource,
  refusal
} from "./chunk-LT65RJEX.js";
import {
  ConfigError,
  DEFAULT_MAX_FILE_BYTES
} from "./chunk-F3NRG57P.js";

// src/run/check-file.ts
import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import path from "node:path";
async function checkPath(file, job) {
  const shown = shownPath(file, job.cwd);
  const absolute = path.resolve(job.cwd, file);
  let limit = DEFAULT_MAX_FILE_BYTES;
  try {
    limit = job.settingsFor(file).maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  } catch {
  }
  let bytes;
  try {
    const read = readLimited(absolute, limit);
    if (typeof read === "number") return { result: tooLarge({ path: shown }, read, limit) };
    bytes = read;
  } catch (error) {
    const code = error.code;
    const message = code === "EISDIR" ? "is a folder, not a file" : `cannot be read (${code ?? error.message})`;
    return { result: refusal({ path: shown }, "io", message) };
  }
  if (bytes.includes(0)) return { result: refusal({ path: shown }, "not-text", NOT_TEXT) };
  if (!isUtf8(bytes)) return { result: refusal({ path: shown }, "not-text", NOT_UTF8) };
  return checkSource(file, bytes.toString("utf8"), job);
}
async function checkText(file, text, job, raw) {
  const source = { path: shownPath(file, job.cwd), text };
  let limit;
  try {
    limit = job.settingsFor(file).maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return checkSource(file, text, job);
  }
  const size = Buffer.byteLength(text, "utf8");
  if (size > limit) return { result: tooLarge(source, size, limit) };
  if (text.includes("\0")) return { result: refusal(source, "not-text", NOT_TEXT) };
  if (text.includes("\uFFFD")) {
    const bytes = raw?.();
    if (bytes && !isUtf8(bytes)) return { result: refusal(source, "not-text", NOT_UTF8) };
  }
  return checkSource(file, text, job);
}
async function checkSource(file, text, job) {
  const source = { path: shownPath(file, job.cwd), text };
  let settings;
  try {
    settings = job.settingsFor(file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { result: refusal(source, "config", `invalid config ${error.message}`), configError: true };
  }
  const analysed = analyzeSource(source, settings, {
    fix: job.command === "fix",
    index: job.index,
    selection: job.selection,
    prefilter: job.prefilter
  });
  let result = analysed.result;
  if (result.output !== void 0 && job.command === "fix" && !job.dryRun)
    result = await write(file, text, result, job.cwd);
  const diff = job.dryRun && result.output !== void 0 ? (await import("./diff-WKEQRINR.js")).diffOf(result) : void 0;
  return { ...reduce(result, diff), internalError: analysed.internalError };
}
function reduce(result, diff) {
  const changed = result.output !== void 0;
  const parsed = result.parsed;
  const editPositions = [];
  if (parsed) {
    for (const finding of result.findings) {
      for (const edit of finding.fix?.edits ?? []) {
        for (const offset of [edit.range.start, edit.range.end]) {
          const { line, col } = parsed.position(offset);
          editPositions.push(offset, line, col);
        }
      }
    }
  }
  const reduced = {
    path: result.path,
    findings: result.findings,
    ...result.skipped ? { skipped: true } : {},
    ...result.checkedWorkloads ? { checkedWorkloads: result.checkedWorkloads } : {},
    ...result.workloads && result.workloads.length > 0 ? { workloads: result.workloads } : {},
    ...changed ? { changed: true } : {},
    ...diff !== void 0 ? { diff } : {},
    ...result.leftOut ? { leftOut: result.leftOut } : {}
  };
  return { result: reduced, editPositions: editPositions.length > 0 ? editPositions : void 0 };
}
function restore(outcome) {
  const triples = outcome.editPositions;
  if (!triples) return outcome.result;
  const known = /* @__PURE__ */ new Map();
  for (let i = 0; i < triples.length; i += 3)
    known.set(triples[i], { line: triples[i + 1], col: triples[i + 2] });
  const position = (offset) => {
    const found = known.get(offset);
    if (!found) throw new Error(`no position kept for offset ${offset} of ${outcome.result.path}`);
    return found;
  };
  const positions = { path: outcome.result.path, text: "", eol: "\n", documents: [], position };
  return { ...outcome.result, parsed: positions };
}
function readLimited(file, limit) {
  const fd = openSync(file, "r");
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (stats.size > limit) return stats.size;
    const buffer = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return filled === buffer.length ? buffer : buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
async function write(file, before, result, cwd) {
  try {
    await writeVerified(path.resolve(cwd, file), before, result.output ?? "", cwd);
    return result;
  } catch (error) {
    const reason = error instanceof WriteRefused ? error.message : `cannot be written: ${error.code ?? error.message}`;
    return {
      ...result,
      output: void 0,
      findings: result.findings.map(
        (f) => f.status === "fixed" ? { ...f, status: "verify-failed", reason } : f
      )
    };
  }
}
var NOT_TEXT = "contains NUL bytes: a binary file, not a YAML or JSON manifest; not checked";
var NOT_UTF8 = "is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); not checked and never written";
function tooLarge(source, bytes, limit) {
  return refusal(
    source,
    "file-too-large",
    `is ${megabytes(bytes)}, over the ${megabytes(limit)} limit (maxFileBytes, --max-file-bytes); not checked`
  );
}
function megabytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB` : `${bytes} bytes`;
}
function shownPath(file, cwd) {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.startsWith("..") ? path.resolve(cwd, file) : relative;
}

// src/run/run-files.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_FILES_FOR_WORKERS = 300;
var BATCH = 32;
var IN_FLIGHT = 8;
function jobOf(setup, resolver) {
  return {
    command: setup.command,
    dryRun: setup.dryRun,
    cwd: setup.cwd,
    index: setup.index,
    settingsFor: (file) => resolver.forFile(file).settings,
    selection: setup.selection,
    prefilter: setup.prefilter
  };
}
function prefilterFrom(env) {
  const flag = env.HEADROOM_NO_PREFILTER;
  return flag === void 0 || flag === "" || flag === "0";
}
function workerCount(files, env = process.env) {
  const forced = env.HEADROOM_WORKERS;
  if (forced !== void 0 && /^\d+$/.test(forced)) return Math.min(Number(forced), files);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(availableParallelism() - 1, 7, Math.ceil(files / 100)));
}
function startRun(files) {
  const script = workerScript();
  const count = script ? workerCount(files.length) : 0;
  const workers = Array.from({ length: count }, () => {
    const worker = spawn(script);
    worker.unref();
    return worker;
  });
  return {
    async check(setup, resolver, sink) {
      const started = performance.now();
      const deliver = inOrder(files.length, sink);
      const job = jobOf(setup, resolver);
      let moved = 0;
      if (count > 0) moved = await inWorkers(files, setup, workers, deliver, job, script);
      else await mapLimited(files, IN_FLIGHT, (file) => checkPath(file, job), deliver);
      if (process.env.HEADROOM_STATS) {
        const threads = count > 0 ? `the CLI thread and ${count} worker thread${count === 1 ? "" : "s"}` : "the CLI thread";
        const note = moved > 0 ? `; ${moved} batch${moved === 1 ? "" : "es"} too big for a worker checked in the CLI thread` : "";
        process.stderr.write(
          `headroom: checked ${files.length} file${files.length === 1 ? "" : "s"} in ${threads} (${Math.round(performance.now() - started)} ms${note})
`
        );
      }
    },
    cancel() {
      for (const worker of workers) void worker.terminate();
    }
  };
}
async function runFiles(files, setup, resolver) {
  const outcomes = [];
  await startRun(files).check(setup, resolver, (outcome) => outcomes.push(outcome));
  return outcomes;
}
function inOrder(total, sink) {
  const early = /* @__PURE__ */ new Map();
  let next = 0;
  return (outcome, index) => {
    early.set(index, outcome);
    while (next < total && early.has(next)) {
      const ready = early.get(next);
      early.delete(next);
      sink(ready, next++);
    }
  };
}
var WORKER_HEAP = { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 64 };
function spawn(script) {
  return new Worker(script, { resourceLimits: WORKER_HEAP });
}
function workerScript() {
  if (!import.meta.url.endsWith(".js")) return void 0;
  const script = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(script) ? script : void 0;
}
function inWorkers(files, setup, workers, deliver, job, script) {
  let next = 0;
  let moved = 0;
  const take = () => {
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return { start, files: files.slice(start, next) };
  };
  const one = (first) => new Promise((resolve, reject) => {
    let worker = first;
    let batch;
    const send = () => {
      if (next >= files.length) {
        batch = void 0;
        void worker.terminate();
        resolve();
        return;
      }
      batch = take();
      worker.postMessage(batch);
    };
    const attach = (own) => {
      own.on("message", (reply) => {
        for (const [i, outcome] of reply.outcomes.entries()) deliver(outcome, reply.start + i);
        send();
      });
      own.on("error", (error) => {
        if (own !== worker) return;
        const lost = batch;
        batch = void 0;
        if (error.code !== "ERR_WORKER_OUT_OF_MEMORY" || !lost) return reject(error);
        moved++;
        void mapLimited(
          lost.files,
          IN_FLIGHT,
          (file) => checkPath(file, job),
          (outcome, i) => deliver(outcome, lost.start + i)
        ).then(() => {
          worker = spawn(script);
          worker.ref();
          attach(worker);
          worker.postMessage({ setup });
          send();
        }, reject);
      });
      own.on("exit", (code) => {
        if (own === worker && batch)
          reject(new Error(`a worker thread stopped (exit code ${code}) before its files were checked`));
      });
    };
    attach(worker);
    worker.ref();
    worker.postMessage({ setup });
    send();
  });
  const here = async () => {
    while (next < files.length) {
      const { start, files: mine } = take();
      await mapLimited(
        mine,
        IN_FLIGHT,
        (file) => checkPath(file, job),
        (outcome, i) => deliver(outcome, start + i)
      );
    }
  };
  return Promise.all([...workers.map(one), here()]).then(() => moved);
}
async function mapLimited(items, limit, fn, done) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      done(await fn(items[i]), i);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export {
  checkPath,
  checkText,
  restore,
  IN_FLIGHT,
  jobOf,
  prefilterFrom,
  startRun,
  runFiles,
  mapLimited
};
