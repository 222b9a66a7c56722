// Reports a run as its outcomes arrive (in file order). A format that can print a file at a time (stylish)
// does, and the run keeps only counts: memory stays flat however many files there are. The others
// (JSON, SARIF, GitHub) are single documents and get every result at the end.
import type {FileResult} from '../engine/analyze.js'
import {formatDiffs} from '../report/diff.js'
import {FORMATS, type FormatContext} from '../report/formats.js'
import {restore, type CheckOutcome} from '../run/check-file.js'
import {filterResult, type LoadedBaseline} from './baseline-file.js'
import {exitCodeOf, renderReport, type ReporterOptions} from './render-report.js'

export interface RunReport {
  add(outcome: CheckOutcome): void
  /** Writes what is left; returns the exit code: 2 (bad config, internal error), 1 (findings left) or 0. */
  finish(): 0 | 1 | 2
}

export function reportRun(options: ReporterOptions & {frail: boolean}, baseline: LoadedBaseline | undefined): RunReport {
  const format = FORMATS[options.format ?? 'stylish'] ?? FORMATS.stylish
  const context: FormatContext = {
    command: options.command ?? 'check',
    dryRun: options.dryRun ?? false,
    version: options.version ?? '0.0.0',
    color: options.color ?? false,
    quiet: Boolean(options.quiet),
    cwd: process.cwd()
  }
  const lines = format?.lines?.(context)
  const held: FileResult[] = []
  let code: 0 | 1 = 0
  let usage = false
  const emit = (text: string[]) => {
    if (text.length > 0) process.stderr.write(`${text.join('\n')}\n`)
  }
  return {
    add(outcome) {
      if (outcome.configError || outcome.internalError) usage = true
      const result = filterResult(restore(outcome), baseline)
      if (exitCodeOf([result], options.frail) === 1) code = 1
      if (!lines) return void held.push(result)
      // (machine formats carry their own diffs; the human one prints them on stdout as they come)
      if (context.dryRun) {
        const diff = formatDiffs([result])
        if (diff) process.stdout.write(diff)
      }
      emit(lines.file(result))
    },
    finish() {
      if (lines) emit(lines.end())
      else {
        const text = renderReport(held, options)
        if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
      }
      return usage ? 2 : code
    }
  }
}
