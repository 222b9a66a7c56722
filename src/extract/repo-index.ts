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
  /** set when definitions of this namespace in one scope disagree: what to say (injection is undecided) */
  readonly conflict?: string | undefined
  /** with `conflict`: each distinct definition */
  readonly variants?: readonly NamespaceFacts[] | undefined
}

/**
 * Where namespace facts hold. A file belongs to the scope of the nearest folder above it that holds a
 * kustomization or a Kptfile (what one `kubectl apply -k` / `kpt live apply` deploys together), else to
 * the run. Filled in by the CLI, which sees the folders; empty for a stream.
 */
export interface Scopes {
  /** folder of a checked file -> its scope root folder */
  readonly rootOf: ReadonlyMap<string, string>
  /** scope root -> the namespace its kustomization sets */
  readonly namespaceOf: ReadonlyMap<string, string>
}

/** A custom resource whose spec sizes an injected sidecar (an OpenTelemetryCollector, a Jaeger instance). */
export interface ResourceOwner {
  readonly kind: string
  readonly namespace: string
  readonly name: string
  readonly path: string
  /** the collector runs as a sidecar (OpenTelemetryCollector mode: sidecar; Jaeger agent strategy: Sidecar) */
  readonly sidecar: boolean
  readonly request?: string | undefined
  readonly limit?: string | undefined
}

export interface RepoIndex {
  /** `kind/namespace/name` -> resource that sizes an injected sidecar */
  readonly owners?: ReadonlyMap<string, ResourceOwner> | undefined
  /** every definition of each namespace, in the order the files were read */
  readonly namespaces: ReadonlyMap<string, readonly NamespaceFacts[]>
  readonly scopes?: Scopes | undefined
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

export const EMPTY_INDEX: RepoIndex = {
  namespaces: new Map(),
  limitRangeMax: new Map(),
  quotaLimit: new Map(),
  limitRangeDefault: new Map()
}

/** The namespace a workload lands in: its own, else the one its kustomization sets, else `default`. */
export function namespaceOf(index: RepoIndex, workload: {namespace: string | undefined; file: {path: string}}): string {
  if (workload.namespace !== undefined) return workload.namespace
  const root = index.scopes?.rootOf.get(folderOf(workload.file.path))
  return (root !== undefined ? index.scopes?.namespaceOf.get(root) : undefined) ?? 'default'
}

/**
 * The definition of `name` that holds for a file: those in the file's own scope, else all of the run's.
 * Definitions that disagree (labels or annotations) leave the namespace undecided.
 */
export function namespaceFacts(index: RepoIndex, file: string, name: string): NamespaceFacts | undefined {
  const all = index.namespaces.get(name)
  if (!all || all.length === 0) return undefined
  const rootOf = (path: string) => index.scopes?.rootOf.get(folderOf(path))
  const scope = rootOf(file)
  const own = scope === undefined ? [] : all.filter((facts) => rootOf(facts.path) === scope)
  const holding = own.length > 0 ? own : all
  const first = holding[0] as NamespaceFacts
  const other = holding.find((facts) => signature(facts) !== signature(first))
  if (!other) return first
  const variants = holding.filter((facts, i) => holding.findIndex((f) => signature(f) === signature(facts)) === i)
  return {
    ...first,
    conflict: `namespace ${name} is defined differently in ${first.path} and ${other.path}, so injection there is undecided`,
    variants
  }
}

/** Namespaces defined differently within one scope (each once), for a run-level warning. */
export function namespaceConflicts(index: RepoIndex): string[] {
  const out = new Set<string>()
  for (const [name, all] of index.namespaces) {
    for (const facts of all) {
      const conflict = namespaceFacts(index, facts.path, name)?.conflict
      if (conflict) out.add(conflict)
    }
  }
  return [...out]
}

function signature(facts: NamespaceFacts): string {
  const sorted = (map: ReadonlyMap<string, string>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([sorted(facts.labels), sorted(facts.annotations)])
}

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut === -1 ? '.' : path.slice(0, cut)
}

/**
 * Cheap text test: can this file hold anything the index reads? Objects are recognised by their resolved
 * `kind`, so the test must hold for every way of writing one (`kind: !!str LimitRange`, `"kind": "List"`,
 * `{kind: Namespace, …}`, `kind: &k Namespace` … `*k`, the value on the next line): the name written as a
 * whole scalar, wherever it stands; or a short double-quoted scalar of letters and escapes
 * (`"Limit\x52ange"`) or with an escaped line break, whose name does not appear as written.
 */
export const INDEX_HINT =
  /(?:^|[\s:"'{[,])(?:Namespace|LimitRange|ResourceQuota|OpenTelemetryCollector|Jaeger|[A-Za-z]*List)["']?[ \t]*(?:$|[\r,}\]#])|"(?:[A-Za-z]|\\[xuU][0-9A-Fa-f]+)*\\(?:[xuU][0-9A-Fa-f]|\r?\n)/m

export function indexFile(file: ParsedFile): RepoIndex {
  const namespaces = new Map<string, NamespaceFacts[]>()
  const limitRangeMax = new Map<string, {bytes: Rational; text: string; name: string}>()
  const quotaLimit = new Map<string, {bytes: Rational; text: string; name: string}>()
  const owners = new Map<string, ResourceOwner>()
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
      const facts = {
        labels: stringMap(getMap(metadata, 'labels')),
        annotations: stringMap(getMap(metadata, 'annotations')),
        path: file.path
      }
      namespaces.set(name, [...(namespaces.get(name) ?? []), facts])
      return
    }
    const namespace = getString(metadata, 'namespace') ?? 'default'
    if (kind === 'OpenTelemetryCollector' || kind === 'Jaeger') {
      const spec = getMap(object, 'spec')
      const agent = kind === 'Jaeger' ? getMap(spec, 'agent') : null
      const resources =
        kind === 'Jaeger' ? (getMap(agent, 'resources') ?? getMap(spec, 'resources')) : getMap(spec, 'resources')
      const sidecar =
        kind === 'Jaeger'
          ? getString(agent, 'strategy')?.toLowerCase() !== 'daemonset'
          : getString(spec, 'mode') === 'sidecar'
      const request = memory(getMap(resources, 'requests'))
      const limit = memory(getMap(resources, 'limits'))
      owners.set(`${kind}/${namespace}/${name}`, {kind, namespace, name, path: file.path, sidecar, request, limit})
      return
    }
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
  return {namespaces, limitRangeMax, quotaLimit, limitRangeDefault, ...(owners.size > 0 ? {owners} : {})}
}

export function mergeIndex(a: RepoIndex, b: RepoIndex): RepoIndex {
  if (b === EMPTY_INDEX) return a
  if (a === EMPTY_INDEX) return b
  const limitRangeMax = new Map(a.limitRangeMax)
  for (const [ns, v] of b.limitRangeMax) keepSmallest(limitRangeMax, ns, v.text, v.name)
  const quotaLimit = new Map(a.quotaLimit)
  for (const [ns, v] of b.quotaLimit) keepSmallest(quotaLimit, ns, v.text, v.name)
  const namespaces = new Map(a.namespaces)
  for (const [name, facts] of b.namespaces) {
    // (a file's own facts are merged again when it is checked: the same definition is kept once)
    const known = namespaces.get(name) ?? []
    const fresh = facts.filter((f) => !known.some((k) => k.path === f.path && signature(k) === signature(f)))
    if (fresh.length > 0) namespaces.set(name, [...known, ...fresh])
  }
  const owners = a.owners && b.owners ? new Map([...a.owners, ...b.owners]) : (a.owners ?? b.owners)
  const limitRangeDefault = new Map(a.limitRangeDefault)
  for (const [ns, v] of b.limitRangeDefault ?? []) keepLargestDefault(limitRangeDefault, ns, v)
  return {
    namespaces,
    scopes: a.scopes ?? b.scopes,
    limitRangeMax,
    quotaLimit,
    limitRangeDefault,
    ...(owners ? {owners} : {})
  }
}

function containerDefaults(item: MapNode | null, name: string): LimitRangeDefault {
  const read = (key: string) => {
    const text = memory(getMap(item, key))
    const parsed = text === undefined ? undefined : parseQuantity(text)
    return parsed?.ok && parsed.quantity.value.n >= 0n
      ? {bytes: parsed.quantity.value, text: text as string, key}
      : undefined
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
  if (
    !current ||
    (value.limit &&
      (!current.limit || value.limit.bytes.n * current.limit.bytes.d > current.limit.bytes.n * value.limit.bytes.d))
  )
    target.set(namespace, value)
}

function memory(map: MapNode | null): string | undefined {
  return getString(map, 'memory')
}

function keepSmallest(
  target: Map<string, {bytes: Rational; text: string; name: string}>,
  namespace: string,
  text: string | undefined,
  name: string
): void {
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
    if (pair.key !== undefined && value?.type === 'scalar' && value.value !== null && value.value !== undefined)
      out.set(pair.key, String(value.value))
  }
  return out
}
