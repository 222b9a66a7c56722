#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  BaselineError,
  applyBaseline
} from "./chunk-WKTJPVVW.js";
import {
  HELP,
  UsageError,
  loadFormat,
  parseCli
} from "./chunk-RYOY3W7Z.js";
import {
  contextOf,
  exitCodeOf,
  renderReport
} from "./chunk-FCXHNZPW.js";
import {
  prefilterFrom,
  restore,
  startRun
} from "./chunk-Z6PAK2RV.js";
import {
  scanIndex
} from "./chunk-3GH7NO6J.js";
import {
  MANIFEST_EXTENSIONS,
  discover
} from "./chunk-LAPEAGQ6.js";
import {
  ConfigResolver
} from "./chunk-SQEB3G2T.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import "./chunk-2G3HYGBX.js";
import {
  package_default
} from "./chunk-JGHUT55P.js";
import {
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import {
  leftOutNote
} from "./chunk-YCRWKBQY.js";
import "./chunk-LT65RJEX.js";
import "./chunk-PHH2QEL2.js";
import {
  ConfigError
} from "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import "./chunk-AENQFEB3.js";
import {
  namespaceConflicts
} from "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/index.ts
var COMMAND_MODULES = [
  {
    name: "krm",
    summary: "run as a KRM function (ResourceList on stdin) or a kustomize exec plugin",
    load: async () => (await import("./command-T7LR6LWY.js")).krmCommand
  },
  {
    name: "audit",
    summary: "what audit data (kubelet summaries, Prometheus, samples) says: measured drift, observed peaks, OOM kills",
    load: () => import("./audit-7VOM4SXR.js")
  },
  {
    name: "rules",
    summary: "Prometheus rules (PrometheusRule or rule file) that alert when a sidecar runs out of headroom at run time",
    load: () => import("./rules-ZAGHUZBG.js")
  },
  {
    name: "collect",
    summary: "collect memory data for --audit: kubelet /stats/summary through your kubectl, or range queries to Prometheus (--prometheus URL)",
    load: () => import("./collect-ZGJYWQX7.js")
  }
];

// src/cli/lint.ts
import { isUtf8 } from "node:buffer";

// src/cli/report-run.ts
function reportRun(format, options, baseline) {
  const context = contextOf(options);
  const lines = format.lines?.(context);
  const held = [];
  let code = 0;
  let usage = false;
  let leftOut = 0;
  const emit = (text) => {
    if (text.length > 0) process.stderr.write(`${text.join("\n")}
`);
  };
  return {
    add(outcome) {
      if (outcome.configError || outcome.internalError) usage = true;
      leftOut += outcome.result.leftOut ?? 0;
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
      if (options.selection) process.stderr.write(leftOutNote(options.selection, leftOut));
      return usage ? 2 : code;
    }
  };
}

// src/cli/lint.ts
async function runLint(argv) {
  const options = parseCli(argv);
  if (options.help) return void process.stdout.write(HELP);
  if (options.version) return void process.stdout.write(`${package_default.version}
`);
  const cwd = process.cwd();
  const overrides = {};
  const prefilter = prefilterFrom(process.env);
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
      process.stderr.write(
        "headroom: stdin is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); nothing checked, nothing written\n"
      );
      process.exitCode = EXIT_USAGE;
      return;
    }
    const { runFilter } = await import("./stdin-WSHNK53F.js");
    const outcome = runFilter(
      input.toString("utf8"),
      config.forFile(void 0).settings,
      options,
      package_default.version,
      baseline2
    );
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.code;
    return;
  }
  const stats = process.env.HEADROOM_STATS ? new Stats() : void 0;
  const found = await discover(options.paths, cwd, { testAsserts: options.testAsserts });
  stats?.lap(`found ${found.files.length} files`);
  if (found.missing.length > 0) {
    throw new UsageError(`no such file, folder or matching manifest: ${found.missing.join(", ")}`);
  }
  for (const folder of found.ignored ?? [])
    process.stderr.write(`headroom: ${folder} is excluded by .gitignore; checking it because it was named explicitly
`);
  const skipped = found.skipped ?? [];
  if (options.verbose)
    for (const { file, reason } of skipped) process.stderr.write(`headroom: skipped ${file}: ${reason}
`);
  if (skipped.length > 0 && !options.verbose && !options.quiet) {
    const what = skipped.length === 1 ? "1 file that is not a manifest" : `${skipped.length} files that are not manifests`;
    process.stderr.write(`headroom: skipped ${what} (--verbose lists them)
`);
  }
  if ((found.empty ?? []).length > 0 && found.files.length === 0) {
    throw new UsageError(`no manifests found in ${(found.empty ?? []).join(", ")}`);
  }
  for (const folder of found.empty ?? []) process.stderr.write(`headroom: warning: no manifests found in ${folder}
`);
  if (found.special && found.special.length > 0) {
    throw new UsageError(`not a regular file or folder (a pipe, socket or device): ${found.special.join(", ")}`);
  }
  if (found.files.length === 0) {
    process.stderr.write(
      `headroom: no manifests (*.${MANIFEST_EXTENSIONS.join(", *.")}) under ${options.paths.join(", ")}
`
    );
    return;
  }
  if (options.command === "baseline") {
    const { DEFAULT_BASELINE, writeBaselineFile } = await import("./baseline-file-3K2UNEWJ.js");
    const index2 = await scanIndex(found.files, cwd);
    const out = options.baseline ?? DEFAULT_BASELINE;
    const setup2 = {
      command: "check",
      dryRun: false,
      cwd,
      index: index2,
      overrides,
      explicitConfig: options.config,
      audit,
      prefilter
    };
    const count = await writeBaselineFile(found.files, setup2, config, out);
    process.stderr.write(
      `headroom: wrote ${count} finding${count === 1 ? "" : "s"} to ${out}; check with --baseline ${out} to see only new ones
`
    );
    return;
  }
  const run = startRun(options.watch ? [] : found.files);
  const format = loadFormat(options.format);
  let baseline;
  let index;
  try {
    baseline = options.baseline ? await loadBaselineOrFail(options.baseline, cwd) : void 0;
    if (options.command === "fix" && !options.dryRun)
      await (await import("./write-file-45BZHGHH.js")).removeLeftovers(found.files, cwd);
    index = await scanIndex(found.files, cwd);
    for (const conflict of namespaceConflicts(index)) process.stderr.write(`headroom: warning: ${conflict}
`);
    stats?.lap("read the repo index");
  } catch (error) {
    run.cancel();
    throw error;
  }
  const setup = {
    command: options.command,
    dryRun: options.dryRun,
    cwd,
    index,
    overrides,
    explicitConfig: options.config,
    audit,
    selection: options.selection,
    prefilter
  };
  if (options.watch) {
    const { watch } = await import("./watch-Q6S7LGKT.js");
    return watch(found.files, setup, config, baseline, options);
  }
  const color = options.color ?? Boolean(process.stderr.isTTY && !process.env.NO_COLOR);
  const report = reportRun(
    await format,
    {
      format: options.format,
      command: options.command,
      dryRun: options.dryRun,
      version: package_default.version,
      color,
      quiet: options.quiet,
      frail: options.frail,
      selection: options.selection
    },
    baseline
  );
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
  const { loadBaselineFile } = await import("./baseline-file-3K2UNEWJ.js");
  try {
    return await loadBaselineFile(file, cwd);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`invalid baseline ${error.message}`);
    throw new UsageError(
      `cannot read baseline ${file}: ${error.code ?? error.message}`
    );
  }
}
async function loadAuditOrReport(options, cwd) {
  const { loadAudit } = await import("./data-UPTVWH66.js");
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

// src/cli/run-cli.ts
async function runCli(argv) {
  try {
    const [first, ...rest] = argv;
    const command = COMMAND_MODULES.find((c) => c.name === first);
    if (command) {
      const module = await command.load();
      process.exitCode = await module.run(rest, { cwd: process.cwd(), version: package_default.version });
      return;
    }
    await runLint(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`headroom: ${error.message}
Run headroom --help for usage.
`);
    } else if (error instanceof ConfigError) {
      process.stderr.write(`headroom: invalid config ${error.message}
`);
    } else {
      const detail = error instanceof Error ? error.stack ?? error.message : String(error);
      process.stderr.write(`headroom: internal error; please report it with this output:
${detail}
`);
    }
    process.exitCode = EXIT_USAGE;
  }
}

// src/cli/cli.ts
function guardPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
guardPipes();
await runCli(process.argv.slice(2));
