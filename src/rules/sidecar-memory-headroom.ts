/**
 * Every sidecar needs a memory limit of at least `baseline × drift × (1 + headroom)`, rounded up to a
 * whole Mi.
 *
 * Sidecars are often sized from kubelet / `kubectl top` working-set numbers, while on network-heavy
 * proxies the kernel charged about 22% more than that (drift 1.22). A limit with no headroom over that
 * gets the sidecar OOM-killed. The baseline is `requests.memory`; with only a limit, the API server sets
 * the request to the limit (zero headroom), so the baseline is the old limit and the fix also pins
 * `requests.memory` to it so scheduling does not change; with neither, the sidecar's default request
 * (128Mi unless configured), which the fix also writes as `requests.memory` so the baseline stays put.
 * The fix only ever raises a limit and never compounds: a second run changes nothing.
 *
 * Sidecars are native sidecars (`initContainers` with `restartPolicy: Always`) and containers whose name
 * or image matches a sidecar pattern next to an application container.
 *
 * @example Limit below the required headroom
 * ```yaml input
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: checkout}
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: app
 *           image: shop/checkout:1.4
 *         - name: istio-proxy
 *           image: docker.io/istio/proxyv2:1.24.0
 *           resources:
 *             requests: {memory: 128Mi}
 *             limits:
 *               memory: "140Mi" # from kubectl top
 * ```
 * ```text findings
 * 15:23 error istio-proxy memory limit 140Mi is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15)
 * ```
 * ```yaml fixed
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: checkout}
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: app
 *           image: shop/checkout:1.4
 *         - name: istio-proxy
 *           image: docker.io/istio/proxyv2:1.24.0
 *           resources:
 *             requests: {memory: 128Mi}
 *             limits:
 *               memory: "180Mi" # from kubectl top
 * ```
 *
 * @example Limit only: the request is pinned to the old limit
 * ```yaml input
 * apiVersion: v1
 * kind: Pod
 * metadata:
 *   name: reports
 * spec:
 *   containers:
 *   - name: reports
 *     image: example/reports:2
 *   - name: cloud-sql-proxy
 *     image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
 *     resources:
 *       limits:
 *         memory: 256Mi
 * ```
 * ```text findings
 * 13:17 error cloud-sql-proxy memory limit 256Mi is below 360Mi (no request, so the request defaults to the limit 256Mi × drift 1.22 × headroom 1.15); requests.memory is pinned to 256Mi
 * ```
 * ```yaml fixed
 * apiVersion: v1
 * kind: Pod
 * metadata:
 *   name: reports
 * spec:
 *   containers:
 *   - name: reports
 *     image: example/reports:2
 *   - name: cloud-sql-proxy
 *     image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
 *     resources:
 *       limits:
 *         memory: 360Mi
 *       requests:
 *         memory: 256Mi
 * ```
 *
 * @example Native sidecar without resources
 * ```yaml input
 * apiVersion: batch/v1
 * kind: Job
 * metadata:
 *   name: export
 * spec:
 *   template:
 *     spec:
 *       initContainers:
 *         - name: log-forwarder
 *           image: example/forwarder:1
 *           restartPolicy: Always
 *       containers:
 *         - name: export
 *           image: example/export:1
 * ```
 * ```text findings
 * 9:17 error log-forwarder has no memory limit; it needs at least 180Mi (default request 128Mi × drift 1.22 × headroom 1.15); requests.memory is set to 128Mi
 * ```
 * ```yaml fixed
 * apiVersion: batch/v1
 * kind: Job
 * metadata:
 *   name: export
 * spec:
 *   template:
 *     spec:
 *       initContainers:
 *         - name: log-forwarder
 *           image: example/forwarder:1
 *           restartPolicy: Always
 *           resources:
 *             limits:
 *               memory: 180Mi
 *             requests:
 *               memory: 128Mi
 *       containers:
 *         - name: export
 *           image: example/export:1
 * ```
 *
 * @example The only container is the workload, not a sidecar
 * ```yaml input
 * apiVersion: apps/v1
 * kind: DaemonSet
 * metadata: {name: fluentd}
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: fluentd
 *           image: fluent/fluentd-kubernetes-daemonset:v1
 *           resources: {limits: {memory: 200Mi}, requests: {memory: 200Mi}}
 * ```
 * ```text findings
 * ```
 */
import type {ClassifiedContainer} from '../classify/containers.js'
import type {Factor, Settings} from '../config/settings.js'
import {formatDecimal, rational, add, compare, type Rational} from '../quantity/rational.js'
import {bytesCeil, describeBytes, formatBytes} from '../quantity/memory.js'
import {evidenceTarget} from '../audit/target.js'
import type {SetValue} from '../plan/set-value.js'
import type {Node} from '../types.js'
import {readMemory, shown, type MemoryValue} from './memory-values.js'
import {capRequired, ceilingFor} from './ceiling.js'
import type {Rule, RuleContext} from './rule.js'
import {subjectOf} from './subject.js'

const LIMIT_KEYS = ['resources', 'limits', 'memory'] as const
const REQUEST_KEYS = ['resources', 'requests', 'memory'] as const

export interface Target {
  readonly drift: Factor
  readonly headroom: Factor
  readonly baseline: Rational
  /** how the baseline was chosen, for the message */
  readonly basis: string
  readonly requiredBytes: bigint
  /** the parenthesised explanation in the message (cites audit evidence when there is some) */
  readonly arithmetic?: string | undefined
  /** audit evidence behind the target, for finding data */
  readonly evidence?: Readonly<Record<string, unknown>> | undefined
}

export const rule: Rule = {
  meta: {
    id: 'sidecar-memory-headroom',
    description: 'A sidecar memory limit must be at least baseline × drift × (1 + headroom).',
    severity: 'error',
    fixable: true
  },
  check(workload, context) {
    for (const container of workload.classified) {
      if (container.role === 'sidecar') checkSidecar(container, workload, context)
    }
  }
}

function checkSidecar(container: ClassifiedContainer, workload: Parameters<Rule['check']>[0], context: RuleContext): void {
  const memory = readMemory(container)
  const {request, limit} = memory
  // Unusable values are reported by invalid-memory-quantity; without a number there is nothing to compare.
  if (unusable(request) || unusable(limit)) return
  const name = container.name ?? container.sidecarClass ?? 'sidecar'
  const target = targetFor(container, context.settings, request, limit, workload)
  const limitBytes = limit.quantity?.value
  if (limitBytes && compare(limitBytes, rational(target.requiredBytes)) >= 0) return

  const required = formatBytes(target.requiredBytes)
  const arithmetic = target.arithmetic ?? `${target.basis} × drift ${target.drift.text} × headroom ${formatDecimal(add(rational(1n), target.headroom.value))}`
  // Without a request the API server copies the limit into it: the new limit would become the next
  // baseline and a second run would raise it again. Writing the baseline as the request keeps both the
  // scheduling and the target stable.
  const pinned = request.quantity === undefined ? (limit.node?.type === 'scalar' ? limit.node : undefined) : undefined
  const pinText = request.quantity === undefined ? (pinned ? pinned.source : formatBytes(bytesCeil(target.baseline))) : undefined
  const pinNote = pinText === undefined ? '' : `; requests.memory is ${pinned ? 'pinned' : 'set'} to ${pinText}`
  const capped = capRequired(target.requiredBytes, ceilingFor(workload, context.index), limitBytes ? bytesCeil(limitBytes) : undefined)
  const message = limit.quantity
    ? `${name} memory limit ${shown(limit)} is below ${required} (${arithmetic})${pinNote}${capped.note}`
    : `${name} has no memory limit; it needs at least ${required} (${arithmetic})${pinNote}${capped.note}`
  const at: Node = container.via ? container.item : (limit.at ?? limit.node ?? memory.resourcesKey ?? nameNode(container) ?? container.node)
  const fix: SetValue[] = [{document: workload.document, map: container.node, mapPath: container.path, keys: LIMIT_KEYS, value: capped.write ?? required}]
  if (pinText !== undefined) {
    fix.push({document: workload.document, map: container.node, mapPath: container.path, keys: REQUEST_KEYS, value: pinText, style: pinned?.style})
  }
  context.report({
    message,
    at,
    subject: subjectOf(workload, container),
    fix,
    unfixable: container.via ? `the container comes from anchor &${container.via.anchor} (line ${container.via.line})` : capped.unfixable,
    data: {
      sidecarClass: container.sidecarClass,
      currentLimitBytes: limitBytes ? Number(limitBytes.n / limitBytes.d) : null,
      requiredLimitBytes: Number(target.requiredBytes),
      requiredLimit: required,
      baselineBytes: Number(target.baseline.n / target.baseline.d),
      drift: target.drift.text,
      headroom: formatDecimal(target.headroom.value),
      ...(target.evidence ? {evidence: target.evidence} : {})
    }
  })
}

function unusable(value: MemoryValue): boolean {
  return value.problem !== undefined || value.templated === true
}

/**
 * The limit a sidecar needs. With audit evidence (`--audit FILE…`, settings.evidence) the drift is the
 * class's measured drift shrunk toward the configured prior, the baseline is max(baseline, observed
 * peak working set) once there is enough data, and an OOM kill raises the floor to
 * max(L + 100Mi, 1.2 × L); see src/audit/target.ts. Targets never depend on the current limit (other
 * than as the no-request baseline, which the fix pins), so a second fix changes nothing.
 */
export function targetFor(
  container: ClassifiedContainer,
  settings: Settings,
  request: MemoryValue,
  limit: MemoryValue,
  workload?: {readonly kind: string; readonly name: string; readonly namespace: string | undefined} | undefined
): Target {
  const cls = container.settingsClass
  const headroom = cls?.headroom ?? settings.headroom
  let baseline: Rational
  let basis: string
  if (request.quantity) {
    baseline = request.quantity.value
    basis = `request ${shown(request)}`
  } else if (limit.quantity) {
    baseline = limit.quantity.value
    basis = `no request, so the request defaults to the limit ${shown(limit)}`
  } else {
    baseline = rational(cls?.defaultRequest ?? settings.defaultRequest)
    basis = `default request ${describeBytes(baseline)}`
  }
  const key = workload && container.name !== undefined ? {namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name} : undefined
  const target = evidenceTarget({evidence: settings.evidence, classId: container.sidecarClass, classDrift: cls?.drift, drift: settings.drift, headroom, key, baseline, basis})
  return {
    drift: target.drift,
    headroom,
    baseline: target.baseline,
    basis: target.basis,
    requiredBytes: target.requiredBytes,
    arithmetic: target.arithmetic,
    evidence: target.data
  }
}

function nameNode(container: ClassifiedContainer): Node | null {
  for (const pair of container.node.pairs) if (pair.key === 'name') return pair.value
  return null
}
