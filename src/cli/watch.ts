// `--watch`: unified-args (through unified-engine and chokidar) re-checks files when they change. Each
// file goes through the same per-file check as a normal run (src/run/check-file.ts); unified-engine does
// the watching, reporting (dist/reporter.js) and exit code. Loaded only when --watch is given.
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {args} from 'unified-args'
import pkg from '../../package.json' with {type: 'json'}
import {IGNORE_FILE, MANIFEST_EXTENSIONS} from '../discover/discover.js'
import {jobOf, type RunSetup} from '../run/run-files.js'
import type {LoadedBaseline} from '../run/baseline-file.js'
import {PACKAGE_FIELD, type ConfigResolver} from '../config/config-files.js'
import type {CliOptions} from './options.js'
import {createProcessor, type RunState} from './processor.js'
import {EXIT_USAGE} from '../exit-codes.js'

export function watch(
  files: readonly string[],
  setup: RunSetup,
  config: ConfigResolver,
  baseline: LoadedBaseline | undefined,
  options: CliOptions
): void {
  const state: RunState = {configError: false}
  process.on('exit', () => {
    if (state.configError || state.internalError) process.exitCode = EXIT_USAGE
  })
  process.argv = [process.argv[0] as string, 'headroom', ...engineArgs(options), '--', ...files]
  limitEngineReads(64)
  args({
    processor: createProcessor({job: jobOf(setup, config), state, baseline}),
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
    if (typeof callback !== 'function') {
      original.apply(this, args)
      return
    }
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

/** Our options in unified-args' words. Config and ignore files are resolved by us (data only, never code). */
function engineArgs(options: CliOptions): string[] {
  const reporter = fileURLToPath(new URL('./reporter.js', import.meta.url))
  const reporterOptions = JSON.stringify({
    format: options.format,
    command: options.command,
    dryRun: options.dryRun,
    version: pkg.version
  }).slice(1, -1)
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
    '--watch'
  ]
}
