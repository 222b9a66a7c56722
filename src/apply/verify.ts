// Stage: check a rewritten text before anything is written: it must parse cleanly (no new warning either), hold the same
// documents, and its data must equal the old data with exactly the intended changes applied.
import {isDeepStrictEqual} from 'node:util'
import {parseManifest} from '../parse/templates.js'
import type {ParseOptions} from '../parse/yaml-adapter.js'
import type {DataChange, ParsedFile, PathKey} from '../types.js'

/** `file`: the rewritten text, parsed (later stages read it instead of parsing it again). */
export type Verdict = {ok: true; file: ParsedFile} | {ok: false; reason: string}

export function verifyRewrite(
  before: ParsedFile,
  after: string,
  changes: readonly DataChange[],
  options: ParseOptions = {}
): Verdict {
  // (parsed as the original was: template documents are left out of both)
  const parsed = parseManifest({path: before.path, text: after}, options)
  if (!parsed.ok) {
    const first = parsed.problems[0]
    return {
      ok: false,
      reason: `the rewritten text does not parse (${first?.message ?? 'unknown error'} at ${first?.line}:${first?.col})`
    }
  }
  const warning = newWarning(before.warnings ?? [], parsed.file.warnings ?? [])
  if (warning !== undefined) return {ok: false, reason: `the rewritten text draws a new YAML warning (${warning})`}
  const docsAfter = new Map(parsed.file.documents.map((doc) => [doc.index, doc]))
  if (docsAfter.size !== before.documents.length || before.documents.some((doc) => !docsAfter.has(doc.index))) {
    return {
      ok: false,
      reason: `the rewritten text has ${docsAfter.size} documents instead of ${before.documents.length}`
    }
  }
  for (const doc of before.documents) {
    const mine = changes.filter((c) => c.document === doc.index)
    if (mine.length === 0) continue
    let expected: unknown
    let actual: unknown
    try {
      // Cloned as trees: an alias shared with another place must not follow the edit silently.
      expected = cloneTree(doc.toData())
      actual = cloneTree(docsAfter.get(doc.index)?.toData())
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

/** A warning the rewritten text draws more often than the original (yaml warns where kubectl may fail). */
function newWarning(before: readonly string[], after: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const message of before) counts.set(message, (counts.get(message) ?? 0) + 1)
  for (const message of after) {
    const left = counts.get(message) ?? 0
    if (left === 0) return message
    counts.set(message, left - 1)
  }
  return undefined
}

function setPath(root: unknown, path: readonly PathKey[], value: unknown): unknown {
  if (path.length === 0) return value
  const [key, ...rest] = path as [PathKey, ...PathKey[]]
  const container: Record<PathKey, unknown> =
    root !== null && typeof root === 'object'
      ? (root as Record<PathKey, unknown>)
      : typeof key === 'number'
        ? ([] as unknown as Record<PathKey, unknown>)
        : {}
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
