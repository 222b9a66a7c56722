// Audit files -> samples. Each file's format is detected from its content (never its name): a kubelet
// /stats/summary snapshot (one object, an array, or NDJSON), a Prometheus HTTP API response, or a samples
// document / NDJSON of samples. Every record is shape-checked against its schema before it is read.
import path from 'node:path'
import {checkShape, type SchemaName} from './schemas.js'
import {AuditInputError, type AuditFormat, type Sample, type WorkloadHint} from './types.js'
import {hintFromLabels, hintFromPromLabels} from './workloads.js'

export interface ReadOptions {
  /** reference metric name besides container_memory_max_usage_bytes (`--metric`) */
  readonly metric?: string | undefined
}

export interface FileSummary {
  readonly path: string
  readonly format: AuditFormat
  /** snapshots, series or sample records read */
  readonly records: number
  readonly samples: number
  /** values dropped: NaN/±Inf, pause or pod-level series, metrics that say nothing about memory */
  readonly dropped: number
}

type Emit = (sample: Sample) => void

const EXPECTED =
  'is not audit data: expected a kubelet /stats/summary snapshot ({"node", "pods"}), a Prometheus API response ({"status", "data"}) or samples ({"version": 1, "samples"} or NDJSON of sample objects)'

interface Record_ {
  readonly data: unknown
  readonly pointer: string
  readonly line?: number | undefined
}

export function readAuditText(text: string, file: string, options: ReadOptions, emit: Emit): FileSummary {
  const records = splitRecords(text, file)
  const first = records[0]
  if (!first) throw new AuditInputError(file, '', `is empty; ${EXPECTED.slice(3)}`)
  const kind = detect(first.data)
  if (!kind) throw new AuditInputError(file, first.pointer, EXPECTED, first.line)
  const counter = {records: 0, samples: 0, dropped: 0}
  const counted: Emit = (sample) => {
    counter.samples++
    emit(sample)
  }
  for (const record of records) {
    const own = detect(record.data)
    // NDJSON may mix kubelet snapshots and sample lines, but every record has to be one of them.
    const format = own ?? kind
    switch (format) {
      case 'kubelet-summary':
        checkShape('kubelet-summary', record.data, file, record.pointer, record.line)
        readKubelet(record, file, counted, counter)
        break
      case 'prometheus':
        checkShape('prometheus', record.data, file, record.pointer, record.line)
        readPrometheus(record, file, options, counted, counter)
        break
      case 'samples':
        checkShape('samples', record.data, file, record.pointer, record.line)
        for (const [i, sample] of ((record.data as {samples: unknown[]}).samples ?? []).entries()) {
          readSample(sample, file, `${record.pointer}/samples/${i}`, record.line, counted)
        }
        counter.records++
        break
      case 'sample':
        checkShape('sample', record.data, file, record.pointer, record.line)
        readSample(record.data, file, record.pointer, record.line, counted)
        counter.records++
        break
    }
  }
  const format: AuditFormat = kind === 'sample' ? 'samples' : kind
  return {path: file, format, ...counter}
}

/** Whole-file JSON (an object or an array of records), else NDJSON. */
function splitRecords(text: string, file: string): Record_[] {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') return []
  try {
    const data: unknown = JSON.parse(body)
    if (Array.isArray(data)) return data.map((item, i) => ({data: item, pointer: `/${i}`}))
    return [{data, pointer: ''}]
  } catch (whole) {
    const lines = body.split(/\r?\n/)
    const nonEmpty = lines.filter((l) => l.trim() !== '').length
    const out: Record_[] = []
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue
      try {
        out.push({data: JSON.parse(line), pointer: '', line: i + 1})
      } catch (error) {
        if (nonEmpty === 1)
          throw new AuditInputError(file, '', `is not valid JSON (${(whole as Error).message}); ${EXPECTED.slice(3)}`)
        throw new AuditInputError(
          file,
          '',
          `is not valid JSON (${(error as Error).message}); in NDJSON every line must be one JSON object`,
          i + 1
        )
      }
    }
    return out
  }
}

function detect(data: unknown): AuditFormat | 'sample' | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined
  const has = (key: string) => Object.hasOwn(data, key)
  if (has('status') && (has('data') || has('error'))) return 'prometheus'
  if (has('version') && has('samples')) return 'samples'
  if (has('node') || has('pods')) return 'kubelet-summary'
  if (has('pod') && has('container')) return 'sample'
  return undefined
}

// ---- kubelet /stats/summary -------------------------------------------------------------------------

interface KubeletSummary {
  collectedAt?: string
  pods?:
    | {
        podRef: {name: string; namespace: string; uid?: string}
        containers?:
          | {
              name: string
              memory?: {time?: string; workingSetBytes?: number; usageBytes?: number; peakBytes?: number} | null
            }[]
          | null
      }[]
    | null
}

function readKubelet(record: Record_, file: string, emit: Emit, counter: {records: number; dropped: number}): void {
  const summary = record.data as KubeletSummary
  counter.records++
  const fallback = summary.collectedAt === undefined ? undefined : Date.parse(summary.collectedAt)
  for (const [p, pod] of (summary.pods ?? []).entries()) {
    for (const [c, container] of (pod.containers ?? []).entries()) {
      const memory = container.memory
      if (!memory || container.name === 'POD') {
        counter.dropped++
        continue
      }
      const ts = memory.time === undefined ? fallback : Date.parse(memory.time)
      if (ts === undefined || !Number.isFinite(ts)) {
        const pointer = `${record.pointer}/pods/${p}/containers/${c}/memory/time`
        throw new AuditInputError(file, pointer, 'is required (the snapshot has no collectedAt either)', record.line)
      }
      emit({
        namespace: pod.podRef.namespace,
        pod: pod.podRef.name,
        podUid: pod.podRef.uid || undefined,
        container: container.name,
        ts,
        workingSetBytes: memory.workingSetBytes,
        usageBytes: memory.usageBytes,
        peakBytes: memory.peakBytes
      })
    }
  }
}

// ---- Prometheus HTTP API ----------------------------------------------------------------------------

type Role = 'workingSet' | 'peak' | 'usage' | 'limit' | 'oom'

const METRIC_ROLES: Readonly<Record<string, Role>> = {
  container_memory_working_set_bytes: 'workingSet',
  container_memory_max_usage_bytes: 'peak',
  container_memory_usage_bytes: 'usage',
  container_spec_memory_limit_bytes: 'limit',
  kube_pod_container_resource_limits: 'limit',
  kube_pod_container_resource_limits_memory_bytes: 'limit',
  kube_pod_container_status_last_terminated_reason: 'oom',
  kube_pod_container_status_terminated_reason: 'oom'
}

interface PromResponse {
  status: 'success' | 'error'
  error?: string
  data?: {
    resultType: 'vector' | 'matrix'
    result: {metric: Record<string, string>; value?: [number, string]; values?: [number, string][]}[]
  }
}

function readPrometheus(
  record: Record_,
  file: string,
  options: ReadOptions,
  emit: Emit,
  counter: {records: number; dropped: number}
): void {
  const response = record.data as PromResponse
  if (response.status === 'error' || !response.data) {
    const detail = response.error ? `: ${response.error}` : ''
    throw new AuditInputError(
      file,
      `${record.pointer}/status`,
      `must be "success" (the query failed${detail})`,
      record.line
    )
  }
  const fileRole = roleFromFileName(file, options)
  for (const [s, series] of response.data.result.entries()) {
    counter.records++
    const labels = series.metric
    const role = roleOf(labels, fileRole, options)
    const points = series.values ?? (series.value ? [series.value] : [])
    const {namespace, pod, container} = labels
    if (!role || !namespace || !pod || !container || container === 'POD') {
      counter.dropped += points.length
      continue
    }
    if (role === 'limit' && labels.resource !== undefined && labels.resource !== 'memory') {
      counter.dropped += points.length
      continue
    }
    if (role === 'oom' && labels.reason !== undefined && labels.reason !== 'OOMKilled') {
      counter.dropped += points.length
      continue
    }
    const hint = hintFromPromLabels(labels)
    const base = series.values
      ? `${record.pointer}/data/result/${s}/values`
      : `${record.pointer}/data/result/${s}/value`
    for (const [i, point] of points.entries()) {
      const value = promValue(point[1], file, series.values ? `${base}/${i}/1` : `${base}/1`, record.line)
      if (value === undefined || value < 0) {
        counter.dropped++
        continue
      }
      const ts = Math.round(point[0] * 1000)
      const sample: Sample = {namespace, pod, container, image: labels.image || undefined, ts, hint}
      switch (role) {
        case 'workingSet':
          emit({...sample, workingSetBytes: value})
          break
        case 'peak':
          // cAdvisor reports max_usage 0 on cgroup v2 nodes without memory.peak: no peak, not a peak of 0.
          if (value > 0) emit({...sample, peakBytes: value})
          else counter.dropped++
          break
        case 'usage':
          emit({...sample, usageBytes: value})
          break
        case 'limit':
          // cAdvisor reports 0 for "no limit".
          if (value > 0) emit({...sample, limitBytes: value})
          else counter.dropped++
          break
        case 'oom':
          if (value >= 1) emit({...sample, oomKilled: true})
          break
      }
    }
  }
}

function roleOf(labels: Record<string, string>, fileRole: Role | undefined, options: ReadOptions): Role | undefined {
  const name = labels.__name__
  if (name === undefined) return fileRole ?? 'workingSet'
  if (options.metric !== undefined && name === options.metric) return 'peak'
  return METRIC_ROLES[name]
}

/** A query like max_over_time(...) drops __name__; then the file name says which metric it is. */
function roleFromFileName(file: string, options: ReadOptions): Role | undefined {
  const base = path.basename(file)
  if (options.metric !== undefined && base.includes(options.metric)) return 'peak'
  let best: {role: Role; length: number} | undefined
  for (const [name, role] of Object.entries(METRIC_ROLES)) {
    if (base.includes(name) && (!best || name.length > best.length)) best = {role, length: name.length}
  }
  return best?.role
}

function promValue(text: string, file: string, pointer: string, line: number | undefined): number | undefined {
  const trimmed = text.trim()
  if (/^[+-]?(inf|infinity|nan)$/i.test(trimmed)) return undefined
  const value = trimmed === '' ? Number.NaN : Number(trimmed)
  if (!Number.isFinite(value)) {
    throw new AuditInputError(
      file,
      pointer,
      `must be a number in a string, like "134217728", "NaN" or "+Inf" (got ${JSON.stringify(text)})`,
      line
    )
  }
  return value
}

// ---- samples ----------------------------------------------------------------------------------------

interface RawSample {
  namespace: string
  pod: string
  podUid?: string
  container: string
  image?: string
  ts: string | number
  workingSetBytes: number
  usageBytes?: number
  peakBytes?: number
  limitBytes?: number
  oomKilled?: boolean
  workload?: string
  workloadKind?: string
  labels?: Record<string, string>
}

function readSample(data: unknown, file: string, pointer: string, line: number | undefined, emit: Emit): void {
  const raw = data as RawSample
  // Shape is checked by the caller for NDJSON lines and by the document schema otherwise.
  const ts = typeof raw.ts === 'number' ? (raw.ts > 1e11 ? raw.ts : raw.ts * 1000) : Date.parse(raw.ts)
  if (!Number.isFinite(ts)) {
    throw new AuditInputError(
      file,
      `${pointer}/ts`,
      `must be an RFC 3339 time like "2025-01-31T12:00:00Z" or Unix seconds (got ${JSON.stringify(raw.ts)})`,
      line
    )
  }
  const hint: WorkloadHint | undefined = raw.workload
    ? {kind: raw.workloadKind, name: raw.workload}
    : hintFromLabels(raw.pod, raw.labels)
  emit({
    namespace: raw.namespace,
    pod: raw.pod,
    podUid: raw.podUid || undefined,
    container: raw.container,
    image: raw.image,
    ts,
    workingSetBytes: raw.workingSetBytes,
    usageBytes: raw.usageBytes,
    peakBytes: raw.peakBytes,
    limitBytes: raw.limitBytes,
    oomKilled: raw.oomKilled,
    hint
  })
}

export type {SchemaName}
