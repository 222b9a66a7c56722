/**
 * Sidecars an admission webhook injects (Istio, Linkerd, Vault Agent, Dapr, Consul, AWS App Mesh,
 * Knative's queue-proxy) need the same headroom as declared ones: a memory limit of at least
 * `baseline × drift × (1 + headroom)`. They are not in the manifest; their memory comes from pod-template
 * annotations, else from the injector's defaults, and the fix writes the annotation.
 *
 * Injection is decided by the pod template's label/annotation, or by a Namespace manifest in the repo
 * (`istio-injection=enabled`, `istio.io/rev`, `linkerd.io/inject: enabled`, …). A manifest that already
 * holds the injected container (rendered output) is checked as a declared sidecar instead, never twice.
 * A missing limit annotation means the injector's default limit (Istio: 1024Mi), never "no limit", so a
 * fix never lowers the effective limit. An injector without a default limit (Linkerd, Dapr, Consul, App
 * Mesh), or Istio once it drops its defaults, leaves the sidecar unbounded: as for declared sidecars, a
 * limit is then written only from evidence (`--audit` data with enough points) or from a configured
 * `sidecars.<class>.limit`; otherwise the finding is a `warning` with status `needs-evidence`. A written
 * limit is never below the class floor. Istio drops all its resource defaults once any of its four
 * resource annotations is set: a fix that adds `proxyMemoryLimit` also writes `proxyMemory` so the request
 * does not silently become the limit, and says that the CPU defaults stop applying. Resource annotations
 * with no injection decided in the repo make a "possibly injected" finding (info by default, config
 * `possiblyInjected`), which is never fixed automatically.
 *
 * @example Istio with a request annotation but no limit annotation: unbounded, so it needs evidence
 * ```yaml input
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: orders, namespace: shop}
 * spec:
 *   template:
 *     metadata:
 *       labels:
 *         sidecar.istio.io/inject: "true"
 *       annotations:
 *         sidecar.istio.io/proxyMemory: "256Mi"
 *     spec:
 *       containers:
 *         - name: orders
 *           image: example/orders:3
 * ```
 * ```text findings
 * 8:34 warning istio-proxy (injected by Istio: label sidecar.istio.io/inject: "true") has no memory limit (unbounded), because Istio drops its defaults once a resource annotation is set; a limit nobody measured could OOM-kill it, so size one from measurements: headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson …, or set sidecars.istio-proxy.limit
 * ```
 *
 * @example Linkerd proxy with a tight limit annotation
 * ```yaml input
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: cart}
 * spec:
 *   template:
 *     metadata:
 *       annotations:
 *         linkerd.io/inject: enabled
 *         config.linkerd.io/proxy-memory-request: 64Mi
 *         config.linkerd.io/proxy-memory-limit: 70Mi
 *     spec:
 *       containers:
 *         - name: cart
 *           image: example/cart:1
 * ```
 * ```text findings
 * 10:47 error linkerd-proxy (injected by Linkerd: annotation linkerd.io/inject: "enabled") memory limit 70Mi (config.linkerd.io/proxy-memory-limit) is below 90Mi (request 64Mi × drift 1.22 × headroom 1.15); fix would set 250Mi (linkerd-proxy floor: Linkerd's HA proxy limit)
 * ```
 * ```yaml fixed
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata: {name: cart}
 * spec:
 *   template:
 *     metadata:
 *       annotations:
 *         linkerd.io/inject: enabled
 *         config.linkerd.io/proxy-memory-request: 64Mi
 *         config.linkerd.io/proxy-memory-limit: 250Mi
 *     spec:
 *       containers:
 *         - name: cart
 *           image: example/cart:1
 * ```
 */
import type {ClassifiedWorkload} from '../classify/containers.js'
import type {InjectedSidecar} from '../classify/injected.js'
import {injectedMemory} from '../classify/injected-memory.js'
import type {SetValue} from '../plan/set-value.js'
import {bytesCeil, describeBytes, formatBytes} from '../quantity/memory.js'
import {compare, formatDecimal, rational, type Rational} from '../quantity/rational.js'
import type {ScalarStyle, Severity, Subject} from '../types.js'
import {capRequired, ceilingFor} from './ceiling.js'
import {evidenceTarget} from '../audit/target.js'
import type {Rule, RuleContext} from './rule.js'
import {unboundedSizing, withFloor} from './sizing.js'

export const rule: Rule = {
  meta: {
    id: 'injected-sidecar-memory-headroom',
    description: 'A webhook-injected sidecar needs the same memory headroom; the fix writes the injector annotation.',
    severity: 'error',
    fixable: true
  },
  check(workload, context) {
    for (const sidecar of workload.injected) checkInjected(sidecar, workload, context)
  }
}

function checkInjected(sidecar: InjectedSidecar, workload: ClassifiedWorkload, context: RuleContext): void {
  const {injector} = sidecar
  const severity: Severity | 'off' = sidecar.certainty === 'possible' ? context.settings.possiblyInjected : 'error'
  if (severity === 'off') return
  const memory = injectedMemory(sidecar)
  if (memory.templated) return
  for (const bad of memory.invalid) {
    const hint = bad.suggestion && !bad.reason.includes('did you mean') ? `; did you mean ${bad.suggestion}?` : ''
    context.report({
      message: `annotation ${bad.value.key}: ${bad.reason}${hint}`,
      at: bad.value.node,
      subject: subject(workload, injector.container)
    })
  }
  if (memory.invalid.length > 0) return
  const effectiveRequest = memory.request
  const effectiveLimit = memory.limit
  const limit = sidecar.limit
  const cls = context.settings.sidecars.find((s) => s.id === injector.container)
  const headroom = cls?.headroom ?? context.settings.headroom
  const who = `${injector.container} (${sidecar.certainty === 'possible' ? 'possibly injected' : 'injected'} by ${injector.title}: ${sidecar.because})`
  const droppedNote =
    sidecar.defaultsDropped && !limit
      ? `, because ${injector.title} drops its defaults once a resource annotation is set`
      : ''
  const key = {
    namespace: workload.namespace,
    kind: workload.kind,
    workload: workload.name,
    container: injector.container
  }
  const at = sidecar.limit?.node ?? sidecar.enabler ?? sidecar.request?.node ?? workload.template
  const sizing = effectiveLimit ? undefined : unboundedSizing(injector.container, cls, context.settings.evidence, key)
  if (sizing?.kind === 'needs-evidence') {
    if (context.settings.needsEvidence === 'off') return
    context.report({
      message: `${who} has no memory limit (unbounded)${droppedNote}; ${sizing.advice}`,
      at,
      severity: sidecar.certainty === 'possible' ? (severity as Severity) : context.settings.needsEvidence,
      subject: subject(workload, injector.container),
      needsEvidence: true,
      data: {
        injector: injector.id,
        sidecarClass: injector.container,
        certainty: sidecar.certainty,
        currentLimitBytes: null,
        limitSource: 'unbounded',
        needs: 'evidence'
      }
    })
    return
  }
  let baseline: Rational
  let basis: string
  if (effectiveRequest) {
    baseline = effectiveRequest.bytes
    basis = `request ${describeBytes(baseline)}`
  } else if (effectiveLimit) {
    baseline = effectiveLimit.bytes
    basis = `no request, so the request defaults to the limit ${describeBytes(baseline)}`
  } else if (sizing?.kind === 'configured') {
    // A configured limit comes with a request it must leave headroom over (see the declared rule).
    baseline = rational(cls?.defaultRequest ?? context.settings.defaultRequest)
    basis = `default request ${describeBytes(baseline)}`
  } else {
    baseline = rational(0n)
    basis = 'no request'
  }
  const target = evidenceTarget({
    evidence: context.settings.evidence,
    classId: injector.container,
    classDrift: cls?.drift,
    drift: context.settings.drift,
    headroom,
    key,
    baseline,
    basis
  })
  let {requiredBytes, arithmetic} = target
  const {drift} = target
  baseline = target.baseline
  if (effectiveLimit && compare(effectiveLimit.bytes, rational(requiredBytes)) >= 0) return
  if (sizing?.kind === 'configured') {
    const raised = requiredBytes > sizing.bytes
    arithmetic = `sidecars.${injector.container}.limit ${formatBytes(sizing.bytes)}${raised ? `, raised to ${arithmetic}` : ''}`
    if (!raised) requiredBytes = sizing.bytes
  }

  const required = formatBytes(requiredBytes)
  const ceiling = ceilingFor(workload, context.index)
  const floored = withFloor(requiredBytes, cls, injector.container, ceiling)
  const capped = capRequired(floored.bytes, ceiling, effectiveLimit ? bytesCeil(effectiveLimit.bytes) : undefined)

  // The request annotation is written when, without it, the request would move once the limit is set:
  // Istio drops its defaults, and an injector without a default request copies the limit.
  // (an injector sized by another object has no annotation to write)
  const writeRequest =
    injector.requestAnnotation !== '' &&
    !sidecar.request &&
    (injector.resourceAnnotations !== undefined || injector.defaultRequest === undefined)
  const requestText = sidecar.limit && !effectiveRequest ? sidecar.limit.node.source : formatBytes(bytesCeil(baseline))
  const notes: string[] = []
  if (writeRequest) notes.push(`fix would set ${injector.requestAnnotation} to ${requestText}`)
  // (only when the annotations that drop the defaults include CPU ones: Istio's are all or nothing)
  const dropsCpu = injector.resourceAnnotations?.some(
    (key) => key !== injector.requestAnnotation && key !== injector.limitAnnotation
  )
  if (injector.resourceAnnotations && dropsCpu && !sidecar.defaultsDropped) {
    notes.push(
      `${injector.title} then no longer applies its default CPU request/limit; set ${injector.resourceAnnotations[0]} if you rely on it`
    )
  }
  const message = effectiveLimit
    ? `${who} memory limit ${describeBytes(effectiveLimit.bytes)} (${limit ? injector.limitAnnotation : effectiveLimit.label}) is below ${required} (${arithmetic})`
    : `${who} has no memory limit (unbounded)${droppedNote}; fix would set ${formatBytes(floored.bytes)} (${arithmetic}${floored.why ? `, raised to the ${floored.why}` : ''})`
  const style = annotationStyle(sidecar)
  const keys = (annotation: string) => ['metadata', 'annotations', annotation]
  const fix: SetValue[] = [
    {
      document: workload.document,
      map: workload.template,
      mapPath: workload.templatePath,
      keys: keys(injector.limitAnnotation),
      value: capped.write ?? formatBytes(floored.bytes),
      style
    }
  ]
  if (writeRequest) {
    fix.push({
      document: workload.document,
      map: workload.template,
      mapPath: workload.templatePath,
      keys: keys(injector.requestAnnotation),
      value: requestText,
      style
    })
  }
  context.report({
    message: [message + (effectiveLimit ? floored.note : '') + capped.note, ...notes].join('; '),
    at,
    severity: severity === 'error' ? undefined : severity,
    subject: subject(workload, injector.container),
    fix: sidecar.certainty === 'enabled' ? fix : undefined,
    unfixable: capped.unfixable ?? sidecar.unfixable,
    data: {
      injector: injector.id,
      sidecarClass: injector.container,
      certainty: sidecar.certainty,
      currentLimitBytes: effectiveLimit ? Number(bytesCeil(effectiveLimit.bytes)) : null,
      limitSource: effectiveLimit ? (limit ? 'annotation' : 'injector-default') : 'unbounded',
      requiredLimitBytes: Number(requiredBytes),
      requiredLimit: required,
      writtenLimit: capped.write ?? null,
      baselineBytes: Number(bytesCeil(baseline)),
      drift: drift.text,
      headroom: formatDecimal(headroom.value),
      ...(target.data ? {evidence: target.data} : {})
    }
  })
}

function subject(workload: ClassifiedWorkload, container: string): Subject {
  return {
    kind: workload.kind,
    name: workload.name,
    namespace: workload.namespace,
    container,
    document: workload.document.index
  }
}

/** New annotation values follow the quoting of the annotations already there. */
function annotationStyle(sidecar: InjectedSidecar): ScalarStyle {
  const annotations = sidecar.metadata?.pairs.find((p) => p.key === 'annotations')?.value
  if (annotations?.type !== 'map') return 'plain'
  for (const pair of annotations.pairs) {
    const value = pair.value
    if (value?.type === 'scalar' && (value.style === 'double' || value.style === 'single')) return value.style
  }
  return 'plain'
}
