// `headroom audit` for a terminal.
import type {AuditReport} from '../audit/report.js'
import {count, driftSummary, observedSummary, oomSummary, sourcesLine, workloadName} from './audit-text.js'

export function formatAuditStylish(report: AuditReport): string {
  const lines: string[] = [`audit data: ${sourcesLine(report)}`, '']
  lines.push('sidecar drift (kernel-charged memory / working set)')
  if (report.classes.length === 0) lines.push('  no sidecar containers in the data')
  const classWidth = Math.max(8, ...report.classes.map((c) => c.class.length))
  for (const c of report.classes) {
    lines.push(`  ${c.class.padEnd(classWidth)}  ${driftSummary(c)}; ${c.instances} pods, ${count(c.points)} points`)
    lines.push(`  ${''.padEnd(classWidth)}  ${c.reason}`)
  }
  lines.push('', 'workload containers')
  if (report.containers.length === 0) lines.push('  none')
  const nameWidth = Math.max(10, ...report.containers.map((c) => `${workloadName(c)} ${c.container}`.length))
  for (const c of report.containers) {
    const name = `${workloadName(c)} ${c.container}`.padEnd(nameWidth)
    const kind = c.match === 'guessed' ? `${c.kind}?` : c.match === 'injected' ? `${c.kind}, injected` : c.kind
    lines.push(`  ${name}  ${observedSummary(c)} (${kind}); ${c.reason}`)
    const oom = oomSummary(c)
    if (oom) lines.push(`  ${''.padEnd(nameWidth)}  ${oom}`)
  }
  if (report.unmatched.length > 0) {
    lines.push('', 'unmatched (not in the manifests)')
    for (const u of report.unmatched) {
      lines.push(
        `  ${workloadName(u)} ${u.container}: ${u.pods} pod${u.pods === 1 ? '' : 's'}, ${count(u.points)} points; ${u.reason}`
      )
    }
  }
  const s = report.settings
  lines.push(
    '',
    `evidence needed: ≥${s.minPoints} points over ≥${s.minSpanHours} h per container for an observed baseline; ≥${s.minInstances} pods with peak or usage per class for a drift estimate (prior weight k = ${s.k})`
  )
  return `${lines.join('\n')}\n`
}
