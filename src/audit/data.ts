// Samples folded into per-instance summaries as they are read, so a large NDJSON file never has to be
// held as sample objects. An instance is one container of one pod (by pod uid when the data has it,
// else by pod name). Points are distinct timestamps, so reading the same snapshot twice counts once.
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {readAuditText, type FileSummary, type ReadOptions} from './read.js'
import {AuditInputError, type Sample, type WorkloadHint} from './types.js'

export interface Instance {
  readonly key: string
  readonly namespace: string
  readonly pod: string
  readonly podUid: string | undefined
  readonly container: string
  image: string | undefined
  hint: WorkloadHint | undefined
  /** distinct timestamps with a working set */
  points: number
  firstTs: number
  lastTs: number
  /** max working set; 0 when the data had none */
  maxWorkingSet: number
  maxUsage: number | undefined
  maxPeak: number | undefined
  /** largest limit seen */
  limitBytes: number | undefined
  oomKilled: boolean
  /** limit in force at an OOM kill, when the same record said both */
  oomLimitBytes: number | undefined
}

export interface AuditData {
  readonly files: readonly FileSummary[]
  readonly instances: readonly Instance[]
}

export class AuditCollector {
  private readonly byKey = new Map<string, Instance>()
  private readonly seen = new Map<string, Set<number>>()
  readonly files: FileSummary[] = []

  add(sample: Sample): void {
    const key = `${sample.namespace}\u0000${sample.podUid ?? sample.pod}\u0000${sample.container}`
    let instance = this.byKey.get(key)
    if (!instance) {
      instance = {
        key,
        namespace: sample.namespace,
        pod: sample.pod,
        podUid: sample.podUid,
        container: sample.container,
        image: sample.image,
        hint: sample.hint,
        points: 0,
        firstTs: Number.POSITIVE_INFINITY,
        lastTs: Number.NEGATIVE_INFINITY,
        maxWorkingSet: 0,
        maxUsage: undefined,
        maxPeak: undefined,
        limitBytes: undefined,
        oomKilled: false,
        oomLimitBytes: undefined
      }
      this.byKey.set(key, instance)
      this.seen.set(key, new Set())
    }
    instance.image ??= sample.image
    instance.hint ??= sample.hint
    if (sample.workingSetBytes !== undefined) {
      const times = this.seen.get(key) as Set<number>
      if (!times.has(sample.ts)) {
        times.add(sample.ts)
        instance.points++
      }
      instance.maxWorkingSet = Math.max(instance.maxWorkingSet, sample.workingSetBytes)
    }
    if (sample.workingSetBytes !== undefined || sample.usageBytes !== undefined || sample.peakBytes !== undefined) {
      instance.firstTs = Math.min(instance.firstTs, sample.ts)
      instance.lastTs = Math.max(instance.lastTs, sample.ts)
    }
    if (sample.usageBytes !== undefined) instance.maxUsage = Math.max(instance.maxUsage ?? 0, sample.usageBytes)
    if (sample.peakBytes !== undefined) instance.maxPeak = Math.max(instance.maxPeak ?? 0, sample.peakBytes)
    if (sample.limitBytes !== undefined) instance.limitBytes = Math.max(instance.limitBytes ?? 0, sample.limitBytes)
    if (sample.oomKilled) {
      instance.oomKilled = true
      if (sample.limitBytes !== undefined)
        instance.oomLimitBytes = Math.max(instance.oomLimitBytes ?? 0, sample.limitBytes)
    }
  }

  readText(text: string, file: string, options: ReadOptions = {}): FileSummary {
    const summary = readAuditText(text, file, options, (s) => this.add(s))
    this.files.push(summary)
    return summary
  }

  finish(): AuditData {
    // Sorted so every later step (and every report) is independent of file and line order.
    const instances = [...this.byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    return {files: this.files, instances}
  }
}

/** Bounds on audit input: a week of 30 s kubelet snapshots of a large cluster fits well inside them. */
export const MAX_AUDIT_FILES = 1000
export const MAX_AUDIT_FILE_BYTES = 512 * 1024 * 1024

/** Reads every audit file (paths shown relative to cwd); throws AuditInputError for the first bad one. */
export async function loadAudit(files: readonly string[], options: ReadOptions & {cwd: string}): Promise<AuditData> {
  const collector = new AuditCollector()
  if (files.length > MAX_AUDIT_FILES) {
    throw new AuditInputError(
      files[MAX_AUDIT_FILES] ?? '',
      '',
      `is one of ${files.length} audit files; at most ${MAX_AUDIT_FILES} are read (merge them into NDJSON)`
    )
  }
  for (const file of files) {
    const absolute = path.resolve(options.cwd, file)
    const relative = path.relative(options.cwd, absolute)
    const shown = relative.startsWith('..') || relative === '' ? absolute : relative
    let text: string
    try {
      const {size} = await stat(absolute)
      if (size > MAX_AUDIT_FILE_BYTES) {
        throw new AuditInputError(
          shown,
          '',
          `is ${Math.round(size / 1048576)} MiB, over the ${MAX_AUDIT_FILE_BYTES / 1048576} MiB limit for one audit file; split it`
        )
      }
      text = await readFile(absolute, 'utf8')
    } catch (error) {
      if (error instanceof AuditInputError) throw error
      const code = (error as NodeJS.ErrnoException).code
      throw new AuditInputError(
        shown,
        '',
        code === 'EISDIR'
          ? 'is a folder; name audit files one by one'
          : `cannot be read (${code ?? (error as Error).message})`
      )
    }
    collector.readText(text, shown, options)
  }
  return collector.finish()
}

/** For tests and in-memory callers. */
export function auditFromTexts(texts: readonly {path: string; text: string}[], options: ReadOptions = {}): AuditData {
  const collector = new AuditCollector()
  for (const {path: file, text} of texts) collector.readText(text, file, options)
  return collector.finish()
}
