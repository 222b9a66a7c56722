// Evidence from audit data: observed baselines per workload container, drift per sidecar class, OOM floors.
//
// Drift: for each pod with a reference paired to its working set (peak preferred, else usage),
// r = max(reference) / max(working set); the estimate is the p90 of r over pods, with a 90% percentile-
// bootstrap interval from a fixed seed. It needs minInstances pods; then it is shrunk toward the prior,
// applied = (n·estimate + k·prior) / (n + k), clamped to [1, 2] and rounded up to 0.01. Everything that
// reaches a limit is computed in exact rationals from a fixed-precision estimate, so the same data gives
// the same limit to the byte.
import type {Factor, SidecarClass} from '../config/settings.js'
import {add, ceilDiv, compare, div, mul, rational, type Rational} from '../quantity/rational.js'
import {MI} from '../quantity/memory.js'
import type {AuditData, Instance} from './data.js'
import type {ClassEvidence, ContainerEvidence, ContainerKey, Evidence, OomEvidence, Reference} from './evidence.js'
import {AUDIT_DEFAULTS, type AuditOptions} from './options.js'
import {ascending, bootstrapQuantile, quantileSorted} from './stats.js'
import {kindFits, workloadCandidates, type WorkloadCandidate} from './workloads.js'

const HOUR_MS = 3_600_000
const ESTIMATE_SCALE = 1_000_000_000n

interface Indexed {
  readonly instance: Instance
  readonly candidate: WorkloadCandidate
}

interface ClassStats {
  readonly instances: number
  readonly points: number
  readonly ratios: readonly number[]
  readonly reference: Reference | null
  readonly estimate: number | null
  readonly ciLow: number | null
  readonly ciHigh: number | null
}

export interface EvidenceInput {
  /** sidecar classes with their name/image matchers (Settings.sidecars) */
  readonly sidecars: readonly SidecarClass[]
}

export function createEvidence(
  data: AuditData,
  input: EvidenceInput,
  options: AuditOptions = AUDIT_DEFAULTS
): Evidence {
  const byName = new Map<string, Indexed[]>()
  for (const instance of data.instances) {
    for (const candidate of workloadCandidates(instance.pod, instance.hint)) {
      const list = byName.get(candidate.name)
      if (list) list.push({instance, candidate})
      else byName.set(candidate.name, [{instance, candidate}])
    }
  }
  const containerCache = new Map<string, ContainerEvidence | undefined>()
  const classCache = new Map<string, ClassStats | undefined>()
  const classOfCache = new Map<string, string>()

  const classOf = (container: string, image?: string | undefined): string => {
    const cacheKey = `${container}\u0000${image ?? ''}`
    let id = classOfCache.get(cacheKey)
    if (id === undefined) {
      id = sidecarClassOf(input.sidecars, container, image) ?? container
      classOfCache.set(cacheKey, id)
    }
    return id
  }

  return {
    options,
    sources: data.files.map((f) => f.path),
    classOf,
    container(key: ContainerKey) {
      const cacheKey = JSON.stringify([key.namespace ?? null, key.kind ?? null, key.workload, key.container])
      if (containerCache.has(cacheKey)) return containerCache.get(cacheKey)
      const found = new Set<Instance>()
      for (const {instance, candidate} of byName.get(key.workload) ?? []) {
        if (instance.container !== key.container) continue
        if (key.namespace !== undefined && instance.namespace !== key.namespace) continue
        if (!kindFits(candidate, key.kind)) continue
        found.add(instance)
      }
      const result = found.size === 0 ? undefined : containerEvidence(key.workload, key.container, [...found], options)
      containerCache.set(cacheKey, result)
      return result
    },
    sidecarClass(classId: string, prior: Factor) {
      if (!classCache.has(classId)) {
        const members = data.instances.filter((i) => classOf(i.container, i.image) === classId)
        classCache.set(classId, members.length === 0 ? undefined : classStats(members, options))
      }
      const stats = classCache.get(classId)
      return stats ? classEvidence(classId, stats, prior, options) : undefined
    }
  }
}

export function sidecarClassOf(
  sidecars: readonly SidecarClass[],
  container: string,
  image: string | undefined
): string | undefined {
  for (const cls of sidecars) if (cls.names.some((m) => m(container))) return cls.id
  if (image !== undefined) for (const cls of sidecars) if (cls.images.some((m) => m(image))) return cls.id
  return undefined
}

// ---- observed baseline and OOM ----------------------------------------------------------------------

export function containerEvidence(
  workload: string,
  container: string,
  instances: readonly Instance[],
  options: AuditOptions
): ContainerEvidence {
  const withData = instances.filter((i) => i.points > 0)
  const points = withData.reduce((sum, i) => sum + i.points, 0)
  const first = Math.min(...withData.map((i) => i.firstTs))
  const last = Math.max(...withData.map((i) => i.lastTs))
  const spanHours = withData.length === 0 ? 0 : (last - first) / HOUR_MS
  const peaks = withData.map((i) => i.maxWorkingSet).sort(ascending)
  const observed = peaks.length === 0 ? 0 : Math.ceil(quantileSorted(peaks, options.percentile / 100))
  const enoughPoints = points >= options.minPoints
  const enoughSpan = spanHours + 1e-9 >= options.minSpanHours
  const enough = withData.length > 0 && enoughPoints && enoughSpan
  const seen = `${points} point${points === 1 ? '' : 's'} from ${plural(withData.length, 'pod')} over ${hours(spanHours)}`
  const reason = enough
    ? `${seen}`
    : `not enough data: ${seen} (need ≥${options.minPoints} points over ≥${options.minSpanHours} h)`
  return {
    namespaces: [...new Set(instances.map((i) => i.namespace))].sort(),
    workload,
    container,
    instances: withData.length,
    points,
    spanHours,
    observedPeakBytes: observed,
    enough,
    reason,
    oom: oomEvidence(instances)
  }
}

/** VPA's OOM rule: the next limit is at least max(L + 100Mi, 1.2 × L) of the limit that was killed. */
export function oomFloorBytes(limitBytes: bigint): bigint {
  const bumped = ceilDiv(rational(limitBytes * 6n, 5n), 1n)
  const plus = limitBytes + 100n * MI
  return bumped > plus ? bumped : plus
}

function oomEvidence(instances: readonly Instance[]): OomEvidence | undefined {
  const killed = instances.filter((i) => i.oomKilled)
  if (killed.length === 0) return undefined
  let limit = 0
  let from: 'limit' | 'observed' = 'observed'
  for (const i of killed) {
    const known = i.oomLimitBytes ?? i.limitBytes
    if (known !== undefined) {
      if (from === 'observed' || known > limit) limit = known
      from = 'limit'
    } else if (from === 'observed') {
      limit = Math.max(limit, i.maxPeak ?? 0, i.maxUsage ?? 0, i.maxWorkingSet)
    }
  }
  if (limit <= 0) return undefined
  const limitBytes = Math.ceil(limit)
  return {pods: killed.length, limitBytes, limitFrom: from, floorBytes: oomFloorBytes(BigInt(limitBytes))}
}

// ---- drift ------------------------------------------------------------------------------------------

export function classStats(members: readonly Instance[], options: AuditOptions): ClassStats {
  const withData = members.filter((i) => i.maxWorkingSet > 0)
  const ratios: number[] = []
  let peaks = 0
  let usages = 0
  for (const i of withData) {
    const reference = i.maxPeak ?? i.maxUsage
    if (reference === undefined) continue
    if (i.maxPeak !== undefined) peaks++
    else usages++
    ratios.push(reference / i.maxWorkingSet)
  }
  ratios.sort(ascending)
  const reference: Reference | null =
    ratios.length === 0 ? null : peaks === 0 ? 'usageBytes' : usages === 0 ? 'peakBytes' : 'mixed'
  const estimable = ratios.length >= options.minInstances
  const estimate = estimable ? quantileSorted(ratios, options.driftQuantile) : null
  const ci = estimable ? bootstrapQuantile(ratios, options.driftQuantile, {resamples: options.resamples}) : undefined
  return {
    instances: withData.length,
    points: withData.reduce((sum, i) => sum + i.points, 0),
    ratios,
    reference,
    estimate,
    ciLow: ci ? ci.low : null,
    ciHigh: ci ? ci.high : null
  }
}

function classEvidence(id: string, stats: ClassStats, prior: Factor, options: AuditOptions): ClassEvidence {
  const base = {
    class: id,
    instances: stats.instances,
    points: stats.points,
    paired: stats.ratios.length,
    reference: stats.reference,
    estimate: stats.estimate,
    ciLow: stats.ciLow,
    ciHigh: stats.ciHigh,
    prior
  }
  if (stats.estimate === null) {
    const why =
      stats.ratios.length === 0
        ? 'working set only: no paired reference (peakBytes / memory.peak or usageBytes)'
        : `only ${plural(stats.ratios.length, 'pod')} with a paired reference (need ${options.minInstances})`
    return {
      ...base,
      applied: prior,
      reason: `${why}, so the prior ${prior.text} applies`,
      note:
        stats.ratios.length === 0
          ? 'prior; the audit data has working set only'
          : `prior; only ${plural(stats.ratios.length, 'pod')} with a paired reference, need ${options.minInstances}`
    }
  }
  const {applied, clamped} = shrink(stats.estimate, stats.ratios.length, prior.value, options.k)
  const estimateText = fixed2(stats.estimate)
  const ci = `90% CI ${fixed2(stats.ciLow ?? stats.estimate)}–${fixed2(stats.ciHigh ?? stats.estimate)}`
  const source = stats.reference === 'peakBytes' ? 'peak' : stats.reference === 'usageBytes' ? 'usage' : 'peak or usage'
  return {
    ...base,
    applied,
    reason:
      `p${Math.round(options.driftQuantile * 100)} of ${source} / working set over ${plural(stats.ratios.length, 'pod')} is ${estimateText} (${ci}); ` +
      `shrunk toward the prior ${prior.text} with k = ${options.k}${clamped ? ', clamped to [1, 2]' : ''}, rounded up to 0.01`,
    note: `estimate ${estimateText} from ${plural(stats.ratios.length, 'pod')}, ${ci}`
  }
}

/** (n·estimate + k·prior)/(n + k), clamped to [1, 2], rounded up to 0.01 — exactly. */
export function shrink(estimate: number, n: number, prior: Rational, k: number): {applied: Factor; clamped: boolean} {
  const e = rational(BigInt(Math.round(estimate * Number(ESTIMATE_SCALE))), ESTIMATE_SCALE)
  const nn = rational(BigInt(n))
  const kk = rational(BigInt(k))
  let value = div(add(mul(nn, e), mul(kk, prior)), add(nn, kk))
  let clamped = false
  if (compare(value, rational(1n)) < 0) {
    value = rational(1n)
    clamped = true
  } else if (compare(value, rational(2n)) > 0) {
    value = rational(2n)
    clamped = true
  }
  const hundredths = ceilDiv(mul(value, rational(100n)), 1n)
  return {
    applied: {
      value: rational(hundredths, 100n),
      text: `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`
    },
    clamped
  }
}

export function fixed2(value: number): string {
  return (Math.round(value * 100 + 1e-9) / 100).toFixed(2)
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function hours(h: number): string {
  return h >= 10 ? `${Math.round(h)} h` : `${h.toFixed(1)} h`
}
