// The fidelity properties `fix` promises, checked on one text. `checkText` needs nothing but the text
// (so a failing case can be minimised line by line); `checkCase` adds what the generator knows: the
// expected data and which sidecars a fix must bring up to the rule.
import {isDeepStrictEqual} from 'node:util'
import {parseAllDocuments} from 'yaml'
import {resolveSettings, type Settings} from '../../src/config/settings.js'
import {analyzeText, type FileResult, type ReportedFinding} from '../../src/engine/analyze.js'
import {detectEol} from '../../src/parse/line-index.js'
import {parseYaml} from '../../src/parse/yaml-adapter.js'
import {parseQuantity} from '../../src/quantity/parse.js'
import {requiredLimitBytes} from '../../src/quantity/memory.js'
import type {Edit, PathKey} from '../../src/types.js'
import {NATIVE_NAMES, type BuiltCase} from './manifests.js'
import {DEFAULT_SIDECARS} from '../../src/classify/patterns.js'

let defaults: Settings | undefined
/**
 * Every sidecar class (and every native sidecar name the generator uses) has a configured limit: the
 * generated sidecars are mostly unbounded, which fix never sizes without evidence (issue 12), and the fuzzer
 * is here to exercise the edits, inserted `resources` blocks included.
 */
export function settings(): Settings {
  const ids = [...DEFAULT_SIDECARS.map((c) => c.id), ...NATIVE_NAMES]
  defaults ??= resolveSettings({sidecars: Object.fromEntries(ids.map((id) => [id, {limit: '64Mi'}]))})
  return defaults
}

export interface Outcome {
  /** what went wrong, one line each; empty when every property holds */
  readonly violations: string[]
  readonly output?: string | undefined
  readonly fixed: number
}

/** Plain data of every document, the way Kubernetes' reader sees it (merge keys honoured). */
export function documentsData(text: string): {ok: true; docs: unknown[]} | {ok: false; error: string} {
  const docs = parseAllDocuments(text, {merge: true, prettyErrors: false})
  const list = Array.isArray(docs) ? docs : []
  for (const doc of list)
    if (doc.errors.length > 0) return {ok: false, error: doc.errors[0]?.message.split('\n')[0] ?? 'error'}
  try {
    return {ok: true, docs: list.map((d) => structuredClone(d.toJS({maxAliasCount: -1})) as unknown)}
  } catch (error) {
    return {ok: false, error: (error as Error).message}
  }
}

function splice(text: string, edits: readonly Edit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)
  let out = ''
  let at = 0
  for (const edit of sorted) {
    if (edit.range.start < at) return undefined
    out += text.slice(at, edit.range.start) + edit.text
    at = edit.range.end
  }
  return out + text.slice(at)
}

function containerPathOf(path: readonly PathKey[]): readonly PathKey[] {
  const at = path.lastIndexOf('resources')
  return at === -1 ? path : path.slice(0, at)
}

function at(root: unknown, path: readonly PathKey[]): unknown {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PathKey, unknown>)[key]
  }
  return node
}

/** The container with its resources reduced to everything but memory, so a fix may change only memory. */
function withoutMemory(container: unknown): unknown {
  if (container === null || typeof container !== 'object' || Array.isArray(container)) return container
  const copy = structuredClone(container) as Record<string, unknown>
  const resources = copy.resources
  if (resources === null || resources === undefined) {
    delete copy.resources
    return copy
  }
  if (typeof resources === 'object' && !Array.isArray(resources)) {
    const r = resources as Record<string, unknown>
    for (const section of ['limits', 'requests']) {
      const value = r[section]
      if (value && typeof value === 'object') delete (value as Record<string, unknown>).memory
      if (value === null || (value && typeof value === 'object' && Object.keys(value).length === 0)) delete r[section]
    }
    if (Object.keys(r).length === 0) delete copy.resources
  }
  return copy
}

function blank(root: unknown, path: readonly PathKey[]): unknown {
  if (path.length === 0) return '<container>'
  const copy = root
  let node = copy
  for (const key of path.slice(0, -1)) node = (node as Record<PathKey, unknown>)[key]
  if (node && typeof node === 'object')
    (node as Record<PathKey, unknown>)[path[path.length - 1] as PathKey] = '<container>'
  return copy
}

/** limit >= request × drift × (1 + headroom), with an explicit request (else the limit is the request). */
export function meetsRule(container: unknown): string | undefined {
  const resources = (
    container as {resources?: {limits?: {memory?: unknown}; requests?: {memory?: unknown}}} | undefined
  )?.resources
  const limit = resources?.limits?.memory
  const request = resources?.requests?.memory
  if (limit === undefined || limit === null) return 'has no memory limit'
  const l = parseQuantity(limit as string | number)
  if (!l.ok) return `limit ${String(limit)} is not a quantity`
  if (request === undefined || request === null)
    return 'has a limit but no request (the request would follow the limit)'
  const r = parseQuantity(request as string | number)
  if (!r.ok) return `request ${String(request)} is not a quantity`
  const st = settings()
  const required = requiredLimitBytes(r.quantity.value, st.drift.value, st.headroom.value)
  const lv = l.quantity.value
  if (lv.n < BigInt(required) * lv.d)
    return `limit ${String(limit)} < required ${required} bytes for request ${String(request)}`
  return undefined
}

const SAFE_REASONS = /anchor|alias|merge key|block scalar/

/**
 * `lenient`: the text may be anything (mutated, invalid): a refused fix (verify-failed, unfixable for any
 * reason) is fine; only what is written is held to the properties.
 */
export function checkText(text: string, options: {json?: boolean; path?: string; lenient?: boolean} = {}): Outcome {
  const violations: string[] = []
  const path = options.path ?? (options.json ? 'fuzz.json' : 'fuzz.yaml')
  let first: FileResult
  try {
    first = analyzeText({path, text}, settings(), {fix: true})
  } catch (error) {
    return {violations: [`fix threw: ${(error as Error).stack ?? String(error)}`], fixed: 0}
  }
  const fixedFindings = first.findings.filter((f) => f.status === 'fixed')
  for (const f of options.lenient ? [] : first.findings) {
    if (f.status === 'verify-failed')
      violations.push(`verify-failed: ${f.subject?.container ?? '?'} (${f.message}): ${f.reason ?? ''}`)
    if (f.status === 'skipped-overlap')
      violations.push(`skipped-overlap: ${f.subject?.container ?? '?'}: ${f.reason ?? ''}`)
    if (f.status === 'unfixable' && f.ruleId === 'sidecar-memory-headroom' && !SAFE_REASONS.test(f.reason ?? '')) {
      violations.push(`unfixable: ${f.subject?.container ?? '?'}: ${f.reason ?? ''}`)
    }
  }
  const out = first.output
  if (out === undefined) {
    if (fixedFindings.length > 0) violations.push('findings are marked fixed but there is no output')
    return {violations, fixed: 0}
  }
  if (fixedFindings.length === 0) violations.push('output changed without a fixed finding')

  // Every byte outside the edit ranges is unchanged: the output is the original with exactly these edits.
  const edits = fixedFindings.flatMap((f) => f.fix?.edits ?? [])
  const spliced = splice(text, edits)
  if (spliced === undefined) violations.push('edits of fixed findings overlap')
  else if (spliced !== out) violations.push('output is not the original with the reported edits applied')
  // Inserted lines end like most of the file's lines (a mixed file gets its majority).
  const crlf = detectEol(text) === '\r\n'
  for (const edit of edits) {
    const replaced = text.slice(edit.range.start, edit.range.end)
    if (/[\r\n#]/.test(replaced)) violations.push(`an edit replaces more than a value: ${JSON.stringify(replaced)}`)
    if (crlf && /(^|[^\r])\n/.test(edit.text))
      violations.push(`an edit inserts a bare LF into a CRLF file: ${JSON.stringify(edit.text)}`)
    if (!crlf && edit.text.includes('\r'))
      violations.push(`an edit inserts CR into an LF file: ${JSON.stringify(edit.text)}`)
    if (edit.text.includes('\t')) violations.push('an edit inserts a tab')
  }
  if (text.startsWith('\uFEFF') !== out.startsWith('\uFEFF')) violations.push('the BOM changed')
  if (/\r?\n$/.test(text) !== /\r?\n$/.test(out)) violations.push('the final line break changed')

  // The text re-parses (ours and the yaml library's view), and JSON stays JSON.
  const ours = parseYaml({path, text: out})
  if (!ours.ok) violations.push(`output does not parse: ${ours.problems[0]?.message}`)
  if (options.json && (!options.lenient || isJson(text))) {
    try {
      JSON.parse(out)
    } catch (error) {
      violations.push(`output is not JSON any more: ${(error as Error).message}`)
    }
  }
  const before = documentsData(text)
  const after = documentsData(out)
  // (A broken input, e.g. an alias without its anchor, may be fixed in a document that is not broken.)
  if (!after.ok && before.ok) violations.push(`output does not parse (yaml): ${after.error}`)
  if (before.ok && after.ok) {
    if (before.docs.length !== after.docs.length)
      violations.push(`document count ${before.docs.length} -> ${after.docs.length}`)
    // The data differs only in the resources of the containers a fix targeted, and there only in memory.
    const targets = new Map<string, {document: number; path: readonly PathKey[]}>()
    for (const f of fixedFindings) {
      for (const change of f.fix?.changes ?? []) {
        const container = containerPathOf(change.path)
        targets.set(`${change.document}:${JSON.stringify(container)}`, {document: change.document, path: container})
      }
    }
    const b = structuredClone(before.docs)
    const a = structuredClone(after.docs)
    for (const {document, path: cpath} of targets.values()) {
      const cb = at(b[document], cpath)
      const ca = at(a[document], cpath)
      if (!isDeepStrictEqual(withoutMemory(cb), withoutMemory(ca))) {
        violations.push(`container ${JSON.stringify(cpath)} changed outside its memory values`)
      }
      const problem = meetsRule(ca)
      if (problem) violations.push(`fixed container ${JSON.stringify(cpath)} ${problem}`)
      b[document] = blank(b[document], cpath)
      a[document] = blank(a[document], cpath)
    }
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (!isDeepStrictEqual(a[i], b[i])) violations.push(`document ${i + 1} changed outside the fixed containers`)
    }
  }

  // A second fix is a no-op, and check on the result has nothing left to fix (unless a fix was skipped
  // because it overlapped another: then the second run is meant to do it).
  if (first.findings.some((f) => f.status === 'skipped-overlap'))
    return {violations, output: out, fixed: fixedFindings.length}
  try {
    const second = analyzeText({path, text: out}, settings(), {fix: true})
    if (second.output !== undefined) violations.push('a second fix changes the text again')
    const check = analyzeText({path, text: out}, settings(), {fix: false})
    const fixable = check.findings.filter((f: ReportedFinding) => f.fix !== undefined)
    const refused = first.findings.some((f) => f.status === 'verify-failed' || f.status === 'unfixable')
    if (fixable.length > 0 && !(options.lenient && refused))
      violations.push(`check after fix still has ${fixable.length} fixable finding(s): ${fixable[0]?.message}`)
  } catch (error) {
    violations.push(`second run threw: ${(error as Error).message}`)
  }
  return {violations, output: out, fixed: fixedFindings.length}
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** checkText plus what the generator knows: the text means the model, and every fixable sidecar is fixed. */
export function checkCase(built: BuiltCase): Outcome {
  const before = documentsData(built.text)
  const generator: string[] = []
  if (!before.ok) generator.push(`generator: the text does not parse: ${before.error}`)
  else if (!isDeepStrictEqual(before.docs, structuredClone(built.data)))
    generator.push('generator: the text does not mean the model data')
  if (generator.length > 0) return {violations: generator, fixed: 0}

  const outcome = checkText(built.text, {json: built.json})
  const violations = [...outcome.violations]
  const final = documentsData(outcome.output ?? built.text)
  if (final.ok) {
    for (const sidecar of built.sidecars) {
      const beforeContainer = at((before as {docs: unknown[]}).docs[sidecar.document], sidecar.path)
      const afterContainer = at(final.docs[sidecar.document], sidecar.path)
      if (sidecar.fixable) {
        const problem = meetsRule(afterContainer)
        if (problem) {
          violations.push(
            `sidecar ${sidecar.name} at ${JSON.stringify(sidecar.path)} (${sidecar.why}) ${problem} after fix`
          )
        }
      } else if (!isDeepStrictEqual(beforeContainer, afterContainer)) {
        violations.push(`sidecar ${sidecar.name} at ${JSON.stringify(sidecar.path)} changed although ${sidecar.why}`)
      }
    }
  }
  return {violations, output: outcome.output, fixed: outcome.fixed}
}
