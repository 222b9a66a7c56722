// Pre-pass over the discovered files for facts other files depend on (Namespace labels that turn on
// injection, LimitRanges, ResourceQuotas). Only files whose text can hold one are parsed. Reads are
// synchronous: a pre-pass over thousands of small files spends most of an async read waiting on the
// thread pool, and nothing else runs meanwhile.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {prepare} from '../engine/analyze.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../extract/repo-index.js'
import {withFullParse} from '../parse/yaml-adapter.js'
import type {SourceText} from '../types.js'

export async function scanIndex(files: readonly string[], cwd: string): Promise<RepoIndex> {
  let index = EMPTY_INDEX
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(path.resolve(cwd, file), 'utf8')
    } catch {
      continue
    }
    if (INDEX_HINT.test(text)) index = mergeIndex(index, indexSource({path: file, text}))
  }
  return index
}

/**
 * One file's facts. The pre-pass reports nothing itself: a file it cannot read (bad YAML, input nested too
 * deeply, a bug in headroom) adds no facts, and its own check reports what is wrong with it, so one bad
 * file never costs the other files their results.
 */
export function indexSource(source: SourceText): RepoIndex {
  try {
    const prepared = prepare(source)
    return prepared.ok ? withFullParse(prepared.file, indexFile, () => EMPTY_INDEX) : EMPTY_INDEX
  } catch (error) {
    if (process.env.HEADROOM_DEBUG && error instanceof Error) process.stderr.write(`headroom: repo pre-pass skipped ${source.path}: ${error.stack}\n`)
    return EMPTY_INDEX
  }
}
