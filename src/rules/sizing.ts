// Evidence-first sizing, shared by the declared and the injected sidecar rules. A limit in place (however
// it got there) that is below the required one is raised. A container with no limit at all is unbounded:
// any limit lowers what it may use, so one is only written from evidence (an observed peak with enough
// data) or from a limit the user configured for the class; otherwise the finding says what it needs.
import type {ContainerKey, Evidence} from '../audit/evidence.js'
import type {SidecarClass} from '../config/settings.js'
import {formatBytes} from '../quantity/memory.js'
import {DEFAULT_FLOORS} from '../classify/floors.js'
import type {Ceiling} from './ceiling.js'

/**
 * The limit to write: never below the class floor. A ceiling (pod-level limit, LimitRange max) caps the
 * floor, so a floor never turns a raise that fits into one that cannot be written.
 */
export function withFloor(
  required: bigint,
  cls: SidecarClass | undefined,
  classId: string | undefined,
  ceiling: Ceiling
): {bytes: bigint; note: string; why?: string} {
  // the class's floor (built in, or configured); a class turned off (`sidecars.<class>: false`) has none
  const configured = cls?.floor
  const floor =
    configured !== undefined && ceiling.kind !== 'none' && ceiling.bytes < configured ? ceiling.bytes : configured
  if (floor === undefined || floor <= required) return {bytes: required, note: ''}
  const upstream = DEFAULT_FLOORS.find((f) => f.classId === classId && f.bytes === configured)
  const why = upstream ? `${classId} floor: ${upstream.short}` : `sidecars.${classId}.floor`
  const capped =
    floor === configured ? '' : `, capped by the ${ceiling.kind === 'pod' ? 'pod-level limit' : 'LimitRange max'}`
  return {bytes: floor, note: `; fix would set ${formatBytes(floor)} (${why}${capped})`, why: `${why}${capped}`}
}

export type Unbounded =
  /** enough measurements: size from the observed peak */
  | {kind: 'evidence'}
  /** `sidecars.<class>.limit` */
  | {kind: 'configured'; bytes: bigint}
  /** what to do about it, for the message after "has no memory limit (unbounded); " */
  | {kind: 'needs-evidence'; advice: string}

/** How an unbounded container may get a limit, if at all. */
export function unboundedSizing(
  classId: string,
  cls: SidecarClass | undefined,
  evidence: Evidence | undefined,
  key: ContainerKey | undefined
): Unbounded {
  const seen = evidence && key ? evidence.container(key) : undefined
  if (seen?.enough) return {kind: 'evidence'}
  if (cls?.limit !== undefined) return {kind: 'configured', bytes: cls.limit}
  const measured = seen
    ? ` (the audit data has ${seen.points} point${seen.points === 1 ? '' : 's'} over ${seen.spanHours.toFixed(1)} h for it; ${evidence?.options.minPoints ?? 100} over ${evidence?.options.minSpanHours ?? 3} h are needed)`
    : evidence
      ? ' (the audit data has no measurements of it)'
      : ''
  return {
    kind: 'needs-evidence',
    advice:
      `a limit nobody measured could OOM-kill it, so size one from measurements${measured}: ` +
      `headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson …, or set sidecars.${classId}.limit`
  }
}
