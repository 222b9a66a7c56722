/**
 * Every sidecar needs a memory limit of at least `baseline × drift × (1 + headroom)`, rounded up to a
 * whole Mi; a fix only ever raises what a sidecar may use, and never sizes a limit from a number nobody
 * measured.
 *
 * Sidecars are often sized from kubelet / `kubectl top` working-set numbers, while on network-heavy
 * proxies the kernel charged about 22% more than that (drift 1.22). A limit with no headroom over that
 * gets the sidecar OOM-killed. The limit compared is the one the cluster applies: the declared one, else
 * a `type: Container` LimitRange `default` of the namespace (anywhere in the checked files), else none
 * (unbounded). The baseline is the request it runs with: declared, else the limit (the API server copies
 * a lone limit into the request; the fix then pins `requests.memory` to it so scheduling does not
 * change), else the LimitRange `defaultRequest` (also pinned).
 *
 * A sidecar with no limit at all is unbounded: any limit would lower what it may use, and applying
 * limits without auditing first is what OOM-kills sidecars. It is fixed only from evidence, an observed
 * peak from `--audit` data with enough points (≥100 over ≥3 h by default), giving
 * `max(request, observed peak) × drift × (1 + headroom)` with the peak written as the request when there
 * is none, or from a limit configured for the class (`sidecars.<class>.limit`). Otherwise it is a
 * `warning` (config `needsEvidence`) with status `needs-evidence`, and `fix` leaves it alone.
 *
 * A written limit is never below the class floor (Istio 1024Mi, Linkerd 250Mi, Dapr 1000Mi, Envoy 512Mi;
 * see docs/config.md, `sidecars.<class>.floor`), nor above a pod-level limit or LimitRange `max`. The
 * fix never compounds: a second run changes nothing.
 *
 * Sidecars are native sidecars (`initContainers` with `restartPolicy: Always`) and containers whose name
 * or image matches a sidecar pattern next to an application container. Helpers (shutdown managers,
 * config reloaders, kube-rbac-proxy) do not count as an application, and a gateway's own proxy (Envoy
 * Gateway, Contour, Istio gateways, Emissary) is the workload, not a sidecar.
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
 * 15:23 error istio-proxy memory limit 140Mi is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15); fix would set 1Gi (istio-proxy floor: Istio's default sidecar limit)
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
 *               memory: "1Gi" # from kubectl top
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
 * 13:17 error cloud-sql-proxy memory limit 256Mi is below 360Mi (no request, so the request defaults to the limit 256Mi × drift 1.22 × headroom 1.15); fix would pin requests.memory to 256Mi
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
 * @example Native sidecar without resources: unbounded, so it needs evidence
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
 * 9:17 warning log-forwarder has no memory limit (unbounded); a limit nobody measured could OOM-kill it, so size one from measurements: headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson …, or set sidecars.log-forwarder.limit
 * ```
 *
 * @example No limit of its own: the namespace's LimitRange default applies
 * ```yaml input
 * apiVersion: v1
 * kind: LimitRange
 * metadata: {name: defaults, namespace: shop}
 * spec:
 *   limits:
 *     - type: Container
 *       default: {memory: 256Mi}
 *       defaultRequest: {memory: 200Mi}
 * ---
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: cart, namespace: shop}
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: cart
 *           image: example/cart:1
 *         - name: cloud-sql-proxy
 *           image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
 * ```
 * ```text findings
 * 19:17 error cloud-sql-proxy memory limit 256Mi (no limit of its own, so LimitRange defaults default) is below 281Mi (LimitRange defaults defaultRequest 200Mi × drift 1.22 × headroom 1.15); fix would set requests.memory to 200Mi (what LimitRange defaults gives it today)
 * ```
 * ```yaml fixed
 * apiVersion: v1
 * kind: LimitRange
 * metadata: {name: defaults, namespace: shop}
 * spec:
 *   limits:
 *     - type: Container
 *       default: {memory: 256Mi}
 *       defaultRequest: {memory: 200Mi}
 * ---
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: cart, namespace: shop}
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: cart
 *           image: example/cart:1
 *         - name: cloud-sql-proxy
 *           image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
 *           resources:
 *             limits:
 *               memory: 281Mi
 *             requests:
 *               memory: 200Mi
 * ```
 *
 * @example A gateway's proxy is the workload; its shutdown manager is a helper
 * ```yaml input
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata:
 *   name: envoy-default-eg
 *   labels:
 *     gateway.envoyproxy.io/owning-gateway-name: eg
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: envoy
 *           image: docker.io/envoyproxy/envoy:distroless-v1.32.1
 *           resources: {requests: {memory: 512Mi}}
 *         - name: shutdown-manager
 *           image: docker.io/envoyproxy/gateway:v1.2.0
 * ```
 * ```text findings
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
import {effectiveMemory, type EffectiveValue} from '../classify/effective-memory.js'
import type {SetValue} from '../plan/set-value.js'
import type {Node} from '../types.js'
import {readMemory, shown, type MemoryValue} from './memory-values.js'
import {capRequired, ceilingFor} from './ceiling.js'
import type {Rule, RuleContext} from './rule.js'
import {subjectOf} from './subject.js'
import {unboundedSizing, withFloor} from './sizing.js'
import {namespaceOf} from '../extract/repo-index.js'

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
    description:
      'A sidecar memory limit must be at least baseline × drift × (1 + headroom); an unbounded one is sized only from evidence.',
    severity: 'error',
    fixable: true
  },
  check(workload, context) {
    for (const container of workload.classified) {
      if (container.role === 'sidecar') checkSidecar(container, workload, context)
    }
  }
}

type Workload = Parameters<Rule['check']>[0]

function checkSidecar(container: ClassifiedContainer, workload: Workload, context: RuleContext): void {
  const memory = readMemory(container)
  const {request, limit} = memory
  // Unusable values are reported by invalid-memory-quantity; without a number there is nothing to compare.
  if (unusable(request) || unusable(limit)) return
  const name = container.name ?? container.sidecarClass ?? 'sidecar'
  const effective = effectiveMemory(
    {request: request.quantity, limit: limit.quantity},
    context.index.limitRangeDefault?.get(namespaceOf(context.index, workload))
  )
  const at: Node = container.via
    ? container.item
    : (limit.at ?? limit.node ?? memory.resourcesKey ?? nameNode(container) ?? container.node)
  const anchored = container.via
    ? `the container comes from anchor &${container.via.anchor} (line ${container.via.line})`
    : undefined
  const cls = container.settingsClass
  const key =
    container.name !== undefined
      ? {namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name}
      : undefined
  const base = {sidecarClass: container.sidecarClass}

  let target: Target
  let message: string
  if (effective.limit) {
    target = targetFor(container, context.settings, effective.request, workload)
    if (compare(effective.limit.bytes, rational(target.requiredBytes)) >= 0) return
    const required = formatBytes(target.requiredBytes)
    const what =
      effective.limit.from === 'declared'
        ? `memory limit ${shown(limit)}`
        : `memory limit ${effective.limit.text} (no limit of its own, so LimitRange ${effective.limit.limitRange} ${effective.limit.limitRangeKey})`
    message = `${name} ${what} is below ${required} (${arithmeticOf(target)})`
  } else {
    const sizing = unboundedSizing(container.sidecarClass ?? name, cls, context.settings.evidence, key)
    if (sizing.kind === 'needs-evidence') {
      if (context.settings.needsEvidence === 'off') return
      context.report({
        message: `${name} has no memory limit (unbounded); ${sizing.advice}`,
        at,
        subject: subjectOf(workload, container),
        needsEvidence: true,
        severity: context.settings.needsEvidence,
        data: {...base, currentLimitBytes: null, limitSource: 'unbounded', needs: 'evidence'}
      })
      return
    }
    // A configured limit comes with a request (the class's defaultRequest when none is declared) that it
    // must leave headroom over, or the next run would raise it again.
    target = targetFor(container, context.settings, effective.request, workload, sizing.kind === 'evidence')
    if (sizing.kind === 'configured') {
      // biome-ignore lint/complexity/useMathMinMax: bigint bytes, which Math.max does not take
      const requiredBytes = sizing.bytes >= target.requiredBytes ? sizing.bytes : target.requiredBytes
      target = {
        ...target,
        requiredBytes,
        arithmetic: `sidecars.${container.sidecarClass}.limit ${formatBytes(sizing.bytes)}${requiredBytes === sizing.bytes ? '' : `, raised to ${arithmeticOf(target)}`}`
      }
    }
    message = ''
  }

  const ceiling = ceilingFor(workload, context.index)
  let floored = withFloor(target.requiredBytes, cls, container.sidecarClass, ceiling)
  if (!effective.limit) {
    message = `${name} has no memory limit (unbounded); fix would set ${formatBytes(floored.bytes)} (${arithmeticOf(target)}${floored.why ? `, raised to the ${floored.why}` : ''})`
    floored = {...floored, note: ''}
  }
  // Without a request the API server copies the limit into it: the new limit would become the next
  // baseline (and the scheduler would reserve all of it). Writing today's request keeps both stable.
  const pin = effective.request?.from === 'declared' ? undefined : requestToPin(effective.request, limit, target)
  const pinNote =
    pin === undefined ? '' : `; fix would ${pin.node ? 'pin' : 'set'} requests.memory to ${pin.text}${pin.why}`
  const currentBytes = effective.limit ? bytesCeil(effective.limit.bytes) : undefined
  const capped = capRequired(floored.bytes, ceiling, currentBytes)
  const fix: SetValue[] = [
    {
      document: workload.document,
      map: container.node,
      mapPath: container.path,
      keys: LIMIT_KEYS,
      value: capped.write ?? formatBytes(floored.bytes)
    }
  ]
  if (pin !== undefined) {
    fix.push({
      document: workload.document,
      map: container.node,
      mapPath: container.path,
      keys: REQUEST_KEYS,
      value: pin.text,
      style: pin.node?.style
    })
  }
  context.report({
    message: `${message}${floored.note}${pinNote}${capped.note}`,
    at,
    subject: subjectOf(workload, container),
    fix,
    unfixable: anchored ?? capped.unfixable,
    data: {
      ...base,
      currentLimitBytes: currentBytes === undefined ? null : Number(currentBytes),
      limitSource: effective.limit ? effective.limit.from : 'unbounded',
      requiredLimitBytes: Number(target.requiredBytes),
      requiredLimit: formatBytes(target.requiredBytes),
      writtenLimit: capped.write ?? null,
      baselineBytes: Number(bytesCeil(target.baseline)),
      drift: target.drift.text,
      headroom: formatDecimal(target.headroom.value),
      ...(target.evidence ? {evidence: target.evidence} : {})
    }
  })
}

function arithmeticOf(target: Target): string {
  return (
    target.arithmetic ??
    `${target.basis} × drift ${target.drift.text} × headroom ${formatDecimal(add(rational(1n), target.headroom.value))}`
  )
}

/** The request to write next to a new limit when the container declares none. */
function requestToPin(
  request: EffectiveValue | undefined,
  limit: MemoryValue,
  target: Target
): {text: string; node?: (MemoryValue['node'] & {type: 'scalar'}) | undefined; why: string} {
  if (request?.from === 'request-from-limit' && limit.node?.type === 'scalar')
    return {text: limit.node.source, node: limit.node, why: ''}
  if (request?.from === 'limit-range')
    return {text: request.text, why: ` (what LimitRange ${request.limitRange} gives it today)`}
  // Unbounded and no request: the baseline the limit was sized from (the observed peak, or the class's
  // defaultRequest next to a configured limit).
  return {text: formatBytes(bytesCeil(target.baseline)), why: target.evidence === undefined ? ' (defaultRequest)' : ''}
}

function unusable(value: MemoryValue): boolean {
  return value.problem !== undefined || value.templated === true
}

/**
 * The limit a sidecar needs. The baseline is the request it runs with (declared, copied from its limit,
 * or from a LimitRange). With audit evidence (`--audit FILE…`, settings.evidence) the drift is the
 * class's measured drift shrunk toward the configured prior, the baseline is max(baseline, observed
 * peak working set) once there is enough data, and an OOM kill raises the floor to
 * max(L + 100Mi, 1.2 × L); see src/audit/target.ts. Targets never depend on the current limit (other
 * than as the no-request baseline, which the fix pins), so a second fix changes nothing.
 */
export function targetFor(
  container: ClassifiedContainer,
  settings: Settings,
  request: EffectiveValue | undefined,
  workload?: {readonly kind: string; readonly name: string; readonly namespace: string | undefined} | undefined,
  unbounded = false
): Target {
  const cls = container.settingsClass
  const headroom = cls?.headroom ?? settings.headroom
  let baseline: Rational
  let basis: string
  if (request?.from === 'declared') {
    baseline = request.bytes
    basis = `request ${request.text}`
  } else if (request?.from === 'request-from-limit') {
    baseline = request.bytes
    basis = `no request, so the request defaults to the limit ${request.text}`
  } else if (request?.from === 'limit-range') {
    baseline = request.bytes
    basis = `LimitRange ${request.limitRange} ${request.limitRangeKey} ${request.text}`
  } else {
    baseline = unbounded ? rational(0n) : rational(cls?.defaultRequest ?? settings.defaultRequest)
    basis = unbounded ? 'no request' : `default request ${describeBytes(baseline)}`
  }
  const key =
    workload && container.name !== undefined
      ? {namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name}
      : undefined
  const target = evidenceTarget({
    evidence: settings.evidence,
    classId: container.sidecarClass,
    classDrift: cls?.drift,
    drift: settings.drift,
    headroom,
    key,
    baseline,
    basis
  })
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
