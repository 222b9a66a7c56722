// Pre-pass over the discovered files for facts other files depend on (Namespace labels that turn on
// injection, LimitRanges, ResourceQuotas). Only files whose text can hold one are parsed. Reads are
// synchronous: a pre-pass over thousands of small files spends most of an async read waiting on the
// thread pool, and nothing else runs meanwhile.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {prepare} from '../engine/analyze.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../extract/repo-index.js'

export async function scanIndex(files: readonly string[], cwd: string): Promise<RepoIndex> {
  let index = EMPTY_INDEX
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(path.resolve(cwd, file), 'utf8')
    } catch {
      continue
    }
    if (!INDEX_HINT.test(text)) continue
    const prepared = prepare({path: file, text})
    if (prepared.ok) index = mergeIndex(index, indexFile(prepared.file))
  }
  return index
}
