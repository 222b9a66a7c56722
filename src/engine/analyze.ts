// The core: text in -> findings (and, for fix, verified new text) out. No disk, no CLI, no unified: the
// CLI, the GitHub Action and the KRM function all call this.
import {classifyWorkload} from '../classify/containers.js'
import type {Settings} from '../config/settings.js'
import {extractWorkloads} from '../extract/workloads.js'
import {parseYaml} from '../parse/yaml-adapter.js'
import {planSetValues} from '../plan/set-value.js'
import {applyFixes} from '../apply/apply-edits.js'
import {verifyRewrite} from '../apply/verify.js'
import {RULES} from '../rules/index.js'
import type {Report, Rule} from '../rules/rule.js'
import type {Fix, Finding, ParsedFile, Range, Severity, SourceText} from '../types.js'

export type FixStatus = 'fixed' | 'unfixable' | 'skipped-overlap' | 'verify-failed'

export interface ReportedFinding extends Finding {
  /** set in fix mode for fixable findings */
  readonly status?: FixStatus | undefined
  /** why it was not fixed */
  readonly reason?: string | undefined
}

export interface FileResult {
  readonly path: string
  readonly findings: readonly ReportedFinding[]
  /** the rewritten text, only when fix mode changed something */
  readonly output?: string | undefined
  /** the file was not analysed (template, parse error) */
  readonly skipped?: boolean | undefined
  /** parsed file, for reporters that show context (pod totals, diffs) */
  readonly parsed?: ParsedFile | undefined
}

export interface AnalyzeOptions {
  readonly fix: boolean
  readonly rules?: readonly Rule[] | undefined
}

/** Lines that start with a template action (`{{- if … }}`) mean the file is a chart template. */
const TEMPLATE_LINE = /^[ \t]*(?:-[ \t]+)?\{\{/m

export type Prepared = {ok: true; file: ParsedFile} | {ok: false; result: FileResult}

/** Parse stage: template check and YAML parse. A file that is not analysable comes back as its result. */
export function prepare(source: SourceText): Prepared {
  const text = source.text
  const templated = text.includes('{{') && TEMPLATE_LINE.test(text)
  const parsed = templated ? undefined : parseYaml(source)
  if (templated || (parsed && !parsed.ok && text.includes('{{'))) {
    const message = 'contains Go/Helm template syntax; not checked. Render it first: helm template … | headroom check -'
    return {ok: false, result: {path: source.path, skipped: true, findings: [fileFinding(source, 'template', 'info', message, 0)]}}
  }
  if (!parsed || !parsed.ok) {
    const problems = parsed && !parsed.ok ? parsed.problems : []
    const findings = problems
      .slice(0, 5)
      .map((p) => fileFinding(source, 'yaml-syntax', 'error', `invalid YAML: ${p.message}; file left unchanged`, p.offset, p))
    return {ok: false, result: {path: source.path, skipped: true, findings}}
  }
  return {ok: true, file: parsed.file}
}

/** Rules, then (for fix) planned edits applied and verified. */
export function analyzeFile(file: ParsedFile, settings: Settings, options: AnalyzeOptions): FileResult {
  const found = collectFindings(file, settings, options.rules ?? RULES)
  if (!options.fix) return {path: file.path, findings: found.map((f) => f.finding), parsed: file}
  return fixFile(file, found)
}

export function analyzeText(source: SourceText, settings: Settings, options: AnalyzeOptions): FileResult {
  const prepared = prepare(source)
  return prepared.ok ? analyzeFile(prepared.file, settings, options) : prepared.result
}

interface Candidate {
  finding: ReportedFinding
  fix?: Fix | undefined
}

function collectFindings(file: ParsedFile, settings: Settings, rules: readonly Rule[]): Candidate[] {
  const out: Candidate[] = []
  const workloads = extractWorkloads(file, settings.kinds).map((w) => classifyWorkload(w, settings))
  for (const rule of rules) {
    const configured = settings.rules[rule.meta.id]
    if (configured === 'off') continue
    for (const workload of workloads) {
      rule.check(workload, {
        file,
        settings,
        report: (report) => out.push(toCandidate(file, rule, configured ?? rule.meta.severity, report))
      })
    }
  }
  return out.sort((a, b) => a.finding.range.start - b.finding.range.start)
}

function toCandidate(file: ParsedFile, rule: Rule, configured: Severity, report: Report): Candidate {
  const range: Range = 'type' in report.at ? report.at.range : report.at
  const start = file.position(range.start)
  const end = file.position(range.end)
  const severity = report.severity === 'info' ? 'info' : configured
  let fix: Fix | undefined
  let status: FixStatus | undefined
  let reason: string | undefined = report.unfixable
  if (report.fix && !reason) {
    const planned = planSetValues(file, report.fix)
    if (planned.ok) fix = planned.fix
    else reason = planned.reason
  }
  if (report.fix && !fix) status = 'unfixable'
  const finding: ReportedFinding = {
    ruleId: rule.meta.id,
    severity,
    message: report.message,
    path: file.path,
    range,
    line: start.line,
    col: start.col,
    endLine: end.line,
    endCol: end.col,
    subject: report.subject,
    fix,
    data: report.data,
    status,
    reason
  }
  return {finding, fix}
}

function fixFile(file: ParsedFile, found: readonly Candidate[]): FileResult {
  const fixable = found.filter((c): c is Candidate & {fix: Fix} => c.fix !== undefined)
  const outcome = new Map<Candidate, {status: FixStatus; reason?: string}>()
  let output = file.text
  if (fixable.length > 0) {
    const attempt = tryApply(file, fixable)
    if (attempt.ok) {
      output = attempt.text
      for (const c of attempt.applied) outcome.set(c, {status: 'fixed'})
      for (const c of attempt.skipped) outcome.set(c, {status: 'skipped-overlap', reason: 'another fix edits the same place; run fix again'})
    } else {
      // Something in the batch is unsafe: keep each fix that is safe on its own, then re-verify together.
      const safe = fixable.filter((c) => {
        const alone = tryApply(file, [c])
        if (!alone.ok) outcome.set(c, {status: 'verify-failed', reason: alone.reason})
        return alone.ok
      })
      const together = tryApply(file, safe)
      if (together.ok) {
        output = together.text
        for (const c of together.applied) outcome.set(c, {status: 'fixed'})
        for (const c of together.skipped) outcome.set(c, {status: 'skipped-overlap', reason: 'another fix edits the same place; run fix again'})
      } else {
        for (const c of safe) outcome.set(c, {status: 'verify-failed', reason: together.reason})
      }
    }
  }
  const findings = found.map((c) => {
    const result = outcome.get(c)
    return result ? {...c.finding, status: result.status, reason: result.reason ?? c.finding.reason} : c.finding
  })
  return {path: file.path, findings, parsed: file, output: output === file.text ? undefined : output}
}

type Attempt<C> = {ok: true; text: string; applied: readonly C[]; skipped: readonly C[]} | {ok: false; reason: string}

function tryApply<C extends Candidate & {fix: Fix}>(file: ParsedFile, candidates: readonly C[]): Attempt<C> {
  const wrapped = candidates.map((c) => ({...c.fix, candidate: c}))
  const result = applyFixes(file.text, wrapped)
  const changes = result.applied.flatMap((f) => f.changes)
  const verdict = verifyRewrite(file, result.text, changes)
  if (!verdict.ok) return verdict
  return {ok: true, text: result.text, applied: result.applied.map((f) => f.candidate), skipped: result.skipped.map((f) => f.candidate)}
}

function fileFinding(
  source: SourceText,
  ruleId: string,
  severity: Severity,
  message: string,
  offset: number,
  position?: {line: number; col: number}
): ReportedFinding {
  const line = position?.line ?? 1
  const col = position?.col ?? 1
  return {ruleId, severity, message, path: source.path, range: {start: offset, end: offset}, line, col, endLine: line, endCol: col}
}
