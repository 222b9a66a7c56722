// What every audit reader turns its input into: one memory observation of one container instance.
// Readers never estimate anything; they only normalise (bytes as numbers, time as epoch milliseconds).

export type AuditFormat = 'kubelet-summary' | 'prometheus' | 'samples'

export const FORMAT_NAMES: Readonly<Record<AuditFormat, string>> = {
  'kubelet-summary': 'kubelet /stats/summary',
  prometheus: 'Prometheus API response',
  samples: 'samples'
}

/** A workload named by the data itself (labels, an explicit field), stronger than a pod-name guess. */
export interface WorkloadHint {
  readonly kind?: string | undefined
  readonly name: string
}

export interface Sample {
  readonly namespace: string
  readonly pod: string
  readonly podUid?: string | undefined
  readonly container: string
  readonly image?: string | undefined
  /** epoch milliseconds; undefined for an instant value without a time (then it is one point) */
  readonly ts: number
  readonly workingSetBytes?: number | undefined
  readonly usageBytes?: number | undefined
  /** peak since the container started (cgroup v2 memory.peak, cAdvisor max_usage) */
  readonly peakBytes?: number | undefined
  readonly limitBytes?: number | undefined
  readonly oomKilled?: boolean | undefined
  readonly hint?: WorkloadHint | undefined
}

/** A bad audit file: the file, where in it (line for NDJSON, JSON pointer) and what was expected. */
export class AuditInputError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly expected: string,
    readonly line?: number | undefined
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${pointer === '' ? '/' : pointer} ${expected}`)
  }
}
