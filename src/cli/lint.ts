// `headroom check` / `headroom fix`: parses our flags, resolves config, discovers files, then hands the
// run to unified-args (reporting, --frail, --quiet, --watch, exit code) with a processor that calls the core.
import {isUtf8} from 'node:buffer'
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {args} from 'unified-args'
import pkg from '../../package.json' with {type: 'json'}
import type {HeadroomConfig} from '../config/settings.js'
import {discover, IGNORE_FILE, MANIFEST_EXTENSIONS} from '../discover/discover.js'
import {ConfigResolver, PACKAGE_FIELD} from './config-files.js'
import {HELP, parseCli, UsageError, type CliOptions} from './options.js'
import {createProcessor, type RunState} from './processor.js'
import {runFilter} from './stdin.js'
import {removeLeftovers} from './write-file.js'
import {scanIndex} from './scan-index.js'
import {DEFAULT_BASELINE, loadBaselineFile, writeBaselineFile, type LoadedBaseline} from './baseline-file.js'
import {BaselineError} from '../engine/baseline.js'
import {loadAudit, type AuditData} from '../audit/data.js'
import {AuditInputError} from '../audit/types.js'

export const EXIT_USAGE = 2

export async function runLint(argv: readonly string[]): Promise<void> {
  const options = parseCli(argv)
  if (options.help) return void process.stdout.write(HELP)
  if (options.version) return void process.stdout.write(`${pkg.version}\n`)
  const cwd = process.cwd()
  const overrides: HeadroomConfig = {}
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
      process.stderr.write('headroom: stdin is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); nothing checked, nothing written\n')
      process.exitCode = EXIT_USAGE
      return
    }
    const outcome = runFilter(input.toString('utf8'), config.forFile(undefined).settings, options, pkg.version, baseline)
    process.stdout.write(outcome.stdout)
    process.stderr.write(outcome.stderr)
    process.exitCode = outcome.code
    return
  }

  const found = await discover(options.paths, cwd)
  if (found.missing.length > 0) {
    throw new UsageError(`no such file, folder or matching manifest: ${found.missing.join(', ')}`)
  }
  if (found.special && found.special.length > 0) {
    throw new UsageError(`not a regular file or folder (a pipe, socket or device): ${found.special.join(', ')}`)
  }
  if (found.files.length === 0) {
    process.stderr.write(`headroom: no manifests (*.${MANIFEST_EXTENSIONS.join(', *.')}) under ${options.paths.join(', ')}\n`)
    return
  }
  const index = await scanIndex(found.files, cwd)
  if (options.command === 'baseline') {
    const out = options.baseline ?? DEFAULT_BASELINE
    const count = await writeBaselineFile(found.files, cwd, config, index, out)
    process.stderr.write(`headroom: wrote ${count} finding${count === 1 ? '' : 's'} to ${out}; check with --baseline ${out} to see only new ones\n`)
    return
  }
  const baseline = options.baseline ? await loadBaselineOrFail(options.baseline, cwd) : undefined
  if (options.command === 'fix' && !options.dryRun) await removeLeftovers(found.files, cwd)

  const state: RunState = {configError: false}
  process.on('exit', () => {
    if (state.configError || state.internalError) process.exitCode = EXIT_USAGE
  })
  process.argv = [process.argv[0] as string, 'headroom', ...engineArgs(options), '--', ...found.files]
  limitEngineReads(64)
  args({
    processor: createProcessor({command: options.command, dryRun: options.dryRun, cwd, config, state, index, baseline}),
    name: 'headroom',
    description: 'Sidecar memory headroom for Kubernetes manifests',
    version: pkg.version,
    extensions: [...MANIFEST_EXTENSIONS],
    ignoreName: IGNORE_FILE,
    rcName: '.headroomrc',
    packageField: PACKAGE_FIELD,
    pluginPrefix: 'headroom'
  })
}

/**
 * unified-engine starts reading every file at once (fs.readFile per file, no limit): with a low open-file
 * limit (256 by default on macOS) most reads of a big repo fail with EMFILE. This queues the engine's reads
 * so that at most `limit` files are open at a time. (Only the callback form, which the engine uses.)
 */
function limitEngineReads(limit: number): void {
  const original = fs.readFile as (...args: unknown[]) => void
  if ((original as {headroomLimited?: boolean}).headroomLimited) return
  let active = 0
  const waiting: (() => void)[] = []
  const pump = () => {
    while (active < limit && waiting.length > 0) (waiting.shift() as () => void)()
  }
  const queued = function (this: unknown, ...args: unknown[]): void {
    const callback = args[args.length - 1]
    if (typeof callback !== 'function') return original.apply(this, args)
    waiting.push(() => {
      active++
      original.apply(this, [
        ...args.slice(0, -1),
        (...result: unknown[]) => {
          active--
          pump()
          ;(callback as (...r: unknown[]) => void)(...result)
        }
      ])
    })
    pump()
  }
  ;(queued as {headroomLimited?: boolean}).headroomLimited = true
  ;(fs as unknown as {readFile: unknown}).readFile = queued
}

async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function loadBaselineOrFail(file: string, cwd: string): Promise<LoadedBaseline> {
  try {
    return await loadBaselineFile(file, cwd)
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(`invalid baseline ${error.message}`)
    throw new UsageError(`cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** The audit data, or null after reporting a bad audit file (exit 2). */
async function loadAuditOrReport(options: CliOptions, cwd: string): Promise<AuditData | null> {
  try {
    return await loadAudit(options.audit, {cwd, metric: options.metric})
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error
    process.stderr.write(`headroom: invalid audit data ${error.message}\n`)
    process.exitCode = EXIT_USAGE
    return null
  }
}

/** Our options in unified-args' words. Config and ignore files are resolved by us (data only, never code). */
function engineArgs(options: CliOptions): string[] {
  const reporter = fileURLToPath(new URL('./reporter.js', import.meta.url))
  const reporterOptions = JSON.stringify({format: options.format, command: options.command, dryRun: options.dryRun, version: pkg.version}).slice(1, -1)
  const color = options.color ?? (process.stderr.isTTY && !process.env.NO_COLOR)
  return [
    '--no-config',
    '--no-ignore',
    // unified-engine echoes a single given file to stdout by default; fix writes files itself.
    '--no-stdout',
    '--report',
    `${reporter}=${reporterOptions}`,
    color ? '--color' : '--no-color',
    ...(options.quiet ? ['--quiet'] : []),
    ...(options.frail ? ['--frail'] : []),
    ...(options.watch ? ['--watch'] : [])
  ]
}
