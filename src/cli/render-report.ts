// Turns the results of a run into the chosen format: the human one is returned (for stderr), machine
// formats and dry-run diffs go to stdout. Shared by the streaming run and unified-engine's reporter (--watch).
import type {FileResult} from '../engine/analyze.js'
import {formatDiffs} from '../report/diff.js'
import {FORMATS} from '../report/formats.js'

export interface ReporterOptions {
  format?: string
  command?: 'check' | 'fix'
  dryRun?: boolean
  version?: string
  color?: boolean
  quiet?: boolean
  silent?: boolean
}

export function renderReport(results: readonly FileResult[], options: ReporterOptions): string {
  const command = options.command ?? 'check'
  const format = FORMATS[options.format ?? 'stylish'] ?? FORMATS.stylish
  // Machine formats own stdout (they carry the diffs themselves); the human one leaves it to the diff.
  if (options.dryRun && format?.stream !== 'stdout') {
    const diffs = formatDiffs(results)
    if (diffs) process.stdout.write(diffs)
  }
  const text =
    format?.format(results, {
      command,
      dryRun: options.dryRun ?? false,
      version: options.version ?? '0.0.0',
      color: options.color ?? false,
      quiet: Boolean(options.quiet || options.silent),
      cwd: process.cwd()
    }) ?? ''
  if (format?.stream === 'stdout') {
    process.stdout.write(text.endsWith('\n') || text === '' ? text : text + '\n')
    return ''
  }
  return text
}

/** 1 when an error is left (or, with --frail, a warning); fixed findings and information never count. */
export function exitCodeOf(results: readonly FileResult[], frail: boolean): 0 | 1 {
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.status === 'fixed' || finding.severity === 'info') continue
      if (finding.severity === 'error' || frail) return 1
    }
  }
  return 0
}
