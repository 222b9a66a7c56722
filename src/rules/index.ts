// The rule registry. Order is the order findings are reported in for one container.
import type {Rule} from './rule.js'
import {rule as injectedSidecarMemoryHeadroom} from './injected-sidecar-memory-headroom.js'
import {rule as invalidHeadroomAnnotation} from './invalid-headroom-annotation.js'
import {rule as invalidMemoryQuantity} from './invalid-memory-quantity.js'
import {rule as memoryLimitBelowRequest} from './memory-limit-below-request.js'
import {rule as sidecarMemoryHeadroom} from './sidecar-memory-headroom.js'

export const RULES: readonly Rule[] = [
  sidecarMemoryHeadroom,
  injectedSidecarMemoryHeadroom,
  invalidMemoryQuantity,
  memoryLimitBelowRequest,
  invalidHeadroomAnnotation
]

export type {Rule, RuleMeta, RuleContext, Report} from './rule.js'
