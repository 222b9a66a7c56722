// `headroom audit --format json`: classes, containers and unmatched first (the documented shape), then
// what the report was built from. Stable key order; numbers rounded as shown to people.
import type {AuditReport} from '../audit/report.js'

export const AUDIT_REPORT_VERSION = 1

export function formatAuditJson(report: AuditReport, meta: {version: string}): string {
  return JSON.stringify(
    {
      classes: report.classes,
      containers: report.containers,
      unmatched: report.unmatched,
      version: AUDIT_REPORT_VERSION,
      tool: {name: 'kube-headroom', version: meta.version},
      sources: report.sources,
      settings: report.settings
    },
    null,
    2
  )
}
