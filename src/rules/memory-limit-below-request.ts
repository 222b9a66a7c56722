/**
 * A container's memory limit must not be below its memory request: the API server rejects such a pod,
 * so the manifest cannot be applied. Checks every container. Not fixable: which of the two is wrong is
 * the author's call.
 *
 * @example Limit below request
 * ```yaml input
 * apiVersion: v1
 * kind: Pod
 * metadata: {name: api}
 * spec:
 *   containers:
 *     - name: api
 *       image: example/api:1
 *       resources:
 *         requests: {memory: 512Mi}
 *         limits: {memory: 256Mi}
 * ```
 * ```text findings
 * 10:26 error api memory limit 256Mi is below its request 512Mi; the API server rejects this pod
 * ```
 */
import {compare} from '../quantity/rational.js'
import {readMemory, shown} from './memory-values.js'
import type {Rule} from './rule.js'
import {subjectOf} from './subject.js'

export const rule: Rule = {
  meta: {
    id: 'memory-limit-below-request',
    description: 'A memory limit below the memory request is rejected by the API server.',
    severity: 'error',
    fixable: false
  },
  check(workload, context) {
    for (const container of workload.classified) {
      const {request, limit} = readMemory(container)
      if (!request.quantity || !limit.quantity || request.problem || limit.problem) continue
      if (compare(limit.quantity.value, request.quantity.value) >= 0) continue
      context.report({
        message: `${container.name ?? 'container'} memory limit ${shown(limit)} is below its request ${shown(request)}; the API server rejects this pod`,
        at: container.via ? container.item : (limit.at ?? limit.node ?? container.node),
        subject: subjectOf(workload, container)
      })
    }
  }
}
