// `headroom check` / `headroom fix`: parses our flags, resolves config, discovers files, then hands the
// run to unified-args (reporting, --frail, --quiet, --watch, exit code) with a processor that calls the core.
import {fileURLToPath} from 'node:url'
import {args} from 'unified-args'
import pkg from '../../package.json' with {type: 'json'}
import type {HeadroomConfig} from '../config/settings.js'
import {discover, IGNORE_FILE, MANIFEST_EXTENSIONS} from '../discover/discover.js'
import {ConfigResolver, PACKAGE_FIELD} from './config-files.js'
import {HELP, parseCli, UsageError, type CliOptions} from './options.js'
import {createProcessor, type RunState} from './processor.js'
import {readStdin, runFilter} from './stdin.js'
import {removeLeftovers} from './write-file.js'
import {scanIndex} from './scan-index.js'

export const EXIT_USAGE = 2

export async function runLint(argv: readonly string[]): Promise<void> {
  const options = parseCli(argv)
  if (options.help) return void process.stdout.write(HELP)
  if (options.version) return void process.stdout.write(`${pkg.version}\n`)
  const cwd = process.cwd()
  const overrides: HeadroomConfig = {}
  if (options.headroom !== undefined) overrides.headroom = options.headroom
  if (options.drift !== undefined) overrides.drift = options.drift
  const config = new ConfigResolver(cwd, overrides, options.config)
  // Resolve once up front so a bad flag or a bad config at the top fails before any file is read.
  config.forFile(undefined)

  if (options.paths[0] === '-') {
    const outcome = runFilter(await readStdin(), config.forFile(undefined).settings, options, pkg.version)
    process.stdout.write(outcome.stdout)
    process.stderr.write(outcome.stderr)
    process.exitCode = outcome.code
    return
  }

  const found = await discover(options.paths, cwd)
  if (found.missing.length > 0) {
    throw new UsageError(`no such file, folder or matching manifest: ${found.missing.join(', ')}`)
  }
  if (found.files.length === 0) {
    process.stderr.write(`headroom: no manifests (*.${MANIFEST_EXTENSIONS.join(', *.')}) under ${options.paths.join(', ')}\n`)
    return
  }
  if (options.command === 'fix' && !options.dryRun) await removeLeftovers(found.files, cwd)

  const state: RunState = {configError: false}
  process.on('exit', () => {
    if (state.configError) process.exitCode = EXIT_USAGE
  })
  process.argv = [process.argv[0] as string, 'headroom', ...engineArgs(options), '--', ...found.files]
  args({
    processor: createProcessor({command: options.command, dryRun: options.dryRun, cwd, config, state, index: await scanIndex(found.files, cwd)}),
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
