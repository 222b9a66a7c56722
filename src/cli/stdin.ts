// `headroom check -` / `headroom fix -`: a filter. The YAML stream comes in on stdin; with fix, the fixed
// stream goes to stdout (the input unchanged when there is nothing to fix) and the report to stderr.
import type {FileResult} from '../engine/analyze.js'
import {analyzeSource} from '../engine/analyze-source.js'
import type {Settings} from '../config/settings.js'
import {FORMATS} from '../report/formats.js'
import {formatDiffs} from '../report/diff.js'
import type {CliOptions} from './options.js'
import {filterResult, type LoadedBaseline} from '../run/baseline-file.js'
import {leftOutNote} from '../report/left-out.js'

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export interface FilterOutcome {
  readonly code: 0 | 1 | 2
  readonly stdout: string
  readonly stderr: string
}

export function runFilter(
  text: string,
  settings: Settings,
  options: CliOptions,
  version: string,
  baseline?: LoadedBaseline
): FilterOutcome {
  if (text.trim() === '') {
    // An empty stream must never look like success: Argo CD would prune every resource.
    return {
      code: 2,
      stdout: '',
      stderr: 'headroom: empty input on stdin; nothing to check (did the render step fail?)\n'
    }
  }
  const fix = options.command === 'fix'
  // The same guarded parse and analysis as a file gets (src/run): a bug is an `internal` finding, exit 2.
  const analysed = analyzeSource({path: '<stdin>', text}, settings, {fix, selection: options.selection})
  const result: FileResult = filterResult(analysed.result, baseline)
  const stdout = fix && !options.dryRun ? (result.output ?? text) : options.dryRun ? formatDiffs([result]) : ''
  // stdout carries the manifest stream, so every report goes to stderr here.
  const format = FORMATS[options.format] ?? FORMATS.stylish
  const report = format?.format([result], {
    command: fix ? 'fix' : 'check',
    dryRun: options.dryRun,
    version,
    color: options.color ?? false,
    quiet: options.quiet,
    cwd: process.cwd()
  })
  const failing = result.findings.some(
    (f) => f.status !== 'fixed' && (f.severity === 'error' || (options.frail && f.severity === 'warning'))
  )
  const note = options.selection ? leftOutNote(options.selection, result.leftOut ?? 0) : ''
  return {code: analysed.internalError ? 2 : failing ? 1 : 0, stdout, stderr: (report ? `${report}\n` : '') + note}
}
