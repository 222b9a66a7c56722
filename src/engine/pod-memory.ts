// Effective pod memory the way the scheduler and kubelet count it (KEP-753 native sidecars): long-running
// containers add up; each regular init container runs next to the native sidecars declared before it.
//   pod = max(Σ app + Σ sidecars, max_i(init_i + Σ sidecars declared before i))
// A limit is unbounded as soon as one container counted in that phase has none.
import type {ClassifiedWorkload} from '../classify/containers.js'
import {injectedMemory} from '../classify/injected-memory.js'
import {bytesCeil} from '../quantity/memory.js'
import {readMemory} from '../rules/memory-values.js'
import {getMap, getString} from '../parse/nodes.js'
import {parseQuantity} from '../quantity/parse.js'
import type {MapNode} from '../types.js'

export interface PodMemory {
  /** bytes; undefined when some container's value is unknown (invalid or templated) */
  readonly request: bigint | undefined
  /** bytes; null when unbounded (a counted container has no limit) */
  readonly limit: bigint | null | undefined
}

interface Part {
  readonly request: bigint | undefined
  readonly limit: bigint | null | undefined
}

export function podMemory(workload: ClassifiedWorkload): PodMemory {
  const longRunning: Part[] = []
  const sidecarsSoFar: Part[] = []
  const initPhases: Part[][] = []
  for (const container of workload.classified) {
    const {request, limit} = readMemory(container)
    const part: Part = {
      request:
        request.problem || request.templated ? undefined : request.quantity ? bytesCeil(request.quantity.value) : 0n,
      limit: limit.problem || limit.templated ? undefined : limit.quantity ? bytesCeil(limit.quantity.value) : null
    }
    // With only a limit, the API server sets the request to it.
    const effective: Part =
      part.request === 0n && typeof part.limit === 'bigint' && !request.quantity ? {...part, request: part.limit} : part
    if (container.list === 'initContainers' && container.restartPolicy !== 'Always') {
      initPhases.push([effective, ...sidecarsSoFar])
      continue
    }
    longRunning.push(effective)
    if (container.list === 'initContainers') sidecarsSoFar.push(effective)
  }
  for (const sidecar of workload.injected) {
    if (sidecar.certainty !== 'enabled') continue
    const memory = injectedMemory(sidecar)
    const request = memory.request ? bytesCeil(memory.request.bytes) : memory.limit ? bytesCeil(memory.limit.bytes) : 0n
    longRunning.push({request, limit: memory.limit ? bytesCeil(memory.limit.bytes) : null})
  }
  const phases = [longRunning, ...initPhases]
  // Pod-level resources (KEP-2837) replace the per-container sums where they are set.
  const resources = getMap(workload.podSpec, 'resources')
  const podRequest = podLevel(getMap(resources, 'requests'))
  const podLimit = podLevel(getMap(resources, 'limits'))
  return {
    request: podRequest ?? maxOf(phases.map((p) => sum(p.map((x) => x.request)))),
    limit: podLimit ?? maxLimit(phases.map((p) => sumLimit(p.map((x) => x.limit))))
  }
}

function podLevel(map: MapNode | null): bigint | undefined {
  const text = getString(map, 'memory')
  const parsed = text === undefined ? undefined : parseQuantity(text)
  return parsed?.ok && parsed.quantity.value.n >= 0n ? bytesCeil(parsed.quantity.value) : undefined
}

function sum(values: (bigint | undefined)[]): bigint | undefined {
  let total = 0n
  for (const v of values) {
    if (v === undefined) return undefined
    total += v
  }
  return total
}

function sumLimit(values: (bigint | null | undefined)[]): bigint | null | undefined {
  let total = 0n
  for (const v of values) {
    if (v === undefined) return undefined
    if (v === null) return null
    total += v
  }
  return total
}

function maxOf(values: (bigint | undefined)[]): bigint | undefined {
  let best = 0n
  for (const v of values) {
    if (v === undefined) return undefined
    if (v > best) best = v
  }
  return best
}

function maxLimit(values: (bigint | null | undefined)[]): bigint | null | undefined {
  let best = 0n
  for (const v of values) {
    if (v === undefined) return undefined
    if (v === null) return null
    if (v > best) best = v
  }
  return best
}

/**
 * Σ (after − before) of the container limits that are bounded on both sides, declared and injected: what
 * a fix added when the pod total itself is unbounded (some container has no limit), so the pod-level
 * difference says nothing.
 */
export function containerLimitDelta(before: ClassifiedWorkload, after: ClassifiedWorkload): bigint {
  const a = containerLimits(before)
  const b = containerLimits(after)
  let delta = 0n
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (typeof x === 'bigint' && typeof y === 'bigint') delta += y - x
  }
  return delta
}

function containerLimits(workload: ClassifiedWorkload): (bigint | null | undefined)[] {
  const declared = workload.classified.map((c) => {
    const {limit} = readMemory(c)
    return limit.problem || limit.templated ? undefined : limit.quantity ? bytesCeil(limit.quantity.value) : null
  })
  const injected = workload.injected
    .filter((s) => s.certainty === 'enabled')
    .map((s) => {
      const memory = injectedMemory(s)
      return memory.limit ? bytesCeil(memory.limit.bytes) : null
    })
  return [...declared, ...injected]
}
