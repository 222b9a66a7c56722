// Machine report: a stable JSON document (schema: schemas/report.schema.json).
import type {FileResult} from '../engine/analyze.js'

export const REPORT_VERSION = 1

export function formatJson(results: readonly FileResult[], meta: {mode: 'check' | 'fix'; dryRun?: boolean; version: string}): string {
  const files = results.map((result) => ({
    path: result.path,
    skipped: result.skipped ?? false,
    changed: result.output !== undefined,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.line,
      column: f.col,
      endLine: f.endLine,
      endColumn: f.endCol,
      ...(f.subject ? {subject: f.subject} : {}),
      ...(f.status ? {status: f.status} : {}),
      ...(f.reason ? {reason: f.reason} : {}),
      ...(f.data ? {data: f.data} : {})
    }))
  }))
  const all = files.flatMap((f) => f.findings)
  const summary = {
    files: files.length,
    filesChanged: files.filter((f) => f.changed).length,
    errors: all.filter((f) => f.severity === 'error' && f.status !== 'fixed').length,
    warnings: all.filter((f) => f.severity === 'warning' && f.status !== 'fixed').length,
    infos: all.filter((f) => f.severity === 'info').length,
    fixed: all.filter((f) => f.status === 'fixed').length
  }
  return JSON.stringify({version: REPORT_VERSION, tool: {name: 'kube-headroom', version: meta.version}, mode: meta.mode, dryRun: meta.dryRun ?? false, summary, files}, null, 2)
}
