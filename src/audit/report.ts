// What `headroom audit` reports: per sidecar class what the drift measurements say, per workload
// container what was observed, and the samples no manifest claims. Built from the same Evidence the
// rules use, so the report and `check --audit` never disagree.
import type {Factor, Settings} from '../config/settings.js'
import type {AuditData, Instance} from './data.js'
import type {ClassEvidence, ContainerEvidence, Evidence} from './evidence.js'
import {kindFits, workloadCandidates} from './workloads.js'

/** A workload as the manifests declare it (for matching pods to it). */
export interface ManifestWorkload {
  readonly path: string
  readonly kind: string
  readonly name: string
  readonly namespace: string | undefined
  readonly containers: readonly ManifestContainer[]
}

export interface ManifestContainer {
  readonly name: string
  /** set for sidecars (declared or injected) */
  readonly sidecarClass?: string | undefined
  readonly injected?: boolean | undefined
}

export interface ClassRow {
  readonly class: string
  readonly instances: number
  readonly points: number
  readonly paired: number
  readonly reference: string | null
  readonly estimate: number | null
  readonly ciLow: number | null
  readonly ciHigh: number | null
  readonly prior: string
  readonly applied: number
  readonly reason: string
}

export interface ContainerRow {
  readonly namespace: string
  readonly workload: string
  readonly kind: string
  readonly container: string
  readonly class?: string | undefined
  /** manifest: matched a manifest; injected: a sidecar the manifest's workload gets injected; guessed: from the pod name only */
  readonly match: 'manifest' | 'injected' | 'guessed'
  readonly manifest?: string | undefined
  readonly instances: number
  readonly points: number
  readonly spanHours: number
  readonly observedPeakBytes: number
  readonly enough: boolean
  readonly reason: string
  readonly oom?:
    | {readonly pods: number; readonly limitBytes: number; readonly limitFrom: string; readonly floorBytes: number}
    | undefined
}

export interface UnmatchedRow {
  readonly namespace: string
  readonly workload: string
  readonly container: string
  readonly pods: number
  readonly points: number
  readonly examplePod: string
  readonly reason: string
}

export interface AuditReport {
  readonly sources: readonly {
    readonly path: string
    readonly format: string
    readonly records: number
    readonly samples: number
    readonly dropped: number
  }[]
  readonly classes: readonly ClassRow[]
  readonly containers: readonly ContainerRow[]
  readonly unmatched: readonly UnmatchedRow[]
  readonly settings: {
    readonly k: number
    readonly minPoints: number
    readonly minSpanHours: number
    readonly minInstances: number
    readonly percentile: number
  }
}

export function buildAuditReport(
  data: AuditData,
  settings: Settings,
  manifests?: readonly ManifestWorkload[]
): AuditReport {
  const evidence = settings.evidence
  if (!evidence) throw new Error('buildAuditReport needs settings with evidence')
  const priorFor = (id: string): Factor =>
    settings.sidecars.find((s) => s.id === id)?.drift ?? evidence.options.prior ?? settings.drift

  const rows: ContainerRow[] = []
  const unmatched = new Map<string, {row: Omit<UnmatchedRow, 'pods' | 'points'>; pods: number; points: number}>()
  const classIds = new Set<string>()
  const isKnownSidecar = (container: string, image: string | undefined) =>
    settings.sidecars.some((s) => s.id === evidence.classOf(container, image))

  if (manifests === undefined) {
    // No manifests: group by the most likely workload for each pod name.
    const groups = new Map<
      string,
      {namespace: string; name: string; kind: string; container: string; image: string | undefined}
    >()
    for (const i of data.instances) {
      const best = workloadCandidates(i.pod, i.hint)[0]
      if (!best) continue
      const key = JSON.stringify([i.namespace, best.label, best.name, i.container])
      if (!groups.has(key))
        groups.set(key, {
          namespace: i.namespace,
          name: best.name,
          kind: best.label,
          container: i.container,
          image: i.image
        })
      if (isKnownSidecar(i.container, i.image)) classIds.add(evidence.classOf(i.container, i.image))
    }
    for (const g of groups.values()) {
      const kind = g.kind.includes('/') || g.kind === 'workload' ? undefined : g.kind
      const seen = evidence.container({namespace: g.namespace, kind, workload: g.name, container: g.container})
      if (!seen) continue
      const cls = isKnownSidecar(g.container, g.image) ? evidence.classOf(g.container, g.image) : undefined
      rows.push(row(g.namespace, g.name, g.kind, g.container, cls, 'guessed', undefined, seen))
    }
  } else {
    const byName = new Map<string, ManifestWorkload[]>()
    for (const w of manifests) {
      const list = byName.get(w.name) ?? []
      list.push(w)
      byName.set(w.name, list)
    }
    const claimed = new Map<
      string,
      {workload: ManifestWorkload; container: ManifestContainer | undefined; namespace: string}
    >()
    for (const i of data.instances) {
      const match = matchInstance(i, byName)
      if (!match) {
        addUnmatched(unmatched, i, `no workload in the manifests for pod ${i.pod}`)
        continue
      }
      const declared = match.containers.find((c) => c.name === i.container)
      const injected = !declared && isKnownSidecar(i.container, i.image)
      if (!declared && !injected) {
        addUnmatched(
          unmatched,
          i,
          `${match.kind} ${match.namespace ? `${match.namespace}/` : ''}${match.name} has no container ${i.container}`
        )
        continue
      }
      const container = declared ?? {
        name: i.container,
        sidecarClass: evidence.classOf(i.container, i.image),
        injected: true
      }
      if (container.sidecarClass) classIds.add(container.sidecarClass)
      const key = JSON.stringify([match.path, match.kind, match.namespace ?? i.namespace, match.name, i.container])
      if (!claimed.has(key)) claimed.set(key, {workload: match, container, namespace: match.namespace ?? i.namespace})
    }
    for (const {workload, container, namespace} of claimed.values()) {
      if (!container) continue
      const seen = evidence.container({
        namespace: workload.namespace,
        kind: workload.kind,
        workload: workload.name,
        container: container.name
      })
      if (!seen) continue
      rows.push(
        row(
          namespace,
          workload.name,
          workload.kind,
          container.name,
          container.sidecarClass,
          container.injected ? 'injected' : 'manifest',
          workload.path,
          seen
        )
      )
    }
  }

  const classes: ClassRow[] = []
  for (const id of [...classIds].sort()) {
    const found = evidence.sidecarClass(id, priorFor(id))
    if (found) classes.push(classRow(found))
  }
  rows.sort((a, b) =>
    compareKeys([a.namespace, a.workload, a.container, a.kind], [b.namespace, b.workload, b.container, b.kind])
  )
  const unmatchedRows = [...unmatched.values()]
    .map((u) => ({...u.row, pods: u.pods, points: u.points}))
    .sort((a, b) => compareKeys([a.namespace, a.workload, a.container], [b.namespace, b.workload, b.container]))
  const o = evidence.options
  return {
    sources: data.files.map((f) => ({
      path: f.path,
      format: f.format,
      records: f.records,
      samples: f.samples,
      dropped: f.dropped
    })),
    classes,
    containers: rows,
    unmatched: unmatchedRows,
    settings: {
      k: o.k,
      minPoints: o.minPoints,
      minSpanHours: o.minSpanHours,
      minInstances: o.minInstances,
      percentile: o.percentile
    }
  }
}

function matchInstance(
  i: Instance,
  byName: ReadonlyMap<string, readonly ManifestWorkload[]>
): ManifestWorkload | undefined {
  for (const candidate of workloadCandidates(i.pod, i.hint)) {
    for (const w of byName.get(candidate.name) ?? []) {
      if (w.namespace !== undefined && w.namespace !== i.namespace) continue
      if (kindFits(candidate, w.kind)) return w
    }
  }
  return undefined
}

function addUnmatched(
  into: Map<string, {row: Omit<UnmatchedRow, 'pods' | 'points'>; pods: number; points: number}>,
  i: Instance,
  reason: string
): void {
  const workload = workloadCandidates(i.pod, i.hint)[0]?.name ?? i.pod
  const key = JSON.stringify([i.namespace, workload, i.container])
  const entry = into.get(key) ?? {
    row: {namespace: i.namespace, workload, container: i.container, examplePod: i.pod, reason},
    pods: 0,
    points: 0
  }
  entry.pods++
  entry.points += i.points
  into.set(key, entry)
}

function row(
  namespace: string,
  workload: string,
  kind: string,
  container: string,
  cls: string | undefined,
  match: ContainerRow['match'],
  manifest: string | undefined,
  seen: ContainerEvidence
): ContainerRow {
  return {
    namespace,
    workload,
    kind,
    container,
    ...(cls === undefined ? {} : {class: cls}),
    match,
    ...(manifest === undefined ? {} : {manifest}),
    instances: seen.instances,
    points: seen.points,
    spanHours: Math.round(seen.spanHours * 100) / 100,
    observedPeakBytes: seen.observedPeakBytes,
    enough: seen.enough,
    reason: seen.reason,
    ...(seen.oom
      ? {
          oom: {
            pods: seen.oom.pods,
            limitBytes: seen.oom.limitBytes,
            limitFrom: seen.oom.limitFrom,
            floorBytes: Number(seen.oom.floorBytes)
          }
        }
      : {})
  }
}

function classRow(c: ClassEvidence): ClassRow {
  return {
    class: c.class,
    instances: c.instances,
    points: c.points,
    paired: c.paired,
    reference: c.reference,
    estimate: round2(c.estimate),
    ciLow: round2(c.ciLow),
    ciHigh: round2(c.ciHigh),
    prior: c.prior.text,
    applied: Number(c.applied.text),
    reason: c.reason
  }
}

function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100 + 1e-9) / 100
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? ''
    const y = b[i] ?? ''
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

export type {Evidence}
