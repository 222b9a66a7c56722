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

const dataCache = new WeakMap<object, unknown>()

/** Replica count of the workload a finding is about, read from the manifest itself. */
export function replicasOf(result: FileResult, subject: Subject): Replicas {
  const object = findObject(result, subject)
  if (!object && subject.kind !== 'DaemonSet' && subject.kind !== 'Pod') {
    // A result from the runner (src/run) keeps no documents, only the engine's pod memory per workload.
    const known = result.workloads?.find(
      (w) =>
        w.document === subject.document &&
        w.kind === subject.kind &&
        w.name === subject.name &&
        w.namespace === subject.namespace
    )
    if (known) return {count: known.replicas, basis: 'spec.replicas (1 when not set)'}
  }
  const spec = record(object?.spec)
  switch (subject.kind) {
    case 'DaemonSet':
      return {count: undefined, basis: 'one per node'}
    case 'Pod':
      return {count: 1, basis: 'a single pod'}
    case 'Job':
      return countOr(spec?.parallelism, 'spec.parallelism')
    case 'CronJob':
      return countOr(record(record(record(spec?.jobTemplate)?.spec))?.parallelism, 'jobTemplate parallelism')
    default:
      return countOr(spec?.replicas, 'spec.replicas')
  }
}

function countOr(value: unknown, field: string): Replicas {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? {count: value, basis: field}
    : {count: 1, basis: `${field} not set: 1`}
}

function findObject(result: FileResult, subject: Subject): Record<string, unknown> | undefined {
  const document = result.parsed?.documents[subject.document]
  if (!document) return undefined
  let data = dataCache.get(document)
  if (data === undefined) {
    try {
      data = document.toData() ?? null
    } catch {
      data = null
    }
    dataCache.set(document, data)
  }
  for (const object of objects(data, 0)) {
    const metadata = record(object.metadata)
    if (
      object.kind === subject.kind &&
      metadata?.name === subject.name &&
      (metadata?.namespace ?? undefined) === subject.namespace
    )
      return object
  }
  return undefined
}

function* objects(data: unknown, depth: number): Generator<Record<string, unknown>> {
  const object = record(data)
  if (!object) return
  yield object
  if (typeof object.kind === 'string' && object.kind.endsWith('List') && Array.isArray(object.items) && depth < 8) {
    for (const item of object.items) yield* objects(item, depth + 1)
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
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
