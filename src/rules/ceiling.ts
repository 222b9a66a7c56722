// Upper bounds a container limit must respect: the pod-level limit (spec.resources, KEP-2837) is a hard
// stop (never raise a container above it), a LimitRange `max` in the same namespace is a clamp.
import type {Workload} from '../extract/workloads.js'
import type {RepoIndex} from '../extract/repo-index.js'
import {getMap, getString} from '../parse/nodes.js'
import {parseQuantity} from '../quantity/parse.js'
import {bytesCeil, formatBytes} from '../quantity/memory.js'

export type Ceiling =
  | {kind: 'none'}
  | {kind: 'pod'; bytes: bigint; text: string}
  | {kind: 'limit-range'; bytes: bigint; text: string; name: string}

export function ceilingFor(workload: Workload, index: RepoIndex): Ceiling {
  const podLimit = getString(getMap(getMap(workload.podSpec, 'resources'), 'limits'), 'memory')
  const parsed = podLimit === undefined ? undefined : parseQuantity(podLimit)
  if (parsed?.ok) return {kind: 'pod', bytes: bytesCeil(parsed.quantity.value), text: podLimit as string}
  const range = index.limitRangeMax.get(workload.namespace ?? 'default')
  if (range) return {kind: 'limit-range', bytes: bytesCeil(range.bytes), text: range.text, name: range.name}
  return {kind: 'none'}
}

export interface Capped {
  /** the value to write, or undefined when nothing may be written */
  readonly write: string | undefined
  /** appended to the message */
  readonly note: string
  /** why no fix is possible */
  readonly unfixable?: string | undefined
}

/** Applies the ceiling to a required limit; `current` is the limit in place (bytes) if any. */
export function capRequired(required: bigint, ceiling: Ceiling, current: bigint | undefined): Capped {
  if (ceiling.kind === 'none' || required <= ceiling.bytes) return {write: formatBytes(required), note: ''}
  if (ceiling.kind === 'pod') {
    return {
      write: undefined,
      note: `; the pod-level limit spec.resources.limits.memory ${ceiling.text} is lower`,
      unfixable: `raising it above the pod-level memory limit ${ceiling.text} would be rejected; raise spec.resources.limits.memory first`
    }
  }
  const note = `; clamped to LimitRange ${ceiling.name} max ${ceiling.text}`
  if (current !== undefined && current >= ceiling.bytes) {
    return {
      write: undefined,
      note,
      unfixable: `it is already at LimitRange ${ceiling.name} max ${ceiling.text}; raise the LimitRange first`
    }
  }
  return {write: formatBytes(ceiling.bytes), note}
}
