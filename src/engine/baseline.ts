// Baselines: accept today's findings, report only new ones. A finding is keyed by file, object,
// container and rule, never by line, so edits that move lines keep it matched.
import {validateBaselineShape as validate} from '../generated/baseline-validator.js'
import type {FileResult, ReportedFinding} from './analyze.js'
import {fileFindingMeta} from './file-findings.js'

export interface BaselineEntry {
  file: string
  kind?: string
  namespace?: string
  name?: string
  container?: string
  rule: string
  count: number
}

export interface Baseline {
  version: 1
  tool?: string
  findings: BaselineEntry[]
}

export class BaselineError extends Error {}

/** `relative` maps a result path to the path stored in the baseline (relative to the baseline's folder). */
export function createBaseline(results: readonly FileResult[], relative: (path: string) => string): Baseline {
  const counts = new Map<string, BaselineEntry>()
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'info' || finding.status === 'fixed' || !acceptable(finding)) continue
      const entry = entryOf(relative(result.path), finding)
      const key = keyOf(entry)
      const existing = counts.get(key)
      if (existing) existing.count++
      else counts.set(key, entry)
    }
  }
  const findings = [...counts.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
  return {version: 1, tool: 'kube-headroom', findings}
}

/** Drops findings the baseline accepts (each entry accepts up to `count` findings). */
export function applyBaseline(result: FileResult, baseline: Baseline, relative: (path: string) => string): FileResult {
  const budget = new Map(baseline.findings.map((e) => [keyOf(e), e.count]))
  const findings = result.findings.filter((finding) => {
    if (!acceptable(finding)) return true
    const key = keyOf(entryOf(relative(result.path), finding))
    const left = budget.get(key) ?? 0
    if (left <= 0) return true
    budget.set(key, left - 1)
    return false
  })
  return findings.length === result.findings.length ? result : {...result, findings}
}

export function parseBaseline(text: string, source: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new BaselineError(`${source}: not valid JSON: ${(error as Error).message}`)
  }
  if (!validate(data)) {
    const error = validate.errors?.[0]
    throw new BaselineError(`${source}: ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`)
  }
  return data as Baseline
}

/**
 * Rules' findings, and the file-level ones the registry lets a baseline accept: a file that went unchecked
 * because of its config, the machine or a bug in headroom is always reported.
 */
function acceptable(finding: ReportedFinding): boolean {
  return fileFindingMeta(finding.ruleId)?.baseline ?? true
}

function entryOf(file: string, finding: ReportedFinding): BaselineEntry {
  const s = finding.subject
  return {
    file,
    ...(s ? {kind: s.kind, name: s.name, container: s.container} : {}),
    ...(s?.namespace ? {namespace: s.namespace} : {}),
    rule: finding.ruleId,
    count: 1
  }
}

function keyOf(e: BaselineEntry): string {
  return [e.file, e.kind ?? '', e.namespace ?? '', e.name ?? '', e.container ?? '', e.rule].join('\u0000')
}
