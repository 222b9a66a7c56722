// Shared wording for the human audit reports (stylish and markdown).
import {describeBytes} from '../quantity/memory.js'
import {rational} from '../quantity/rational.js'
import type {AuditReport, ClassRow, ContainerRow} from '../audit/report.js'

export function bytes(n: number): string {
  return describeBytes(rational(BigInt(Math.ceil(n))))
}

export function fixed(value: number | null): string {
  return value === null ? '–' : value.toFixed(2)
}

export function count(n: number): string {
  return n.toLocaleString('en-US')
}

export function sourcesLine(report: AuditReport): string {
  const samples = report.sources.reduce((sum, s) => sum + s.samples, 0)
  const byFormat = new Map<string, number>()
  for (const s of report.sources) byFormat.set(s.format, (byFormat.get(s.format) ?? 0) + 1)
  const formats = [...byFormat].map(([f, n]) => `${n} ${f}`).join(', ')
  return `${report.sources.length} file${report.sources.length === 1 ? '' : 's'} (${formats}), ${count(samples)} samples`
}

export function driftSummary(c: ClassRow): string {
  if (c.estimate === null) return `drift ${c.prior} (prior)`
  return `drift ${c.applied.toFixed(2)} (estimate ${fixed(c.estimate)} from ${c.paired} pods, 90% CI ${fixed(c.ciLow)}–${fixed(c.ciHigh)})`
}

export function observedSummary(c: ContainerRow): string {
  return c.enough
    ? `observed peak ${bytes(c.observedPeakBytes)}`
    : `observed peak ${bytes(c.observedPeakBytes)}, not used`
}

export function oomSummary(c: ContainerRow): string | undefined {
  if (!c.oom) return undefined
  const at =
    c.oom.limitFrom === 'limit'
      ? `at limit ${bytes(c.oom.limitBytes)}`
      : `at ${bytes(c.oom.limitBytes)} (no limit in the data; largest memory seen)`
  return `OOM-killed ${at} in ${c.oom.pods} pod${c.oom.pods === 1 ? '' : 's'}: limit must be ≥ ${bytes(c.oom.floorBytes)}`
}

export function workloadName(c: {namespace: string; workload: string}): string {
  return `${c.namespace}/${c.workload}`
}
