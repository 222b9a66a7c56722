// Reports a run as its outcomes arrive (in file order). A format that can print a file at a time (stylish)
// does, and the run keeps only counts: memory stays flat however many files there are. The others
// (JSON, SARIF, GitHub) are single documents and get every result at the end.
import type {FileResult} from '../engine/analyze.js'
import type {Format} from '../report/format.js'
import {applyBaseline} from '../engine/baseline.js'
import {restore, type CheckOutcome} from '../run/check-file.js'
import type {LoadedBaseline} from '../run/baseline-file.js'
import {contextOf, exitCodeOf, renderReport, type ReporterOptions} from './render-report.js'
import {leftOutNote} from '../report/left-out.js'
import type {Selection} from '../engine/selection.js'

export interface RunReport {
  add(outcome: CheckOutcome): void
  /** Writes what is left; returns the exit code: 2 (bad config, internal error), 1 (findings left) or 0. */
  finish(): 0 | 1 | 2
}

export function reportRun(
  format: Format,
  options: ReporterOptions & {frail: boolean; selection?: Selection | undefined},
  baseline: LoadedBaseline | undefined
): RunReport {
  const context = contextOf(options)
  const lines = format.lines?.(context)
  const held: FileResult[] = []
  let code: 0 | 1 = 0
  let usage = false
  let leftOut = 0
  const emit = (text: string[]) => {
    if (text.length > 0) process.stderr.write(`${text.join('\n')}\n`)
  }
  return {
    add(outcome) {
      if (outcome.configError || outcome.internalError) usage = true
      leftOut += outcome.result.leftOut ?? 0
      const restored = restore(outcome)
      const result = baseline ? applyBaseline(restored, baseline.baseline, baseline.relative) : restored
      if (exitCodeOf([result], options.frail) === 1) code = 1
      if (!lines) return void held.push(result)
      // (machine formats carry their own diffs; the human one prints them on stdout as they come)
      if (context.dryRun && result.diff) process.stdout.write(result.diff)
      emit(lines.file(result))
    },
    finish() {
      if (lines) emit(lines.end())
      else {
        const text = renderReport(held, format, context)
        if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
      }
      if (options.selection) process.stderr.write(leftOutNote(options.selection, leftOut))
      return usage ? 2 : code
    }
  }
}
