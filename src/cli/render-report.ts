// Turns the results of a run into the chosen format: the human one is returned (for stderr), machine
// formats and dry-run diffs go to stdout. Shared by the streaming run (src/cli/report-run.ts) and
// unified-engine's reporter (--watch).
import type {FileResult} from '../engine/analyze.js'
import type {Format, FormatContext} from '../report/format.js'

export interface ReporterOptions {
  format?: string
  command?: 'check' | 'fix'
  dryRun?: boolean
  version?: string
  color?: boolean
  quiet?: boolean
  silent?: boolean
}

export function contextOf(options: ReporterOptions): FormatContext {
  return {
    command: options.command ?? 'check',
    dryRun: options.dryRun ?? false,
    version: options.version ?? '0.0.0',
    color: options.color ?? false,
    quiet: Boolean(options.quiet || options.silent),
    cwd: process.cwd()
  }
}

export function renderReport(results: readonly FileResult[], format: Format, context: FormatContext): string {
  // Machine formats own stdout (they carry the diffs themselves); the human one leaves it to the diff
  // (computed with each file's check, while its texts were at hand).
  if (context.dryRun && format.stream !== 'stdout') {
    const diffs = results.map((result) => result.diff ?? '').join('')
    if (diffs) process.stdout.write(diffs)
  }
  const text = format.format(results, context)
  if (format.stream === 'stdout') {
    process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`)
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
