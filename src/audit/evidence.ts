// Evidence from audit data, as the rules see it. Lookups are by namespace + workload + container (what a
// manifest names) and by sidecar class id (what the classifier names, injected sidecars included:
// `istio-proxy`, `linkerd-proxy`, …), so a rule never needs to know how the data was collected.
import type {Factor} from '../config/factor.js'
import type {AuditOptions} from './options.js'

export interface ContainerKey {
  /** undefined matches every namespace (a manifest without metadata.namespace) */
  readonly namespace?: string | undefined
  /** manifest kind; undefined or a custom kind accepts any pod-name pattern */
  readonly kind?: string | undefined
  readonly workload: string
  readonly container: string
}

export interface OomEvidence {
  /** pods of this container that were OOM-killed */
  readonly pods: number
  /** the limit that was OOM-killed (largest over those pods) */
  readonly limitBytes: number
  /** where that limit came from: the data's limitBytes, or (without one) the largest memory observed */
  readonly limitFrom: 'limit' | 'observed'
  /** max(L + 100Mi, 1.2 × L), whole bytes rounded up (VPA's OOM bump) */
  readonly floorBytes: bigint
}

export interface ContainerEvidence {
  readonly namespaces: readonly string[]
  readonly workload: string
  readonly container: string
  readonly instances: number
  readonly points: number
  readonly spanHours: number
  /** the configured percentile over pods of each pod's max working set (bytes) */
  readonly observedPeakBytes: number
  /** enough points over enough time for the observed peak to count */
  readonly enough: boolean
  readonly reason: string
  readonly oom?: OomEvidence | undefined
}

export type Reference = 'peakBytes' | 'usageBytes' | 'mixed'

export interface ClassEvidence {
  readonly class: string
  /** pods of this class with a working set */
  readonly instances: number
  readonly points: number
  /** pods whose working set is paired with a reference (peak, else usage): the n of the estimate */
  readonly paired: number
  readonly reference: Reference | null
  /** p90 of max(reference) / max(working set) per pod; null when it cannot be estimated */
  readonly estimate: number | null
  readonly ciLow: number | null
  readonly ciHigh: number | null
  readonly prior: Factor
  /** what the rule uses: (n·estimate + k·prior)/(n + k), clamped to [1, 2], rounded up to 0.01; or the prior */
  readonly applied: Factor
  /** for reports: how `applied` came about */
  readonly reason: string
  /** for finding messages, in parentheses after `drift X` */
  readonly note: string
}

export interface Evidence {
  readonly options: AuditOptions
  /** audit files it came from */
  readonly sources: readonly string[]
  container(key: ContainerKey): ContainerEvidence | undefined
  /** undefined when the data has no container of that class */
  sidecarClass(classId: string, prior: Factor): ClassEvidence | undefined
  /** the class id a container in the data belongs to: its sidecar class, else its own name */
  classOf(container: string, image?: string | undefined): string
}
