// The KRM function (kpt, kustomize): a config.kubernetes.io/v1 ResourceList in, the same ResourceList out
// with its items fixed in place and a `results` list of what was found. The output is the input text
// with edits (items keep their comments, quoting and internal.config.kubernetes.io/* annotations) and
// the results appended, so nothing the orchestrator relies on is re-serialised.
import {stringify} from 'yaml'
import {ConfigError} from '../../config/validate.js'
import type {ReportedFinding} from '../../engine/analyze.js'
import {EMPTY_INDEX, indexFile} from '../../extract/repo-index.js'
import {asMap, getSeq, lookup} from '../../parse/nodes.js'
import {parseYaml} from '../../parse/yaml-adapter.js'
import type {MapNode, PathKey} from '../../types.js'
import {describe} from '../../report/github.js'
import {FunctionConfigError, functionOptions, type FunctionOptions, type KrmFailOn} from './function-config.js'
import {leftOutNote} from '../../report/left-out.js'
import {fixObjects, type ObjectOutcome, type ObjectRef} from './items.js'

export const RESOURCE_LIST_API_VERSION = 'config.kubernetes.io/v1'
export const RESOURCE_LIST_KIND = 'ResourceList'

export interface KrmOutcome {
  readonly code: 0 | 1
  readonly stdout: string
  readonly stderr: string
}

export interface KrmResult {
  message: string
  severity: 'error' | 'warning' | 'info'
  resourceRef?: {apiVersion?: string; kind?: string; name?: string; namespace?: string}
  field?: {path: string; currentValue?: unknown; proposedValue?: unknown}
  file?: {path: string; index?: number}
  tags?: Record<string, string>
}

/** Processes one ResourceList; never throws for bad input (the reason goes to stderr, exit 1). */
export function runResourceList(text: string): KrmOutcome {
  const failed = (reason: string): KrmOutcome => ({code: 1, stdout: '', stderr: `headroom krm: ${reason}\n`})
  if (text.trim() === '') return failed('empty input on stdin; expected a config.kubernetes.io/v1 ResourceList')
  const parsed = parseYaml({path: '<ResourceList>', text})
  if (!parsed.ok) {
    const problem = parsed.problems[0]
    return failed(`the input is not valid YAML${problem ? ` (line ${problem.line}: ${problem.message})` : ''}`)
  }
  const document = parsed.file.documents[0]
  const root = asMap(document?.root)
  const data = document?.toData() as Record<string, unknown> | null | undefined
  if (parsed.file.documents.length !== 1 || !root || !data || data.kind !== RESOURCE_LIST_KIND) {
    return failed(`expected one ${RESOURCE_LIST_API_VERSION} ${RESOURCE_LIST_KIND} on stdin`)
  }
  if (data.apiVersion !== RESOURCE_LIST_API_VERSION && data.apiVersion !== 'config.kubernetes.io/v1alpha1') {
    return failed(
      `unsupported ResourceList apiVersion ${JSON.stringify(data.apiVersion)}; expected ${RESOURCE_LIST_API_VERSION}`
    )
  }
  let options: FunctionOptions
  try {
    options = functionOptions(data.functionConfig)
  } catch (error) {
    if (error instanceof FunctionConfigError || error instanceof ConfigError) return failed(error.message)
    throw error
  }

  const itemsData = Array.isArray(data.items) ? (data.items as unknown[]) : []
  const refs: ObjectRef[] = []
  getSeq(root, 'items')?.items.forEach((node, position) => {
    const map = asMap(node)
    const itemData = itemsData[position]
    if (map && node?.type === 'map' && isRecord(itemData)) refs.push({node: map, data: itemData, position})
  })
  const index = refs.length > 0 ? indexFile(parsed.file) : EMPTY_INDEX
  const {text: fixed, outcomes} = fixObjects(text, refs, {
    fix: options.mode === 'fix',
    settings: options.settings,
    selection: options.selection,
    index,
    path: '<ResourceList>',
    objectsOf: (t) => {
      const again = parseYaml({path: '<ResourceList>', text: t})
      const items = again.ok ? (again.file.documents[0]?.toData() as {items?: unknown} | null)?.items : undefined
      return Array.isArray(items) ? items : undefined
    }
  })

  const results = outcomes.flatMap((o) => resultsOf(o, options.mode === 'fix'))
  if (options.selection) {
    const leftOut = outcomes.reduce((sum, o) => sum + (o.result.leftOut ?? 0), 0)
    results.push({
      message: leftOutNote(options.selection, leftOut)
        .replace(/^headroom: /, '')
        .trim(),
      severity: 'info'
    })
  }
  const stdout = withResults(fixed, root, results)
  const failing = failingResults(outcomes, options.failOn)
  if (failing.length > 0) {
    const lines = failing.map((f) => `  ${f.severity}: ${describe(f)}`)
    return {
      code: 1,
      stdout,
      stderr: `headroom krm: ${failing.length} finding${failing.length === 1 ? '' : 's'} left at failOn ${options.failOn}:\n${lines.join('\n')}\n`
    }
  }
  return {code: 0, stdout, stderr: ''}
}

/** Findings still present (not fixed) at or above the failOn level. */
export function failingResults(outcomes: readonly ObjectOutcome[], failOn: KrmFailOn): ReportedFinding[] {
  if (failOn === 'never') return []
  return outcomes
    .flatMap((o) => o.result.findings)
    .filter(
      (f) => f.status !== 'fixed' && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'))
    )
}

function resultsOf(outcome: ObjectOutcome, fixMode: boolean): KrmResult[] {
  if (outcome.skipped) return []
  const item = outcome.ref.data
  const metadata = isRecord(item.metadata) ? item.metadata : {}
  const annotations = isRecord(metadata.annotations) ? metadata.annotations : {}
  const resourceRef = compact({
    apiVersion: str(item.apiVersion),
    kind: str(item.kind),
    name: str(metadata.name),
    namespace: str(metadata.namespace)
  })
  const filePath =
    str(annotations['internal.config.kubernetes.io/path']) ?? str(annotations['config.kubernetes.io/path'])
  const fileIndex = Number(
    annotations['internal.config.kubernetes.io/index'] ?? annotations['config.kubernetes.io/index']
  )
  return outcome.result.findings.map((finding) => {
    const fixed = fixMode && finding.status === 'fixed'
    const result: KrmResult = {
      message: fixed ? `fixed: ${finding.message}` : describe(finding),
      severity: fixed ? 'info' : finding.severity,
      resourceRef
    }
    const change = finding.fix?.changes[0]
    if (change) {
      const current = valueAt(item, change.path)
      result.field = {
        path: fieldPath(change.path),
        ...(current === undefined ? {} : {currentValue: current}),
        proposedValue: change.value
      }
    }
    if (filePath !== undefined)
      result.file = {path: filePath, ...(Number.isInteger(fileIndex) ? {index: fileIndex} : {})}
    result.tags = {
      rule: finding.ruleId,
      ...(finding.subject ? {container: finding.subject.container} : {}),
      ...(finding.status ? {status: finding.status} : {})
    }
    return result
  })
}

/** `spec.template.spec.containers[1].resources.limits.memory`; keys with dots or brackets are quoted. */
export function fieldPath(keys: readonly PathKey[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else if (/^[A-Za-z0-9_-]+$/.test(key)) out += out === '' ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out
}

function valueAt(data: unknown, keys: readonly PathKey[]): unknown {
  let current: unknown = data
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current === null || typeof current === 'object' ? undefined : current
}

/** The ResourceList text with `results` appended (or replacing an existing `results` entry). */
function withResults(text: string, root: MapNode, results: readonly KrmResult[]): string {
  if (results.length === 0) return text
  const existing = lookup(root, 'results')
  let base = text
  let previous: unknown[] = []
  if (existing && !existing.via && existing.pair.keyNode) {
    const again = parseYaml({path: '<ResourceList>', text})
    const data = again.ok ? (again.file.documents[0]?.toData() as {results?: unknown} | null) : null
    previous = Array.isArray(data?.results) ? data.results : []
    // Cut the old entry from the start of its key's line to the end of its value's line.
    const start = text.lastIndexOf('\n', existing.pair.range.start - 1) + 1
    const eol = text.indexOf('\n', existing.pair.range.end)
    base = text.slice(0, start) + text.slice(eol === -1 ? text.length : eol + 1)
  }
  const eol = base.includes('\r\n') ? '\r\n' : '\n'
  const block = stringify({results: [...previous, ...results]}, {lineWidth: 0}).replace(/\n/g, eol)
  return (base.endsWith('\n') || base === '' ? base : base + eol) + block
}

function compact<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key]
  return object
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
