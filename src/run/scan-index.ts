// Pre-pass over the discovered files for facts other files depend on (Namespace labels that turn on
// injection, LimitRanges, ResourceQuotas), and the scopes those facts hold in: the nearest folder above
// each file that holds a kustomization or a Kptfile (src/extract/repo-index.ts). Only files whose text
// can hold a fact are parsed. Reads are synchronous: a pre-pass over thousands of small files spends most
// of an async read waiting on the thread pool, and nothing else runs meanwhile.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {prepare} from '../engine/analyze.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../extract/repo-index.js'
import {getString, asMap} from '../parse/nodes.js'
import {withFullParse} from '../parse/templates.js'
import type {SourceText} from '../types.js'

/** Files that make a folder the root of what is deployed together. */
export const SCOPE_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization', 'Kptfile'] as const

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
  return {...index, scopes: scopesOf(files, cwd)}
}

/** Each file's folder -> its scope root, and each root's kustomization namespace. */
function scopesOf(files: readonly string[], cwd: string): NonNullable<RepoIndex['scopes']> {
  const rootOf = new Map<string, string>()
  const namespaceOf = new Map<string, string>()
  const isRoot = new Map<string, boolean>()
  const rootAbove = (folder: string): string | undefined => {
    // (folders as the files are shown: relative to cwd, or absolute outside it)
    for (let current = folder; ; ) {
      let root = isRoot.get(current)
      if (root === undefined) {
        root = SCOPE_FILES.some((name) => existsSync(path.resolve(cwd, current, name)))
        isRoot.set(current, root)
      }
      if (root) return current
      const parent = path.dirname(current)
      if (parent === current || current === '.' || current === '') return undefined
      current = parent
    }
  }
  for (const file of files) {
    const folder = path.dirname(file)
    if (rootOf.has(folder)) continue
    const root = rootAbove(folder)
    if (root === undefined) continue
    rootOf.set(folder, root)
    if (!namespaceOf.has(root)) {
      const namespace = kustomizationNamespace(path.resolve(cwd, root))
      if (namespace) namespaceOf.set(root, namespace)
    }
  }
  return {rootOf, namespaceOf}
}

/** The `namespace:` a kustomization sets for everything it deploys. */
function kustomizationNamespace(folder: string): string | undefined {
  for (const name of SCOPE_FILES.slice(0, 3)) {
    let text: string
    try {
      text = readFileSync(path.join(folder, name), 'utf8')
    } catch {
      continue
    }
    const prepared = prepare({path: name, text})
    if (!prepared.ok) return undefined
    return getString(asMap(prepared.file.documents[0]?.root), 'namespace')
  }
  return undefined
}

/**
 * One file's facts. The pre-pass reports nothing itself: a file it cannot read (bad YAML, input nested too
 * deeply, a bug in headroom) adds no facts, and its own check reports what is wrong with it, so one bad
 * file never costs the other files their results.
 */
export function indexSource(source: SourceText, options: {readonly prefilter?: boolean} = {}): RepoIndex {
  try {
    const prepared = prepare(source, {prefilter: options.prefilter})
    return prepared.ok ? withFullParse(prepared.file, indexFile, () => EMPTY_INDEX) : EMPTY_INDEX
  } catch (error) {
    if (process.env.HEADROOM_DEBUG && error instanceof Error)
      process.stderr.write(`headroom: repo pre-pass skipped ${source.path}: ${error.stack}\n`)
    return EMPTY_INDEX
  }
}
