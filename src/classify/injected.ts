// Which injectors will add a sidecar to a pod template, and what memory it will get. Decided by the pod's
// own labels/annotations first, then by a Namespace manifest in the repo; resource annotations without
// any decision in the repo make a sidecar "possibly injected" (the namespace lives elsewhere).
import type {ContainerRef, Workload} from '../extract/workloads.js'
import {groupOf} from '../extract/kinds.js'
import {namespaceFacts, namespaceOf, type NamespaceFacts, type RepoIndex} from '../extract/repo-index.js'
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
  /** the namespace's resource annotations, the defaults for its pods (Linkerd) */
  readonly namespaceDefaults?: {readonly request?: InheritedValue | undefined; readonly limit?: InheritedValue | undefined} | undefined
  /** Istio: some resource annotation is set, so the injector's defaults no longer apply */
  readonly defaultsDropped: boolean
  readonly metadata: MapNode | null
}

/** A value set outside the pod template: a namespace annotation. */
export interface InheritedValue {
  readonly text: string
  readonly label: string
}

export function injectedSidecars(workload: Workload, injectors: readonly Injector[], index: RepoIndex): InjectedSidecar[] {
  const metadata = getMap(workload.template, 'metadata')
  const labels = getMap(metadata, 'labels')
  const annotations = getMap(metadata, 'annotations')
  const namespaceName = namespaceOf(index, workload)
  const namespace = namespaceFacts(index, workload.file.path, namespaceName)
  const out: InjectedSidecar[] = []
  for (const injector of injectors) {
    // Rendered output already holds the injected container: it is checked as a declared sidecar. (An
    // Istio override, a declared istio-proxy the injector merges into its template, is not rendered output.)
    if (workload.containers.some((c) => c.name === injector.container && !isIstioOverride(workload, c, injector, index))) continue
    const decision = decideAcross(injector, workload, namespaceName, labels, annotations, namespace)
    if (decision === 'off') continue
    const request = annotation(annotations, injector.requestAnnotation)
    const limit = annotation(annotations, injector.limitAnnotation)
    const resourceKeys = injector.resourceAnnotations ?? []
    const dropper = resourceKeys.map((key) => annotation(annotations, key)).find((value) => value !== undefined)
    const defaultsDropped = dropper !== undefined
    const namespaceDefaults = injector.namespaceResourceAnnotations && namespace && !namespace.conflict ? inherited(injector, namespaceName, namespace) : undefined
    if (decision === undefined) {
      // Only an injector that can be switched on outside the pod (a namespace label, a cluster-wide
      // default) makes "possibly injected"; and not when the namespace is in the repo and says nothing.
      if (!injector.enable.outsideRepo || (namespace && !namespace.conflict)) continue
      // Istio: proxyCPU alone drops the memory defaults too, so it is as much a sign of injection.
      if (!request && !limit && !dropper) continue
      const because = namespace?.conflict ?? 'its resource annotations are set but injection is decided outside the repo'
      out.push({injector, certainty: 'possible', because, enabler: (limit ?? request ?? dropper)?.node, request, limit, namespaceDefaults, defaultsDropped, metadata})
      continue
    }
    out.push({injector, certainty: decision.certainty, because: decision.because, enabler: decision.node, request, limit, namespaceDefaults, defaultsDropped, metadata})
  }
  return out
}

/**
 * A container named istio-proxy that Istio merges into its injection template rather than a sidecar of its
 * own: the pod is injected (or the image is `auto`) and it is not rendered output (no
 * `sidecar.istio.io/status` annotation, no istio-init / istio-validation beside it). Fields it leaves out,
 * resources included, come from the template. (istio/istio pkg/kube/inject/inject.go, "overrides") One
 * that declares its own memory limit stays a declared sidecar: that limit is the one Istio keeps.
 */
export function isIstioOverride(workload: Workload, container: ContainerRef, injector: Injector, index: RepoIndex): boolean {
  if (injector.id !== 'istio' || container.name !== injector.container) return false
  const metadata = getMap(workload.template, 'metadata')
  if (annotation(getMap(metadata, 'annotations'), 'sidecar.istio.io/status')) return false
  // A limit it declares itself is what Istio keeps: it is checked (and fixed) as a declared sidecar.
  const limits = getMap(getMap(container.node, 'resources'), 'limits')
  if (limits && lookup(limits, 'memory')) return false
  // (`image: auto` is replaced by the injector, so it never appears in rendered output)
  if (container.image === 'auto') return true
  if (workload.containers.some((c) => c.name === 'istio-init' || c.name === 'istio-validation')) return false
  const namespaceName = namespaceOf(index, workload)
  const decision = decideAcross(injector, workload, namespaceName, getMap(metadata, 'labels'), getMap(metadata, 'annotations'), namespaceFacts(index, workload.file.path, namespaceName))
  return decision !== undefined && decision !== 'off' && decision.certainty === 'enabled'
}

/**
 * Definitions of the namespace that disagree: when they would decide this injector alike, that is the
 * decision; otherwise the sidecar is possibly injected.
 */
function decideAcross(injector: Injector, workload: Workload, namespaceName: string, labels: MapNode | null, annotations: MapNode | null, namespace: NamespaceFacts | undefined): Decision {
  if (!namespace?.variants) return decide(injector, workload, namespaceName, labels, annotations, namespace)
  const each = namespace.variants.map((variant) => decide(injector, workload, namespaceName, labels, annotations, variant))
  const kind = (d: Decision) => (d === undefined || d === 'off' ? String(d) : d.certainty)
  if (each.every((d) => kind(d) === kind(each[0]))) return each[0]
  const enabling = each.find((d): d is Exclude<Decision, 'off' | undefined> => d !== undefined && d !== 'off')
  return {because: namespace.conflict ?? '', node: enabling?.node, certainty: 'possible'}
}

type Decision = {because: string; node: Node | undefined; certainty: 'enabled' | 'possible'} | 'off' | undefined

function decide(
  injector: Injector,
  workload: Workload,
  namespaceName: string,
  labels: MapNode | null,
  annotations: MapNode | null,
  namespace: NamespaceFacts | undefined
): Decision {
  const rule = injector.enable
  if (rule.kinds?.some((k) => k.kind === workload.kind && groupOf(workload.apiVersion ?? '') === k.group)) {
    return {because: `every ${workload.kind} of ${groupOf(workload.apiVersion ?? '')} gets one`, node: undefined, certainty: 'enabled'}
  }
  if (rule.cancelledBy && rule.cancelledBy.values.includes(annotation(annotations, rule.cancelledBy.key)?.text ?? '')) return 'off'
  const known = namespace && !namespace.conflict ? namespace : undefined
  const namespaceValue = (ns: NonNullable<typeof rule.namespace>[number]) => (ns.from === 'label' ? known?.labels : known?.annotations)?.get(ns.key)
  // Istio's webhooks match neither a pod in a namespace labelled disabled, whatever the pod says.
  if (rule.namespaceOffWins && rule.namespace?.some((ns) => ns.off?.includes(namespaceValue(ns) ?? '\u0000'))) return 'off'
  for (const podLabel of rule.podLabels ?? []) {
    const value = annotation(labels, podLabel.key)
    if (!value) continue
    if (podLabel.off?.includes(value.text)) return 'off'
    if (podLabel.on.includes('*') || podLabel.on.includes(value.text)) return {because: `label ${podLabel.key}: "${value.text}"`, node: value.node, certainty: 'enabled'}
  }
  let asked: {because: string; node: Node} | undefined
  if (rule.podKey) {
    const value = annotation(annotations, rule.podKey)
    if (value && rule.podOff?.includes(value.text)) return 'off'
    if (value && rule.podOn?.includes(value.text) && !rule.namespaceRequired) return {because: `annotation ${rule.podKey}: "${value.text}"`, node: value.node, certainty: 'enabled'}
    if (value && (rule.podOn?.includes(value.text) || rule.podAsk?.includes(value.text))) {
      const needs = rule.namespace?.[0]
      asked = {because: `annotation ${rule.podKey}: "${value.text}", which injects only in a namespace with the ${needs?.from ?? 'label'} ${needs?.key ?? ''}`, node: value.node}
    }
  }
  for (const ns of rule.namespace ?? []) {
    const value = namespaceValue(ns)
    if (value === undefined || !known) continue
    if (ns.off?.includes(value)) return 'off'
    if (ns.on.includes('*') || ns.on.includes(value)) {
      return {because: `namespace ${namespaceName} has ${ns.key}=${value} (${known.path})`, node: asked?.node, certainty: 'enabled'}
    }
  }
  if (!asked) return undefined
  // The namespace is in the repo and does not enable the webhook: the annotation alone never injects.
  if (known) return 'off'
  return {because: namespace?.conflict ?? asked.because, node: asked.node, certainty: 'possible'}
}

function inherited(injector: Injector, namespaceName: string, namespace: NamespaceFacts): InjectedSidecar['namespaceDefaults'] {
  const read = (key: string): InheritedValue | undefined => {
    const text = namespace.annotations.get(key)
    return text === undefined || text === '' ? undefined : {text, label: `namespace ${namespaceName} ${key} (${namespace.path})`}
  }
  const request = read(injector.requestAnnotation)
  const limit = read(injector.limitAnnotation)
  return request || limit ? {request, limit} : undefined
}

function annotation(map: MapNode | null, key: string): AnnotationValue | undefined {
  if (!map) return undefined
  const node = deref(lookup(map, key)?.value)
  if (node?.type !== 'scalar' || node.value === null || node.value === undefined || node.empty) return undefined
  return {key, text: String(node.value), node}
}
