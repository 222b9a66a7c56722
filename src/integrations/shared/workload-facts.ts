// Facts about the workload behind a finding that reports need but findings do not carry: how many pods
// run (to turn a per-container change into a total) and the memory a fix adds.
import type {FileResult, ReportedFinding} from '../../engine/analyze.js'
import {formatBytes} from '../../quantity/memory.js'
import type {Subject} from '../../types.js'

export interface Replicas {
  /** pods the workload runs; undefined for a DaemonSet (one per node) */
  readonly count: number | undefined
  /** how the count was found, for the reader */
  readonly basis: string
}

/**
 * Pods the workload a finding is about runs. Results from the runner (src/run) keep no documents, only the
 * engine's workloads (src/engine/analyze.ts), so the count is theirs: `spec.replicas`, 1 when not set.
 */
export function replicasOf(result: FileResult, subject: Subject): Replicas {
  if (subject.kind === 'DaemonSet') return {count: undefined, basis: 'one per node'}
  if (subject.kind === 'Pod') return {count: 1, basis: 'a single pod'}
  const known = result.workloads?.find(
    (w) =>
      w.document === subject.document &&
      w.kind === subject.kind &&
      w.name === subject.name &&
      w.namespace === subject.namespace
  )
  if (known) return {count: known.replicas, basis: 'spec.replicas (1 when not set)'}
  const field =
    subject.kind === 'Job'
      ? 'spec.parallelism'
      : subject.kind === 'CronJob'
        ? 'jobTemplate parallelism'
        : 'spec.replicas'
  return {count: 1, basis: `${field} not set: 1`}
}

export interface MemoryChange {
  /** current limit in bytes, when there is one */
  readonly currentBytes: number | undefined
  readonly requiredBytes: number
  /** the limit as the fix writes it */
  readonly required: string
}

/** Current and required limit of a finding that asks for a larger memory limit. */
export function memoryChange(finding: ReportedFinding): MemoryChange | undefined {
  const data = finding.data
  const required = data?.requiredLimitBytes
  if (typeof required !== 'number') return undefined
  const current = data?.currentLimitBytes
  return {
    currentBytes: typeof current === 'number' ? current : undefined,
    requiredBytes: required,
    // what the fix writes (a class floor can make it more than the required value), else the required value
    required:
      typeof data?.writtenLimit === 'string'
        ? data.writtenLimit
        : typeof data?.requiredLimit === 'string'
          ? data.requiredLimit
          : formatBytes(BigInt(required))
  }
}

/** Bytes as the tool writes them (Gi/Mi when exact), or the nearest Mi with one decimal. */
export function showBytes(bytes: number): string {
  if (Number.isSafeInteger(bytes) && bytes >= 0) {
    const exact = formatBytes(BigInt(bytes))
    if (/[GM]i$/.test(exact) || bytes === 0) return exact
  }
  const mi = bytes / 1048576
  return mi >= 1024 ? `${(mi / 1024).toFixed(1)}Gi` : `${mi.toFixed(1)}Mi`
}
