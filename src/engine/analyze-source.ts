// Parse and analysis of one text such that nothing thrown stops a run: the one entry every front end
// uses (the runner in src/run for files, the KRM function for the objects of a ResourceList), so a bug
// or a pathological input gives the same finding everywhere.
import type {Settings} from '../config/settings.js'
import {analyzeFile, prepare, withTemplates, type AnalyzeOptions, type FileResult, type Prepared} from './analyze.js'
import {fileFinding, type FileFindingId} from './file-findings.js'
import type {SourceText} from '../types.js'

export interface Analysed {
  readonly result: FileResult
  /** a bug in headroom, reported on the file as an `internal` finding (the CLI and the Action exit 2) */
  readonly internalError: boolean
}

/** prepare + analyzeFile + withTemplates, each stage guarded. */
export function analyzeSource(source: SourceText, settings: Settings, options: AnalyzeOptions): Analysed {
  let internalError = false
  const guarded = <T>(stage: () => T, refused: (result: FileResult) => T): T =>
    guard(source, stage, (result, internal) => {
      internalError ||= internal
      return refused(result)
    })
  const prepared: Prepared = guarded(
    () => prepare(source, {prefilter: options.prefilter}),
    (result) => ({ok: false, result})
  )
  const result = prepared.ok
    ? guarded(
        () => withTemplates(analyzeFile(prepared.file, settings, options), prepared),
        (refused) => refused
      )
    : prepared.result
  return {result, internalError}
}

/** A file that was not analysed: one file-level finding (src/engine/file-findings.ts) at its start. */
export function refusal(source: {readonly path: string}, id: FileFindingId, message: string): FileResult {
  return {path: source.path, skipped: true, findings: [fileFinding(source, id, message)]}
}

/**
 * Runs one stage so that nothing thrown escapes: a stack overflow is input nested too deeply for the YAML
 * reader (an error on the file); anything else is a bug in headroom, reported on the file as an internal
 * error without a stack trace in the way of the other results.
 */
function guard<T>(source: {path: string}, stage: () => T, refused: (result: FileResult, internal: boolean) => T): T {
  try {
    return stage()
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return refused(
        refusal(source, 'yaml-syntax', 'is nested too deeply to read safely (stack overflow); file left unchanged'),
        false
      )
    }
    const detail = error instanceof Error ? error.message : String(error)
    if (process.env.HEADROOM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    return refused(
      refusal(
        source,
        'internal',
        `internal error while checking this file (${detail}); file left unchanged. Please report it with the file (HEADROOM_DEBUG=1 prints the stack)`
      ),
      true
    )
  }
}
