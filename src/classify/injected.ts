// Which injectors will add a sidecar to a pod template, and what memory it will get. Decided by the pod's
// own labels/annotations first, then by a Namespace manifest in the repo; resource annotations without
// any decision in the repo make a sidecar "possibly injected" (the namespace lives elsewhere).
import type {Workload} from '../extract/workloads.js'
import {groupOf} from '../extract/kinds.js'
import type {RepoIndex} from '../extract/repo-index.js'
import {deref, getMap, lookup} from '../parse/nodes.js'
import type {MapNode, Node, ScalarNode} from '../types.js'
import type {Injector} from './injectors.js'

export interface AnnotationValue {
  readonly key: string
  readonly text: string
  readonly node: ScalarNode
}

export interface InjectedSidecar {
  readonly injector: Injector
  readonly certainty: 'enabled' | 'possible'
  /** what decided it, for messages */
  readonly because: string
  readonly enabler: Node | undefined
  readonly request: AnnotationValue | undefined
  readonly limit: AnnotationValue | undefined
  /** Istio: some resource annotation is set, so the injector's defaults no longer apply */
  readonly defaultsDropped: boolean
  readonly metadata: MapNode | null
}

export function injectedSidecars(workload: Workload, injectors: readonly Injector[], index: RepoIndex): InjectedSidecar[] {
  const metadata = getMap(workload.template, 'metadata')
  const labels = getMap(metadata, 'labels')
  const annotations = getMap(metadata, 'annotations')
  const namespace = index.namespaces.get(workload.namespace ?? 'default')
  const out: InjectedSidecar[] = []
  for (const injector of injectors) {
    // Rendered output already holds the injected container: it is checked as a declared sidecar.
    if (workload.containers.some((c) => c.name === injector.container)) continue
    const decision = decide(injector, workload, labels, annotations, namespace)
    if (decision === 'off') continue
    const request = annotation(annotations, injector.requestAnnotation)
    const limit = annotation(annotations, injector.limitAnnotation)
    const resourceKeys = injector.resourceAnnotations ?? []
    const dropper = resourceKeys.map((key) => annotation(annotations, key)).find((value) => value !== undefined)
    const defaultsDropped = dropper !== undefined
    if (decision === undefined) {
      // Only an injector that can be switched on outside the pod (a namespace label, a cluster-wide
      // default) makes "possibly injected"; and not when the namespace is in the repo and says nothing.
      if (!injector.enable.outsideRepo || namespace) continue
      // Istio: proxyCPU alone drops the memory defaults too, so it is as much a sign of injection.
      if (!request && !limit && !dropper) continue
      out.push({injector, certainty: 'possible', because: 'its resource annotations are set but injection is decided outside the repo', enabler: (limit ?? request ?? dropper)?.node, request, limit, defaultsDropped, metadata})
      continue
    }
    out.push({injector, certainty: 'enabled', because: decision.because, enabler: decision.node, request, limit, defaultsDropped, metadata})
  }
  return out
}

type Decision = {because: string; node: Node | undefined} | 'off' | undefined

function decide(
  injector: Injector,
  workload: Workload,
  labels: MapNode | null,
  annotations: MapNode | null,
  namespace: {labels: ReadonlyMap<string, string>; annotations: ReadonlyMap<string, string>; path: string} | undefined
): Decision {
  const rule = injector.enable
  if (rule.kinds?.some((k) => k.kind === workload.kind && groupOf(workload.apiVersion ?? '') === k.group)) {
    return {because: `every ${workload.kind} of ${groupOf(workload.apiVersion ?? '')} gets one`, node: undefined}
  }
  if (rule.cancelledBy && rule.cancelledBy.values.includes(annotation(annotations, rule.cancelledBy.key)?.text ?? '')) return 'off'
  // Istio's webhooks match neither a pod in a namespace labelled disabled, whatever the pod says.
  if (rule.namespaceOffWins && namespace && rule.namespace?.some((ns) => ns.off?.includes(namespace.labels.get(ns.key) ?? ''))) return 'off'
  if (rule.podKey) {
    const sources: [MapNode | null, string][] = rule.podLabel ? [[labels, 'label'], [annotations, 'annotation']] : [[annotations, 'annotation']]
    for (const [map, what] of sources) {
      const value = annotation(map, rule.podKey)
      if (!value) continue
      if (rule.podOff?.includes(value.text)) return 'off'
      if (rule.podOn?.includes(value.text)) return {because: `${what} ${rule.podKey}: "${value.text}"`, node: value.node}
    }
  }
  for (const ns of rule.namespace ?? []) {
    const value = namespace?.labels.get(ns.key) ?? namespace?.annotations.get(ns.key)
    if (value === undefined || !namespace) continue
    if (ns.off?.includes(value)) return 'off'
    if (ns.on.includes('*') || ns.on.includes(value)) {
      return {because: `namespace ${workload.namespace} has ${ns.key}=${value} (${namespace.path})`, node: undefined}
    }
  }
  return undefined
}

function annotation(map: MapNode | null, key: string): AnnotationValue | undefined {
  if (!map) return undefined
  const node = deref(lookup(map, key)?.value)
  if (node?.type !== 'scalar' || node.value === null || node.value === undefined || node.empty) return undefined
  return {key, text: String(node.value), node}
}
