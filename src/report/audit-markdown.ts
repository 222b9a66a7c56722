// `headroom audit --format markdown`: for PR comments and CI job summaries ($GITHUB_STEP_SUMMARY).
import type {AuditReport} from '../audit/report.js'
import {bytes, count, fixed, oomSummary, sourcesLine} from './audit-text.js'

export function formatAuditMarkdown(report: AuditReport): string {
  const out: string[] = ['## headroom audit', '', `Measured from ${sourcesLine(report)}.`, '']
  out.push('### Sidecar drift', '')
  if (report.classes.length === 0) {
    out.push('No sidecar containers in the data.', '')
  } else {
    out.push(
      '| Class | Pods | Paired | Points | Estimate (p90) | 90% CI | Prior | Applied | Why |',
      '|---|--:|--:|--:|--:|:-:|--:|--:|---|'
    )
    for (const c of report.classes) {
      const ci = c.estimate === null ? '–' : `${fixed(c.ciLow)}–${fixed(c.ciHigh)}`
      out.push(
        `| \`${cell(c.class)}\` | ${c.instances} | ${c.paired} | ${count(c.points)} | ${fixed(c.estimate)} | ${ci} | ${c.prior} | **${c.applied.toFixed(2)}** | ${cell(c.reason)} |`
      )
    }
    out.push('')
  }
  out.push('### Workload containers', '')
  if (report.containers.length === 0) {
    out.push('No workload container in the data.', '')
  } else {
    out.push(
      '| Workload | Container | Pods | Points | Span | Observed peak | Used | Notes |',
      '|---|---|--:|--:|--:|--:|:-:|---|'
    )
    for (const c of report.containers) {
      const kind = c.match === 'guessed' ? `${c.kind}?` : c.kind
      const notes = [c.match === 'injected' ? 'injected' : '', c.enough ? '' : c.reason, oomSummary(c) ?? '']
        .filter(Boolean)
        .join('; ')
      out.push(
        `| ${cell(`${c.namespace}/${c.workload}`)} (${cell(kind)}) | \`${cell(c.container)}\` | ${c.instances} | ${count(c.points)} | ${c.spanHours.toFixed(1)} h | ${bytes(c.observedPeakBytes)} | ${c.enough ? 'yes' : 'no'} | ${cell(notes)} |`
      )
    }
    out.push('')
  }
  if (report.unmatched.length > 0) {
    out.push(
      '### Unmatched',
      '',
      '| Namespace | Workload (from pod names) | Container | Pods | Points | Why |',
      '|---|---|---|--:|--:|---|'
    )
    for (const u of report.unmatched)
      out.push(
        `| ${cell(u.namespace)} | ${cell(u.workload)} | \`${cell(u.container)}\` | ${u.pods} | ${count(u.points)} | ${cell(u.reason)} |`
      )
    out.push('')
  }
  const s = report.settings
  out.push(
    `<sub>Observed baselines need ≥${s.minPoints} points over ≥${s.minSpanHours} h; drift estimates need ≥${s.minInstances} pods with peak or usage paired with the working set, and are shrunk toward the prior with k = ${s.k}.</sub>`
  )
  return `${out.join('\n')}\n`
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
