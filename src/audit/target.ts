// How evidence changes a sidecar's required limit. Shared by the declared-sidecar rule (targetFor) and
// usable by any rule that sizes a sidecar (injected ones too): give it the class id, the workload
// container and the no-evidence baseline, get back drift, baseline, required bytes and the arithmetic
// to print. Without evidence the result is exactly the plain `baseline × drift × (1 + headroom)`.
import type {Factor} from '../config/factor.js'
import {MI, describeBytes, formatBytes, requiredLimitBytes} from '../quantity/memory.js'
import {add, ceilDiv, compare, formatDecimal, rational, type Rational} from '../quantity/rational.js'
import type {ContainerKey, Evidence} from './evidence.js'
import {fixed2} from './estimate.js'

export interface EvidenceTargetInput {
  readonly evidence: Evidence | undefined
  /** sidecar class id (istio-proxy, linkerd-proxy, or a native sidecar's name) */
  readonly classId: string | undefined
  /** the class's own drift setting, when it has one */
  readonly classDrift: Factor | undefined
  /** the global drift setting */
  readonly drift: Factor
  readonly headroom: Factor
  /** the workload container, for its observed peak and OOM history */
  readonly key: ContainerKey | undefined
  /** baseline without evidence (request, limit or default request) and how it was chosen */
  readonly baseline: Rational
  readonly basis: string
}

export interface EvidenceTarget {
  readonly drift: Factor
  readonly baseline: Rational
  readonly basis: string
  readonly requiredBytes: bigint
  /** the parenthesised explanation for the finding message */
  readonly arithmetic: string
  /** evidence facts for finding.data, when evidence was consulted */
  readonly data?: Readonly<Record<string, unknown>> | undefined
}

export function evidenceTarget(input: EvidenceTargetInput): EvidenceTarget {
  const {evidence, headroom} = input
  const configured = input.classDrift ?? input.drift
  const factor = formatDecimal(add(rational(1n), headroom.value))
  if (!evidence) {
    const requiredBytes = requiredLimitBytes(input.baseline, configured.value, headroom.value)
    return {
      drift: configured,
      baseline: input.baseline,
      basis: input.basis,
      requiredBytes,
      arithmetic: `${input.basis} × drift ${configured.text} × headroom ${factor}`
    }
  }
  const data: Record<string, unknown> = {sources: evidence.sources}

  // Drift: the class estimate shrunk toward the prior (class drift, else audit.prior, else global drift).
  const prior = input.classDrift ?? evidence.options.prior ?? input.drift
  let drift = prior
  let driftText = `drift ${prior.text}`
  const cls = input.classId === undefined ? undefined : evidence.sidecarClass(input.classId, prior)
  if (cls) {
    drift = cls.applied
    driftText = `drift ${cls.applied.text} (${cls.note})`
    data.drift = {
      class: cls.class,
      applied: cls.applied.text,
      prior: prior.text,
      estimate: round(cls.estimate),
      ciLow: round(cls.ciLow),
      ciHigh: round(cls.ciHigh),
      pods: cls.paired,
      reason: cls.reason
    }
  }

  // Baseline: max(no-evidence baseline, observed peak) once there is enough data.
  let baseline = input.baseline
  let basis = input.basis
  const seen = input.key ? evidence.container(input.key) : undefined
  if (seen) {
    const observed = rational(ceilDiv(rational(BigInt(seen.observedPeakBytes)), MI) * MI)
    data.observed = {
      observedPeakBytes: seen.observedPeakBytes,
      pods: seen.instances,
      points: seen.points,
      spanHours: Math.round(seen.spanHours * 10) / 10,
      enough: seen.enough
    }
    const over = `${seen.points} point${seen.points === 1 ? '' : 's'} from ${seen.instances} pod${seen.instances === 1 ? '' : 's'} over ${hours(seen.spanHours)}`
    if (!seen.enough) {
      basis = `${input.basis} (observed peak not used, not enough data: ${over})`
    } else if (compare(observed, input.baseline) > 0) {
      baseline = observed
      // an unbounded container without a request has no baseline of its own: the peak is all there is
      basis =
        input.baseline.n === 0n
          ? `observed peak ${describeBytes(observed)} (${over})`
          : `observed peak ${describeBytes(observed)} (${over}) > ${input.basis}`
    } else {
      basis = `${input.basis} ≥ observed peak ${describeBytes(observed)}`
    }
  }
  const formulaBytes = requiredLimitBytes(baseline, drift.value, headroom.value)
  let arithmetic = `${basis} × ${driftText} × headroom ${factor}`
  let requiredBytes = formulaBytes

  // OOM: at least max(L + 100Mi, 1.2 × L) of the limit that was killed.
  const oom = seen?.oom
  if (oom) {
    const floor = ceilDiv(rational(oom.floorBytes), MI) * MI
    const limit = describeBytes(rational(BigInt(oom.limitBytes)))
    data.oom = {pods: oom.pods, limitBytes: oom.limitBytes, limitFrom: oom.limitFrom, floorBytes: Number(floor)}
    if (floor > formulaBytes) {
      requiredBytes = floor
      const pods = oom.pods === 1 ? '1 pod' : `${oom.pods} pods`
      const what =
        oom.limitFrom === 'limit'
          ? `OOM-killed at limit L = ${limit} (${pods})`
          : `OOM-killed at L = ${limit} (${pods}; the data has no limit, so the largest memory seen)`
      arithmetic = `${arithmetic} = ${formatBytes(formulaBytes)}, raised because it was ${what}: max(L + 100Mi, 1.2 × L)`
    }
  }
  const used = data.drift !== undefined || data.observed !== undefined || data.oom !== undefined
  return {drift, baseline, basis, requiredBytes, arithmetic, data: used ? data : undefined}
}

function hours(h: number): string {
  return h >= 10 ? `${Math.round(h)} h` : `${h.toFixed(1)} h`
}

function round(value: number | null): number | null {
  return value === null ? null : Number(fixed2(value))
}
