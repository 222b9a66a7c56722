#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  BaselineError,
  applyBaseline
} from "./chunk-BR2RADLR.js";
import {
  restore,
  startRun
} from "./chunk-EVRSWSGZ.js";
import {
  HELP,
  UsageError,
  loadFormat,
  parseCli
} from "./chunk-GIK5CMPI.js";
import {
  contextOf,
  exitCodeOf,
  renderReport
} from "./chunk-KQSIFF3T.js";
import {
  MANIFEST_EXTENSIONS,
  discover,
  scanIndex
} from "./chunk-4WKMFISC.js";
import {
  ConfigResolver
} from "./chunk-57NH6RPA.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import {
  package_default
} from "./chunk-UF6LWSTO.js";

// src/cli/lint.ts
import { isUtf8 } from "node:buffer";

// src/cli/report-run.ts
function reportRun(format, options, baseline) {
  const context = contextOf(options);
  const lines = format.lines?.(context);
  const held = [];
  let code = 0;
  let usage = false;
  const emit = (text) => {
    if (text.length > 0) process.stderr.write(`${text.join("\n")}
`);
  };
  return {
    add(outcome) {
      if (outcome.configError || outcome.internalError) usage = true;
      const restored = restore(outcome);
      const result = baseline ? applyBaseline(restored, baseline.baseline, baseline.relative) : restored;
      if (exitCodeOf([result], options.frail) === 1) code = 1;
      if (!lines) return void held.push(result);
      if (context.dryRun && result.diff) process.stdout.write(result.diff);
      emit(lines.file(result));
    },
    finish() {
      if (lines) emit(lines.end());
      else {
        const text = renderReport(held, format, context);
        if (text) process.stderr.write(text.endsWith("\n") ? text : `${text}
`);
      }
      return usage ? 2 : code;
    }
  };
}

// src/cli/lint.ts
var EXIT_USAGE = 2;
async function runLint(argv) {
  const options = parseCli(argv);
  if (options.help) return void process.stdout.write(HELP);
  if (options.version) return void process.stdout.write(`${package_default.version}
`);
  const cwd = process.cwd();
  const overrides = {};
  if (options.headroom !== void 0) overrides.headroom = options.headroom;
  if (options.drift !== void 0) overrides.drift = options.drift;
  if (options.maxFileBytes !== void 0) overrides.maxFileBytes = options.maxFileBytes;
  const audit = options.audit.length > 0 ? await loadAuditOrReport(options, cwd) : void 0;
  if (audit === null) return;
  const config = new ConfigResolver(cwd, overrides, options.config, audit);
  config.forFile(void 0);
  if (options.paths[0] === "-") {
    if (options.command === "baseline") throw new UsageError("baseline needs files or folders, not stdin");
    const baseline2 = options.baseline ? await loadBaselineOrFail(options.baseline, cwd) : void 0;
    const input = await readStdinBytes();
    if (!isUtf8(input)) {
      process.stderr.write("headroom: stdin is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); nothing checked, nothing written\n");
      process.exitCode = EXIT_USAGE;
      return;
    }
    const { runFilter } = await import("./stdin-WY7NBGXO.js");
    const outcome = runFilter(input.toString("utf8"), config.forFile(void 0).settings, options, package_default.version, baseline2);
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.code;
    return;
  }
  const stats = process.env.HEADROOM_STATS ? new Stats() : void 0;
  const found = await discover(options.paths, cwd);
  stats?.lap(`found ${found.files.length} files`);
  if (found.missing.length > 0) {
    throw new UsageError(`no such file, folder or matching manifest: ${found.missing.join(", ")}`);
  }
  if (found.special && found.special.length > 0) {
    throw new UsageError(`not a regular file or folder (a pipe, socket or device): ${found.special.join(", ")}`);
  }
  if (found.files.length === 0) {
    process.stderr.write(`headroom: no manifests (*.${MANIFEST_EXTENSIONS.join(", *.")}) under ${options.paths.join(", ")}
`);
    return;
  }
  if (options.command === "baseline") {
    const { DEFAULT_BASELINE, writeBaselineFile } = await import("./baseline-file-4SJA24VX.js");
    const index2 = await scanIndex(found.files, cwd);
    const out = options.baseline ?? DEFAULT_BASELINE;
    const setup2 = { command: "check", dryRun: false, cwd, index: index2, overrides, explicitConfig: options.config, audit };
    const count = await writeBaselineFile(found.files, setup2, config, out);
    process.stderr.write(`headroom: wrote ${count} finding${count === 1 ? "" : "s"} to ${out}; check with --baseline ${out} to see only new ones
`);
    return;
  }
  const run = startRun(options.watch ? [] : found.files);
  const format = loadFormat(options.format);
  let baseline;
  let index;
  try {
    baseline = options.baseline ? await loadBaselineOrFail(options.baseline, cwd) : void 0;
    if (options.command === "fix" && !options.dryRun) await (await import("./write-file-MCAPSHSM.js")).removeLeftovers(found.files, cwd);
    index = await scanIndex(found.files, cwd);
    stats?.lap("read the repo index");
  } catch (error) {
    run.cancel();
    throw error;
  }
  const setup = { command: options.command, dryRun: options.dryRun, cwd, index, overrides, explicitConfig: options.config, audit };
  if (options.watch) {
    const { watch } = await import("./watch-WN3R7XRJ.js");
    return watch(found.files, setup, config, baseline, options);
  }
  const color = options.color ?? Boolean(process.stderr.isTTY && !process.env.NO_COLOR);
  const report = reportRun(await format, { format: options.format, command: options.command, dryRun: options.dryRun, version: package_default.version, color, quiet: options.quiet, frail: options.frail }, baseline);
  await run.check(setup, config, (outcome) => report.add(outcome));
  stats?.restart();
  process.exitCode = report.finish();
  stats?.lap("reported");
}
async function readStdinBytes() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
async function loadBaselineOrFail(file, cwd) {
  const { loadBaselineFile } = await import("./baseline-file-4SJA24VX.js");
  try {
    return await loadBaselineFile(file, cwd);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`invalid baseline ${error.message}`);
    throw new UsageError(`cannot read baseline ${file}: ${error.code ?? error.message}`);
  }
}
async function loadAuditOrReport(options, cwd) {
  const { loadAudit } = await import("./data-H44IHEVK.js");
  try {
    return await loadAudit(options.audit, { cwd, metric: options.metric });
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error;
    process.stderr.write(`headroom: invalid audit data ${error.message}
`);
    process.exitCode = EXIT_USAGE;
    return null;
  }
}
var Stats = class {
  last = performance.now();
  lap(what) {
    const now = performance.now();
    process.stderr.write(`headroom: ${what} (${Math.round(now - this.last)} ms)
`);
    this.last = now;
  }
  /** (the stage since the last lap reported itself) */
  restart() {
    this.last = performance.now();
  }
};

export {
  EXIT_USAGE,
  runLint
};
