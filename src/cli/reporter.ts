// The reporter unified-engine calls once all files are done. It is its own module (dist/reporter.js)
// because unified-args loads reporters by path. Stylish goes to stderr (returned), JSON and diffs to stdout.
import type {VFile} from 'vfile'
import type {FileResult, ReportedFinding} from '../engine/analyze.js'
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

export default function report(files: VFile[], options: ReporterOptions): string {
  const results = files.map(resultOf)
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

/** unified-engine's own failures (unreadable file, a folder named x.yaml) have no headroom result. */
function resultOf(file: VFile): FileResult {
  if (file.data.headroom) return file.data.headroom
  const findings: ReportedFinding[] = file.messages.map((m) => {
    const cause = m.cause as NodeJS.ErrnoException | undefined
    const detail = cause?.code === 'EISDIR' ? 'is a folder, not a file' : cause?.code ? `cannot be read (${cause.code})` : m.reason
    return {
      ruleId: m.ruleId ?? 'io',
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: m.ruleId === 'config' ? m.reason : detail,
      path: file.path || '<stdin>',
      range: {start: 0, end: 0},
      line: m.line ?? 1,
      col: m.column ?? 1,
      endLine: m.line ?? 1,
      endCol: m.column ?? 1
    }
  })
  return {path: file.path || '<stdin>', findings, skipped: true}
}
