/**
 * The per-workload override annotations `headroom.io/headroom` and `headroom.io/drift` must hold values
 * kube-headroom can use; a bad one is reported and the workload is checked with the configured values.
 * (`headroom.io/ignore: "true"` or `"rule-a,rule-b"` and `headroom.io/ignore-containers: "a,b"` exempt a
 * workload, or some of its rules or containers; any text is valid there.)
 *
 * @example A headroom that is not a number
 * ```yaml input
 * apiVersion: apps/v1
 * kind: Deployment
 * metadata:
 *   name: web
 *   annotations:
 *     headroom.io/headroom: "lots"
 * spec:
 *   template:
 *     spec:
 *       containers:
 *         - name: web
 *           image: example/web:1
 * ```
 * ```text findings
 * 6:27 error annotation headroom.io/headroom: headroom must be a fraction like 0.15 or a percentage like 15%, not "lots"
 * ```
 */
import {policyFor} from '../engine/exemptions.js'
import type {Rule} from './rule.js'

export const rule: Rule = {
  meta: {
    id: 'invalid-headroom-annotation',
    description: 'headroom.io/* override annotations must hold valid values.',
    severity: 'error',
    fixable: false
  },
  check(workload, context) {
    for (const problem of policyFor(workload, context.settings).problems)
      context.report({message: problem.message, at: problem.at})
  }
}
