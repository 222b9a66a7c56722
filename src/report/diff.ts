// `fix --dry-run`: unified diffs of what fix would write.
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import type {FileResult} from '../engine/analyze.js'

export function diffOf(result: FileResult): string | undefined {
  if (result.diff !== undefined) return result.diff
  const before = result.parsed?.text
  if (result.output === undefined || before === undefined) return undefined
  return createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, before, result.output, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}

export function formatDiffs(results: readonly FileResult[]): string {
  return results.map((r) => diffOf(r) ?? '').join('')
}
