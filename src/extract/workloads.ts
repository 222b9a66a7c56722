// Stage: parsed documents -> workloads (objects that carry a pod template), with their containers.
import {asMap, asSeq, deref, get, getMap, getSeq, getString, lookup, type Indirection} from '../parse/nodes.js'
import type {MapNode, Node, ParsedDocument, ParsedFile, PathKey} from '../types.js'
import {findKind, type PodTemplateKind} from './kinds.js'

export interface ContainerRef {
  /** the container's own map; for `- *alias` the anchored map (then `via` is set) */
  readonly node: MapNode
  readonly path: readonly PathKey[]
  readonly list: 'containers' | 'initContainers'
  readonly index: number
  readonly name: string | undefined
  readonly image: string | undefined
  readonly restartPolicy: string | undefined
  /** the container map itself is shared through an alias */
  readonly via?: Indirection | undefined
  /** the sequence item as written (the `*alias` when it is one): where findings about this container point */
  readonly item: Node
}

export interface Workload {
  readonly file: ParsedFile
  readonly document: ParsedDocument
  readonly apiVersion: string | undefined
  readonly kind: string
  readonly name: string
  readonly namespace: string | undefined
  readonly object: MapNode
  readonly objectPath: readonly PathKey[]
  /** pod template (metadata + spec); for a Pod, the Pod itself */
  readonly template: MapNode
  readonly templatePath: readonly PathKey[]
  readonly podSpec: MapNode
  readonly podSpecPath: readonly PathKey[]
  readonly replicas: number | undefined
  readonly containers: readonly ContainerRef[]
}

/** Nested `*List` objects deeper than this are not followed (a crafted file could nest forever). */
const MAX_LIST_DEPTH = 8

export function extractWorkloads(file: ParsedFile, kinds: readonly PodTemplateKind[]): Workload[] {
  const found: Workload[] = []
  for (const document of file.documents) {
    const root = asMap(document.root)
    if (root) visitObject(file, document, root, [], kinds, found, 0)
  }
  return found
}

function visitObject(
  file: ParsedFile,
  document: ParsedDocument,
  object: MapNode,
  objectPath: readonly PathKey[],
  kinds: readonly PodTemplateKind[],
  out: Workload[],
  depth: number
): void {
  const kind = getString(object, 'kind')
  const apiVersion = getString(object, 'apiVersion')
  if (kind && (kind === 'List' || kind.endsWith('List')) && depth < MAX_LIST_DEPTH) {
    const items = getSeq(object, 'items')
    items?.items.forEach((item, i) => {
      const map = asMap(item)
      if (map) visitObject(file, document, map, [...objectPath, 'items', i], kinds, out, depth + 1)
    })
    return
  }
  const match = findKind(kinds, apiVersion, kind)
  if (!match || !kind) return
  let template: MapNode | null = object
  for (const key of match.template) template = typeof key === 'string' ? getMap(template, key) : null
  const podSpec = getMap(template, 'spec')
  if (!template || !podSpec) return
  const templatePath = [...objectPath, ...match.template]
  const podSpecPath = [...templatePath, 'spec']
  const metadata = getMap(object, 'metadata')
  const replicasNode = get(getMap(object, 'spec'), 'replicas')
  const replicas =
    replicasNode?.type === 'scalar' && typeof replicasNode.value === 'number' ? replicasNode.value : undefined
  out.push({
    file,
    document,
    apiVersion,
    kind,
    name: getString(metadata, 'name') ?? getString(metadata, 'generateName') ?? '(unnamed)',
    namespace: getString(metadata, 'namespace'),
    object,
    objectPath,
    template,
    templatePath,
    podSpec,
    podSpecPath,
    replicas,
    containers: [
      ...containersOf(podSpec, podSpecPath, 'initContainers'),
      ...containersOf(podSpec, podSpecPath, 'containers')
    ]
  })
}

function containersOf(podSpec: MapNode, podSpecPath: readonly PathKey[], list: ContainerRef['list']): ContainerRef[] {
  const seq = asSeq(lookup(podSpec, list)?.value)
  if (!seq) return []
  const refs: ContainerRef[] = []
  seq.items.forEach((item, index) => {
    const node = asMap(item)
    if (!node) return
    refs.push({
      node,
      path: [...podSpecPath, list, index],
      list,
      index,
      name: getString(node, 'name'),
      image: getString(node, 'image'),
      restartPolicy: getString(node, 'restartPolicy'),
      via: viaAlias(item),
      item: item as Node
    })
  })
  return refs
}

function viaAlias(item: Node | null): Indirection | undefined {
  if (item?.type !== 'alias') return undefined
  const target = deref(item)
  return {kind: 'alias', anchor: item.name, line: target?.anchorLine ?? target?.line ?? item.line}
}
