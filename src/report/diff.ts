// `fix --dry-run`: unified diffs of what fix would write.
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import type {FileResult} from '../engine/analyze.js'

export function formatDiffs(results: readonly FileResult[], original: (path: string) => string | undefined): string {
  const patches: string[] = []
  for (const result of results) {
    if (result.output === undefined) continue
    const before = original(result.path)
    if (before === undefined) continue
    patches.push(createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, before, result.output, undefined, undefined, {context: 3, headerOptions: FILE_HEADERS_ONLY}))
  }
  return patches.join('')
}
