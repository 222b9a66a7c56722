// The reporter unified-engine calls once all files are done (only `--watch` runs through unified-engine).
// It is its own module (dist/reporter.js) because unified-args loads reporters by path.
import type {VFile} from 'vfile'
import type {FileResult, ReportedFinding} from '../engine/analyze.js'
import type {FileFindingId} from '../engine/file-findings.js'
import {FORMATS} from '../report/formats.js'
import type {Format} from '../report/format.js'
import {contextOf, renderReport, type ReporterOptions} from './render-report.js'

export type {ReporterOptions}

export default function report(files: VFile[], options: ReporterOptions): string {
  return renderReport(
    files.map(resultOf),
    (FORMATS[options.format ?? 'stylish'] ?? FORMATS.stylish) as Format,
    contextOf(options)
  )
}

/** unified-engine's own failures (unreadable file, a folder named x.yaml) have no headroom result. */
function resultOf(file: VFile): FileResult {
  if (file.data.headroom) return file.data.headroom
  const findings: ReportedFinding[] = file.messages.map((m) => {
    const cause = m.cause as NodeJS.ErrnoException | undefined
    const detail =
      cause?.code === 'EISDIR' ? 'is a folder, not a file' : cause?.code ? `cannot be read (${cause.code})` : m.reason
    return {
      ruleId: m.ruleId ?? ('io' satisfies FileFindingId),
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      message: detail,
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
