// Output formats by name (`--format NAME`). Each turns the results of a run into text and says where
// it goes: stdout for machine formats, stderr for the human one (stdout may carry a fixed stream).
import type {FileResult} from '../engine/analyze.js'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatSarif} from './sarif.js'
import {formatStylish, stylishStream, type LineStream} from './stylish.js'

export interface FormatContext {
  readonly command: 'check' | 'fix'
  readonly dryRun: boolean
  readonly version: string
  readonly color: boolean
  readonly quiet: boolean
  /** folder that report paths are relative to */
  readonly cwd: string
}

export interface Format {
  readonly stream: 'stdout' | 'stderr'
  format(results: readonly FileResult[], context: FormatContext): string
  /** the same report a file at a time, for formats that can print before the run ends */
  lines?(context: FormatContext): LineStream
}

export const FORMATS: Record<string, Format> = {
  stylish: {
    stream: 'stderr',
    format: (results, c) => formatStylish(results, {color: c.color, quiet: c.quiet, mode: c.command, dryRun: c.dryRun}),
    lines: (c) => stylishStream({color: c.color, quiet: c.quiet, mode: c.command, dryRun: c.dryRun})
  },
  json: {
    stream: 'stdout',
    format: (results, c) => formatJson(results, {mode: c.command, dryRun: c.dryRun, version: c.version})
  },
  sarif: {
    stream: 'stdout',
    format: (results, c) => formatSarif(results, {command: c.command, dryRun: c.dryRun, version: c.version, cwd: c.cwd})
  },
  github: {
    // Workflow commands are read from stdout by the Actions runner.
    stream: 'stdout',
    format: (results, c) => formatGithub(results, {command: c.command, dryRun: c.dryRun, cwd: c.cwd})
  }
}
