// Pre-pass over the discovered files for facts other files depend on (Namespace labels that turn on
// injection, LimitRanges, ResourceQuotas). Only files whose text can hold one are parsed.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {prepare} from '../engine/analyze.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../extract/repo-index.js'

export async function scanIndex(files: readonly string[], cwd: string): Promise<RepoIndex> {
  let index = EMPTY_INDEX
  for (const file of files) {
    const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => undefined)
    if (text === undefined || !INDEX_HINT.test(text)) continue
    const prepared = prepare({path: file, text})
    if (prepared.ok) index = mergeIndex(index, indexFile(prepared.file))
  }
  return index
}
