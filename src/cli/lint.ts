// `headroom check` / `headroom fix`: parses our flags, resolves config, discovers files, builds the repo
// index, checks every file (src/run: worker threads for large runs), reports, and sets the exit code.
// `--watch` hands the same per-file check to unified-args (src/cli/watch.ts). What only some runs need
// (audit data, stdin, baselines, writing, a report format) is imported where it is used: a cold check of
// one file (pre-commit) loads nothing else.
import {isUtf8} from 'node:buffer'
import pkg from '../../package.json' with {type: 'json'}
import type {HeadroomConfig} from '../config/settings.js'
import {discover, MANIFEST_EXTENSIONS} from '../discover/discover.js'
import {ConfigResolver} from '../config/config-files.js'
import {HELP, parseCli, UsageError, type CliOptions} from './options.js'
import {prefilterFrom, startRun, type RunSetup} from '../run/run-files.js'
import {reportRun} from './report-run.js'
import {scanIndex} from '../run/scan-index.js'
import type {LoadedBaseline} from '../run/baseline-file.js'
import {BaselineError} from '../engine/baseline.js'
import type {AuditData} from '../audit/data.js'
import {AuditInputError} from '../audit/types.js'
import {namespaceConflicts, type RepoIndex} from '../extract/repo-index.js'
import {loadFormat} from '../report/format.js'
import {EXIT_USAGE} from '../exit-codes.js'

export async function runLint(argv: readonly string[]): Promise<void> {
  const options = parseCli(argv)
  if (options.help) return void process.stdout.write(HELP)
  if (options.version) return void process.stdout.write(`${pkg.version}\n`)
  const cwd = process.cwd()
  const overrides: HeadroomConfig = {}
  const prefilter = prefilterFrom(process.env)
  if (options.headroom !== undefined) overrides.headroom = options.headroom
  if (options.drift !== undefined) overrides.drift = options.drift
  if (options.maxFileBytes !== undefined) overrides.maxFileBytes = options.maxFileBytes
  // Audit data is read once, before any manifest: a bad file stops the run (exit 2) and changes nothing.
  const audit = options.audit.length > 0 ? await loadAuditOrReport(options, cwd) : undefined
  if (audit === null) return
  const config = new ConfigResolver(cwd, overrides, options.config, audit)
  // Resolve once up front so a bad flag or a bad config at the top fails before any file is read.
  config.forFile(undefined)

  if (options.paths[0] === '-') {
    if (options.command === 'baseline') throw new UsageError('baseline needs files or folders, not stdin')
    const baseline = options.baseline ? await loadBaselineOrFail(options.baseline, cwd) : undefined
    const input = await readStdinBytes()
    if (!isUtf8(input)) {
      // Decoding would turn the bad bytes into U+FFFD and `fix -` would echo a damaged stream.
      process.stderr.write(
        'headroom: stdin is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); nothing checked, nothing written\n'
      )
      process.exitCode = EXIT_USAGE
      return
    }
    const {runFilter} = await import('./stdin.js')
    const outcome = runFilter(
      input.toString('utf8'),
      config.forFile(undefined).settings,
      options,
      pkg.version,
      baseline
    )
    process.stdout.write(outcome.stdout)
    process.stderr.write(outcome.stderr)
    process.exitCode = outcome.code
    return
  }

  const stats = process.env.HEADROOM_STATS ? new Stats() : undefined
  const found = await discover(options.paths, cwd, {testAsserts: options.testAsserts})
  stats?.lap(`found ${found.files.length} files`)
  if (found.missing.length > 0) {
    throw new UsageError(`no such file, folder or matching manifest: ${found.missing.join(', ')}`)
  }
  for (const folder of found.ignored ?? [])
    process.stderr.write(`headroom: ${folder} is excluded by .gitignore; checking it because it was named explicitly\n`)
  const skipped = found.skipped ?? []
  if (options.verbose)
    for (const {file, reason} of skipped) process.stderr.write(`headroom: skipped ${file}: ${reason}\n`)
  if (skipped.length > 0 && !options.verbose && !options.quiet) {
    const what =
      skipped.length === 1 ? '1 file that is not a manifest' : `${skipped.length} files that are not manifests`
    process.stderr.write(`headroom: skipped ${what} (--verbose lists them)\n`)
  }
  if ((found.empty ?? []).length > 0 && found.files.length === 0) {
    // Exit 2: a CI step pointed at the wrong folder must not pass as clean.
    throw new UsageError(`no manifests found in ${(found.empty ?? []).join(', ')}`)
  }
  for (const folder of found.empty ?? []) process.stderr.write(`headroom: warning: no manifests found in ${folder}\n`)
  if (found.special && found.special.length > 0) {
    throw new UsageError(`not a regular file or folder (a pipe, socket or device): ${found.special.join(', ')}`)
  }
  if (found.files.length === 0) {
    process.stderr.write(
      `headroom: no manifests (*.${MANIFEST_EXTENSIONS.join(', *.')}) under ${options.paths.join(', ')}\n`
    )
    return
  }
  if (options.command === 'baseline') {
    const {DEFAULT_BASELINE, writeBaselineFile} = await import('../run/baseline-file.js')
    const index = await scanIndex(found.files, cwd)
    const out = options.baseline ?? DEFAULT_BASELINE
    const setup: RunSetup = {
      command: 'check',
      dryRun: false,
      cwd,
      index,
      overrides,
      explicitConfig: options.config,
      audit,
      prefilter
    }
    const count = await writeBaselineFile(found.files, setup, config, out)
    process.stderr.write(
      `headroom: wrote ${count} finding${count === 1 ? '' : 's'} to ${out}; check with --baseline ${out} to see only new ones\n`
    )
    return
  }
  // Worker threads (large runs) load while this thread reads the repo index and cleans up.
  const run = startRun(options.watch ? [] : found.files)
  const format = loadFormat(options.format)
  let baseline: LoadedBaseline | undefined
  let index: RepoIndex
  try {
    baseline = options.baseline ? await loadBaselineOrFail(options.baseline, cwd) : undefined
    if (options.command === 'fix' && !options.dryRun)
      await (await import('../run/write-file.js')).removeLeftovers(found.files, cwd)
    index = await scanIndex(found.files, cwd)
    for (const conflict of namespaceConflicts(index)) process.stderr.write(`headroom: warning: ${conflict}\n`)
    stats?.lap('read the repo index')
  } catch (error) {
    run.cancel()
    throw error
  }

  const setup: RunSetup = {
    command: options.command,
    dryRun: options.dryRun,
    cwd,
    index,
    overrides,
    explicitConfig: options.config,
    audit,
    selection: options.selection,
    prefilter
  }
  if (options.watch) {
    const {watch} = await import('./watch.js')
    return watch(found.files, setup, config, baseline, options)
  }
  const color = options.color ?? Boolean(process.stderr.isTTY && !process.env.NO_COLOR)
  const report = reportRun(
    await format,
    {
      format: options.format,
      command: options.command,
      dryRun: options.dryRun,
      version: pkg.version,
      color,
      quiet: options.quiet,
      frail: options.frail,
      selection: options.selection
    },
    baseline
  )
  await run.check(setup, config, (outcome) => report.add(outcome))
  stats?.restart()
  process.exitCode = report.finish()
  stats?.lap('reported')
}

async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function loadBaselineOrFail(file: string, cwd: string): Promise<LoadedBaseline> {
  const {loadBaselineFile} = await import('../run/baseline-file.js')
  try {
    return await loadBaselineFile(file, cwd)
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`invalid baseline ${error.message}`)
    throw new UsageError(
      `cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    )
  }
}

/** The audit data, or null after reporting a bad audit file (exit 2). */
async function loadAuditOrReport(options: CliOptions, cwd: string): Promise<AuditData | null> {
  const {loadAudit} = await import('../audit/data.js')
  try {
    return await loadAudit(options.audit, {cwd, metric: options.metric})
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error
    process.stderr.write(`headroom: invalid audit data ${error.message}\n`)
    process.exitCode = EXIT_USAGE
    return null
  }
}

/** HEADROOM_STATS=1: how long each stage of a run took, on stderr (the benchmark reads it). */
class Stats {
  private last = performance.now()
  lap(what: string): void {
    const now = performance.now()
    process.stderr.write(`headroom: ${what} (${Math.round(now - this.last)} ms)\n`)
    this.last = now
  }

  /** (the stage since the last lap reported itself) */
  restart(): void {
    this.last = performance.now()
  }
}
