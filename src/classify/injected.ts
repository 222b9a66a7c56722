// Which injectors will add a sidecar to a pod template, and what memory it will get. Decided by the pod's
// own labels/annotations first, then by a Namespace manifest in the repo; resource annotations without
// any decision in the repo make a sidecar "possibly injected" (the namespace lives elsewhere).
import type {ContainerRef, Workload} from '../extract/workloads.js'
import {groupOf} from '../extract/kinds.js'
import {
  namespaceFacts,
  namespaceOf,
  type NamespaceFacts,
  type RepoIndex,
  type ResourceOwner
} from '../extract/repo-index.js'
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
  /**
   * memory set outside the pod template: the namespace's resource annotations (Linkerd), or the custom
   * resource that sizes the sidecar (an OpenTelemetryCollector)
   */
  readonly inherited?:
    | {readonly request?: InheritedValue | undefined; readonly limit?: InheritedValue | undefined}
    | undefined
  /** why a fix cannot be written on this pod template (the size is set in another object) */
  readonly unfixable?: string | undefined
  /** Istio: some resource annotation is set, so the injector's defaults no longer apply */
  readonly defaultsDropped: boolean
  readonly metadata: MapNode | null
}

/** A value set outside the pod template: a namespace annotation. */
export interface InheritedValue {
  readonly text: string
  readonly label: string
}

export function injectedSidecars(
  workload: Workload,
  injectors: readonly Injector[],
  index: RepoIndex
): InjectedSidecar[] {
  const metadata = getMap(workload.template, 'metadata')
  const labels = getMap(metadata, 'labels')
  const annotations = getMap(metadata, 'annotations')
  const namespaceName = namespaceOf(index, workload)
  const namespace = namespaceFacts(index, workload.file.path, namespaceName)
  const out: InjectedSidecar[] = []
  for (const injector of injectors) {
    // Rendered output already holds the injected container: it is checked as a declared sidecar. (An
    // Istio override, a declared istio-proxy the injector merges into its template, is not rendered output.)
    if (
      workload.containers.some((c) => c.name === injector.container && !isIstioOverride(workload, c, injector, index))
    )
      continue
    const decision = decideAcross(injector, workload, namespaceName, labels, annotations, namespace)
    if (decision === 'off') continue
    const request = annotation(annotations, injector.requestAnnotation)
    const limit = annotation(annotations, injector.limitAnnotation)
    // GKE Cloud Storage FUSE: a zero limit asks for none on purpose.
    if (injector.zeroLimitUnbounded && limit && /^0+(\.0*)?[a-zA-Z]*$/.test(limit.text)) continue
    if (injector.judgedWhenAnnotated && !request && !limit) continue
    const resourceKeys = injector.resourceAnnotations ?? []
    const dropper = resourceKeys.map((key) => annotation(annotations, key)).find((value) => value !== undefined)
    const defaultsDropped = dropper !== undefined
    let inherited: InjectedSidecar['inherited']
    let unfixable: string | undefined
    if (injector.resourcesFrom) {
      // The sidecar is sized by the collector the annotation names; one not in the repo cannot be judged.
      const owner = decision === undefined ? undefined : ownerOf(injector, decision.value, namespaceName, index)
      if (!owner) continue
      const field = injector.resourcesFrom.field
      const where = `${owner.kind} ${owner.namespace}/${owner.name} ${field}`
      inherited = {
        request:
          owner.request !== undefined
            ? {text: owner.request, label: `${where}.requests.memory (${owner.path})`}
            : undefined,
        limit:
          owner.limit !== undefined ? {text: owner.limit, label: `${where}.limits.memory (${owner.path})`} : undefined
      }
      unfixable = `its memory is set by ${owner.kind} ${owner.namespace}/${owner.name} (${owner.path}): raise ${field}.limits.memory there`
    } else if (injector.namespaceResourceAnnotations && namespace && !namespace.conflict) {
      inherited = namespaceDefaults(injector, namespaceName, namespace)
    }
    const common = {injector, request, limit, inherited, unfixable, defaultsDropped, metadata}
    if (decision === undefined) {
      // Only an injector that can be switched on outside the pod (a namespace label, a cluster-wide
      // default) makes "possibly injected"; and not when the namespace is in the repo and says nothing.
      if (!injector.enable.outsideRepo || (namespace && !namespace.conflict)) continue
      // Istio: proxyCPU alone drops the memory defaults too, so it is as much a sign of injection.
      if (!request && !limit && !dropper) continue
      const because =
        namespace?.conflict ?? 'its resource annotations are set but injection is decided outside the repo'
      out.push({...common, certainty: 'possible', because, enabler: (limit ?? request ?? dropper)?.node})
      continue
    }
    out.push({...common, certainty: decision.certainty, because: decision.because, enabler: decision.node})
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
export function isIstioOverride(
  workload: Workload,
  container: ContainerRef,
  injector: Injector,
  index: RepoIndex
): boolean {
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
  const decision = decideAcross(
    injector,
    workload,
    namespaceName,
    getMap(metadata, 'labels'),
    getMap(metadata, 'annotations'),
    namespaceFacts(index, workload.file.path, namespaceName)
  )
  return decision !== undefined && decision !== 'off' && decision.certainty === 'enabled'
}

/**
 * Definitions of the namespace that disagree: when they would decide this injector alike, that is the
 * decision; otherwise the sidecar is possibly injected.
 */
function decideAcross(
  injector: Injector,
  workload: Workload,
  namespaceName: string,
  labels: MapNode | null,
  annotations: MapNode | null,
  namespace: NamespaceFacts | undefined
): Decision {
  if (!namespace?.variants) return decide(injector, workload, namespaceName, labels, annotations, namespace)
  const each = namespace.variants.map((variant) =>
    decide(injector, workload, namespaceName, labels, annotations, variant)
  )
  const kind = (d: Decision) => (d === undefined || d === 'off' ? String(d) : d.certainty)
  if (each.every((d) => kind(d) === kind(each[0]))) return each[0]
  const enabling = each.find((d): d is Exclude<Decision, 'off' | undefined> => d !== undefined && d !== 'off')
  return {because: namespace.conflict ?? '', node: enabling?.node, certainty: 'possible'}
}

/** `value`: the enabling annotation's value (which collector an OpenTelemetry annotation names) */
type Decision =
  | {because: string; node: Node | undefined; certainty: 'enabled' | 'possible'; value?: string | undefined}
  | 'off'
  | undefined

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
    return {
      because: `every ${workload.kind} of ${groupOf(workload.apiVersion ?? '')} gets one`,
      node: undefined,
      certainty: 'enabled'
    }
  }
  if (rule.cancelledBy?.values.includes(annotation(annotations, rule.cancelledBy.key)?.text ?? '')) return 'off'
  const known = namespace && !namespace.conflict ? namespace : undefined
  const namespaceValue = (ns: NonNullable<typeof rule.namespace>[number]) =>
    (ns.from === 'label' ? known?.labels : known?.annotations)?.get(ns.key)
  // Istio's webhooks match neither a pod in a namespace labelled disabled, whatever the pod says.
  if (rule.namespaceOffWins && rule.namespace?.some((ns) => ns.off?.includes(namespaceValue(ns) ?? '\u0000')))
    return 'off'
  for (const podLabel of rule.podLabels ?? []) {
    const value = annotation(labels, podLabel.key)
    if (!value) continue
    if (podLabel.off?.includes(value.text)) return 'off'
    if (podLabel.on.includes('*') || podLabel.on.includes(value.text))
      return {because: `label ${podLabel.key}: "${value.text}"`, node: value.node, certainty: 'enabled'}
  }
  let asked: {because: string; node: Node} | undefined
  if (rule.podKey) {
    const own = rule.objectAnnotation ? getMap(getMap(workload.object, 'metadata'), 'annotations') : annotations
    const value = annotation(own, rule.podKey)
    const on =
      value !== undefined &&
      (rule.podOn?.includes(value.text) || (rule.podOn?.includes('*') && !rule.podOff?.includes(value.text)))
    if (value && rule.podOff?.includes(value.text)) return 'off'
    if (value && on && !rule.namespaceRequired)
      return {
        because: `annotation ${rule.podKey}: "${value.text}"`,
        node: value.node,
        certainty: 'enabled',
        value: value.text
      }
    if (value && (on || rule.podAsk?.includes(value.text))) {
      const needs = rule.namespace?.[0]
      asked = {
        because: `annotation ${rule.podKey}: "${value.text}", which injects only in a namespace with the ${needs?.from ?? 'label'} ${needs?.key ?? ''}`,
        node: value.node
      }
    }
  }
  for (const ns of rule.namespace ?? []) {
    const value = namespaceValue(ns)
    if (value === undefined || !known) continue
    if (ns.off?.includes(value)) return 'off'
    if (ns.on.includes('*') || ns.on.includes(value)) {
      return {
        because: `namespace ${namespaceName} has ${ns.key}=${value} (${known.path})`,
        node: asked?.node,
        certainty: 'enabled',
        value
      }
    }
  }
  if (!asked) return undefined
  // The namespace is in the repo and does not enable the webhook: the annotation alone never injects.
  if (known) return 'off'
  return {because: namespace?.conflict ?? asked.because, node: asked.node, certainty: 'possible'}
}

/**
 * The resource an injection annotation names: `true` is the one sidecar-mode instance of the pod's
 * namespace, else `name` or `namespace/name`. Undefined when the repo does not hold it (or holds several).
 */
function ownerOf(
  injector: Injector,
  value: string | undefined,
  namespaceName: string,
  index: RepoIndex
): ResourceOwner | undefined {
  const kind = injector.resourcesFrom?.kind
  if (!kind || !index.owners || value === undefined) return undefined
  if (value === 'true') {
    const candidates = [...index.owners.values()].filter(
      (o) => o.kind === kind && o.namespace === namespaceName && o.sidecar
    )
    return candidates.length === 1 ? candidates[0] : undefined
  }
  const [namespace, name] = value.includes('/') ? value.split('/', 2) : [namespaceName, value]
  return index.owners.get(`${kind}/${namespace}/${name}`)
}

function namespaceDefaults(
  injector: Injector,
  namespaceName: string,
  namespace: NamespaceFacts
): InjectedSidecar['inherited'] {
  const read = (key: string): InheritedValue | undefined => {
    const text = namespace.annotations.get(key)
    return text === undefined || text === ''
      ? undefined
      : {text, label: `namespace ${namespaceName} ${key} (${namespace.path})`}
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
