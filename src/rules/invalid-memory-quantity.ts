/**
 * Memory requests and limits must be Kubernetes quantities the API server accepts, and mean what they
 * say. Checks every container, not only sidecars: `512MB`, `1g` and `1.5gb` are rejected at apply time;
 * `memory: null` or `memory: {}` is almost always a half-finished edit; and `m` on memory means
 * thousandths of a byte, so `3500m` is 3.5 bytes (almost always meant `3500Mi`), while `128974848000m`
 * is a valid 123Mi. The message names the likely intended value. Not fixable: only the author knows.
 *
 * @example A unit Kubernetes does not know
 * ```yaml input
 * apiVersion: v1
 * kind: Pod
 * metadata: {name: api}
 * spec:
 *   containers:
 *     - name: api
 *       image: example/api:1
 *       resources:
 *         limits: {memory: 512MB}
 * ```
 * ```text findings
 * 9:26 error memory limit "512MB" is not a Kubernetes quantity: unknown suffix "MB"; did you mean "512M" or "512Mi"?
 * ```
 *
 * @example Milli-bytes
 * ```yaml input
 * apiVersion: v1
 * kind: Pod
 * metadata: {name: api}
 * spec:
 *   containers:
 *     - name: api
 *       image: example/api:1
 *       resources:
 *         requests:
 *           memory: 3500m
 * ```
 * ```text findings
 * 10:19 error memory request 3500m is 3.5 bytes (m means thousandths); did you mean 3500Mi?
 * ```
 */
import {describeBytes, isSuspiciousMilliMemory, milliMemorySuggestion} from '../quantity/memory.js'
import {readMemory, type MemoryValue} from './memory-values.js'
import type {Rule, RuleContext} from './rule.js'
import {subjectOf} from './subject.js'
import type {ClassifiedContainer} from '../classify/containers.js'
import type {Workload} from '../extract/workloads.js'

export const rule: Rule = {
  meta: {
    id: 'invalid-memory-quantity',
    description: 'Memory requests and limits must be valid Kubernetes quantities that mean what they say.',
    severity: 'error',
    fixable: false
  },
  check(workload, context) {
    for (const container of workload.classified) {
      const memory = readMemory(container)
      checkValue(memory.request, container, workload, context)
      checkValue(memory.limit, container, workload, context)
    }
  }
}

function checkValue(
  value: MemoryValue,
  container: ClassifiedContainer,
  workload: Workload,
  context: RuleContext
): void {
  const label = `memory ${value.which === 'limits' ? 'limit' : 'request'}`
  const at = container.via ? container.item : (value.at ?? value.node ?? value.keyNode)
  if (!at) return
  const subject = subjectOf(workload, container)
  if (value.templated) {
    context.report({
      message: `${label} is a template expression; render the chart first (helm template … | headroom check -)`,
      at,
      subject,
      severity: 'info'
    })
    return
  }
  if (value.problem) {
    const problem =
      value.problem.startsWith('"') || /^-?\d/.test(value.problem)
        ? value.problem
        : `of ${container.name ?? 'container'} ${value.problem}`
    const hint =
      value.suggestion && !value.problem.includes('did you mean') ? `; did you mean ${value.suggestion}?` : ''
    context.report({message: `${label} ${problem}${hint}`, at, subject})
    return
  }
  const quantity = value.quantity
  if (quantity && isSuspiciousMilliMemory(quantity)) {
    context.report({
      message: `${label} ${quantity.text} is ${describeBytes(quantity.value)} (m means thousandths); did you mean ${milliMemorySuggestion(quantity)}?`,
      at,
      subject
    })
  }
}
