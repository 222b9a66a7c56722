// Facts about namespaces that live in other documents (often other files) of the same repo: Namespace
// labels that turn on sidecar injection, LimitRange maxima and ResourceQuota totals.
import {asMap, get, getMap, getSeq, getString} from '../parse/nodes.js'
import {parseQuantity} from '../quantity/parse.js'
import type {Rational} from '../quantity/rational.js'
import type {MapNode, ParsedFile} from '../types.js'

export interface NamespaceFacts {
  readonly labels: ReadonlyMap<string, string>
  readonly annotations: ReadonlyMap<string, string>
  readonly path: string
}

export interface RepoIndex {
  readonly namespaces: ReadonlyMap<string, NamespaceFacts>
  /** namespace -> smallest container `max.memory` of its LimitRanges */
  readonly limitRangeMax: ReadonlyMap<string, {bytes: Rational; text: string; name: string}>
  /** namespace -> smallest `limits.memory` hard quota */
  readonly quotaLimit: ReadonlyMap<string, {bytes: Rational; text: string; name: string}>
  /** namespace -> what LimitRange admission gives a container that sets no memory limit / request */
  readonly limitRangeDefault?: ReadonlyMap<string, LimitRangeDefault> | undefined
}

/**
 * A LimitRange `type: Container` item's memory defaults after API defaulting (SetDefaults_LimitRangeItem
 * in kubernetes pkg/apis/core/v1/defaults.go): `default` falls back to `max`, `defaultRequest` to
 * `default`, then to `min`.
 */
export interface LimitRangeDefault {
  readonly name: string
  readonly limit: {bytes: Rational; text: string; key: string} | undefined
  readonly request: {bytes: Rational; text: string; key: string} | undefined
}

export const EMPTY_INDEX: RepoIndex = {namespaces: new Map(), limitRangeMax: new Map(), quotaLimit: new Map(), limitRangeDefault: new Map()}

/** Cheap text test: can this file hold anything the index reads? */
export const INDEX_HINT = /kind["']?\s*:\s*["']?(Namespace|LimitRange|ResourceQuota|\w*List)\b/

export function indexFile(file: ParsedFile): RepoIndex {
  const namespaces = new Map<string, NamespaceFacts>()
  const limitRangeMax = new Map<string, {bytes: Rational; text: string; name: string}>()
  const quotaLimit = new Map<string, {bytes: Rational; text: string; name: string}>()
  const limitRangeDefault = new Map<string, LimitRangeDefault>()
  const visit = (object: MapNode, depth: number): void => {
    const kind = getString(object, 'kind')
    if (kind?.endsWith('List') && depth < 4) {
      for (const item of getSeq(object, 'items')?.items ?? []) {
        const map = asMap(item)
        if (map) visit(map, depth + 1)
      }
      return
    }
    const metadata = getMap(object, 'metadata')
    const name = getString(metadata, 'name')
    if (!name) return
    if (kind === 'Namespace') {
      namespaces.set(name, {labels: stringMap(getMap(metadata, 'labels')), annotations: stringMap(getMap(metadata, 'annotations')), path: file.path})
      return
    }
    const namespace = getString(metadata, 'namespace') ?? 'default'
    if (kind === 'LimitRange') {
      for (const limit of getSeq(getMap(object, 'spec'), 'limits')?.items ?? []) {
        const map = asMap(limit)
        if (getString(map, 'type') !== 'Container') continue
        keepSmallest(limitRangeMax, namespace, memory(getMap(map, 'max')), name)
        keepLargestDefault(limitRangeDefault, namespace, containerDefaults(map, name))
      }
    } else if (kind === 'ResourceQuota') {
      const hard = getMap(getMap(object, 'spec'), 'hard')
      const text = getString(hard, 'limits.memory')
      keepSmallest(quotaLimit, namespace, text, name)
    }
  }
  for (const doc of file.documents) {
    const root = asMap(doc.root)
    if (root) visit(root, 0)
  }
  return {namespaces, limitRangeMax, quotaLimit, limitRangeDefault}
}

export function mergeIndex(a: RepoIndex, b: RepoIndex): RepoIndex {
  if (b === EMPTY_INDEX) return a
  if (a === EMPTY_INDEX) return b
  const limitRangeMax = new Map(a.limitRangeMax)
  for (const [ns, v] of b.limitRangeMax) keepSmallest(limitRangeMax, ns, v.text, v.name)
  const quotaLimit = new Map(a.quotaLimit)
  for (const [ns, v] of b.quotaLimit) keepSmallest(quotaLimit, ns, v.text, v.name)
  const limitRangeDefault = new Map(a.limitRangeDefault)
  for (const [ns, v] of b.limitRangeDefault ?? []) keepLargestDefault(limitRangeDefault, ns, v)
  return {namespaces: new Map([...a.namespaces, ...b.namespaces]), limitRangeMax, quotaLimit, limitRangeDefault}
}

function containerDefaults(item: MapNode | null, name: string): LimitRangeDefault {
  const read = (key: string) => {
    const text = memory(getMap(item, key))
    const parsed = text === undefined ? undefined : parseQuantity(text)
    return parsed?.ok && parsed.quantity.value.n >= 0n ? {bytes: parsed.quantity.value, text: text as string, key} : undefined
  }
  const limit = read('default') ?? read('max')
  return {name, limit, request: read('defaultRequest') ?? limit ?? read('min')}
}

/**
 * With several LimitRanges the admission order decides which default a container gets; the largest
 * default limit is kept, so a fix measured against it can only ever raise what the container gets.
 */
function keepLargestDefault(target: Map<string, LimitRangeDefault>, namespace: string, value: LimitRangeDefault): void {
  if (!value.limit && !value.request) return
  const current = target.get(namespace)
  if (!current || (value.limit && (!current.limit || value.limit.bytes.n * current.limit.bytes.d > current.limit.bytes.n * value.limit.bytes.d))) target.set(namespace, value)
}

function memory(map: MapNode | null): string | undefined {
  return getString(map, 'memory')
}

function keepSmallest(target: Map<string, {bytes: Rational; text: string; name: string}>, namespace: string, text: string | undefined, name: string): void {
  if (text === undefined) return
  const parsed = parseQuantity(text)
  if (!parsed.ok) return
  const bytes = parsed.quantity.value
  const current = target.get(namespace)
  if (!current || bytes.n * current.bytes.d < current.bytes.n * bytes.d) target.set(namespace, {bytes, text, name})
}

function stringMap(map: MapNode | null): Map<string, string> {
  const out = new Map<string, string>()
  for (const pair of map?.pairs ?? []) {
    const value = get(map, pair.key ?? '')
    if (pair.key !== undefined && value?.type === 'scalar' && value.value !== null && value.value !== undefined) out.set(pair.key, String(value.value))
  }
  return out
}
