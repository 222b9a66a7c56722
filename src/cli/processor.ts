// The unified processor behind `--watch` (unified-engine re-runs it when files change): the parser keeps
// the text, the transformer runs the same per-file check as every other run (src/run/check-file.ts) and
// turns its findings into vfile messages, the compiler returns the rewritten text.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {FileResult} from '../engine/analyze.js'
import {checkText, restore, type CheckJob} from '../run/check-file.js'
import {filterResult, type LoadedBaseline} from '../run/baseline-file.js'

export interface RunState {
  /** a config file was invalid: the run exits 2 */
  configError: boolean
  /** a file hit a bug in headroom (reported as "internal error"): the run exits 2 */
  internalError?: boolean
}

export interface ProcessorOptions {
  readonly job: CheckJob
  readonly state: RunState
  readonly baseline?: LoadedBaseline | undefined
}

declare module 'vfile' {
  interface DataMap {
    headroom: FileResult
  }
}

export function createProcessor(options: ProcessorOptions): Processor {
  return unified()
    .use(function headroomParse(this: Processor) {
      this.parser = (text: string): {type: 'root'; text: string} => ({type: 'root', text})
      this.compiler = (_tree: unknown, file: VFile): string => String(file.value)
    })
    .use(function headroomRules() {
      return async (tree: unknown, file: VFile) => {
        const {text} = tree as {text: string}
        const {cwd} = options.job
        const raw = () => {
          try {
            return readFileSync(path.resolve(cwd, file.path))
          } catch {
            return undefined
          }
        }
        const outcome = await checkText(file.path, text, options.job, raw)
        if (outcome.configError) options.state.configError = true
        if (outcome.internalError) options.state.internalError = true
        const result = filterResult(restore(outcome), options.baseline)
        file.data.headroom = result
        for (const finding of result.findings) {
          const place = {
            start: {line: finding.line, column: finding.col, offset: finding.range.start},
            end: {line: finding.endLine, column: finding.endCol, offset: finding.range.end}
          }
          const message = file.message(finding.message, {place, ruleId: finding.ruleId, source: 'headroom'})
          // Fixed findings are information; what is left decides the exit code.
          message.fatal =
            finding.status === 'fixed' || finding.severity === 'info' ? undefined : finding.severity === 'error'
        }
      }
    }) as unknown as Processor
}
