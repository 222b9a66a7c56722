// Stage: check a rewritten text before anything is written: it must parse cleanly, hold the same
// documents, and its data must equal the old data with exactly the intended changes applied.
import {isDeepStrictEqual} from 'node:util'
import {parseYaml, type ParseOptions} from '../parse/yaml-adapter.js'
import type {DataChange, ParsedFile, PathKey} from '../types.js'

/** `file`: the rewritten text, parsed (later stages read it instead of parsing it again). */
export type Verdict = {ok: true; file: ParsedFile} | {ok: false; reason: string}

export function verifyRewrite(before: ParsedFile, after: string, changes: readonly DataChange[], options: ParseOptions = {}): Verdict {
  const parsed = parseYaml({path: before.path, text: after}, options)
  if (!parsed.ok) {
    const first = parsed.problems[0]
    return {ok: false, reason: `the rewritten text does not parse (${first?.message ?? 'unknown error'} at ${first?.line}:${first?.col})`}
  }
  const docsAfter = parsed.file.documents
  if (docsAfter.length !== before.documents.length) {
    return {ok: false, reason: `the rewritten text has ${docsAfter.length} documents instead of ${before.documents.length}`}
  }
  for (const doc of before.documents) {
    const mine = changes.filter((c) => c.document === doc.index)
    if (mine.length === 0) continue
    let expected: unknown
    let actual: unknown
    try {
      // Cloned as trees: an alias shared with another place must not follow the edit silently.
      expected = cloneTree(doc.toData())
      actual = cloneTree(docsAfter[doc.index]?.toData())
    } catch (error) {
      return {ok: false, reason: `document ${doc.index + 1} cannot be compared: ${(error as Error).message}`}
    }
    for (const change of mine) expected = setPath(expected, change.path, change.value)
    if (!isDeepStrictEqual(expected, actual)) {
      return {ok: false, reason: `document ${doc.index + 1} would change outside the intended values`}
    }
  }
  return {ok: true, file: parsed.file}
}

function setPath(root: unknown, path: readonly PathKey[], value: unknown): unknown {
  if (path.length === 0) return value
  const [key, ...rest] = path as [PathKey, ...PathKey[]]
  const container: Record<PathKey, unknown> =
    root !== null && typeof root === 'object' ? (root as Record<PathKey, unknown>) : typeof key === 'number' ? ([] as unknown as Record<PathKey, unknown>) : {}
  container[key] = setPath(container[key], rest, value)
  return container
}

function cloneTree(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneTree)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = cloneTree(v)
    return out
  }
  return value
}
