// The core: text in -> findings (and, for fix, verified new text) out. No disk, no CLI, no unified: the
// CLI, the GitHub Action and the KRM function all call this.
import {classifyWorkload, type ClassifiedWorkload} from '../classify/containers.js'
import {containerLimitDelta, podMemory, type PodMemory} from './pod-memory.js'
import {bytesCeil} from '../quantity/memory.js'
import type {Settings} from '../config/settings.js'
import {extractWorkloads} from '../extract/workloads.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../extract/repo-index.js'
import {parseYaml, PrefilterMisread, type ParseProblem} from '../parse/yaml-adapter.js'
import {planSetValues} from '../plan/set-value.js'
import {applyFixes} from '../apply/apply-edits.js'
import {verifyRewrite} from '../apply/verify.js'
import {RULES} from '../rules/index.js'
import {policyFor} from './exemptions.js'
import type {Report, Rule} from '../rules/rule.js'
import type {Fix, Finding, ParsedFile, Range, Severity, SourceText} from '../types.js'

export type FixStatus = 'fixed' | 'unfixable' | 'skipped-overlap' | 'verify-failed' | 'needs-evidence'

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
  /** fix mode changed the file (kept when a runner lets go of `output` once it is written) */
  readonly changed?: boolean | undefined
  /** unified diff of the change, computed while the texts were at hand (dry runs of src/run) */
  readonly diff?: string | undefined
  /** the file was not analysed (template, parse error) */
  readonly skipped?: boolean | undefined
  /** parsed file, for reporters that show context (pod totals, diffs) */
  readonly parsed?: ParsedFile | undefined
  /** pod-level memory of the workloads with findings, before and after a fix */
  readonly workloads?: readonly WorkloadMemory[] | undefined
}

export interface WorkloadMemory {
  readonly document: number
  readonly kind: string
  readonly name: string
  readonly namespace: string | undefined
  readonly replicas: number
  readonly before: PodMemory
  /** set when fix changed the file */
  readonly after?: PodMemory | undefined
  /**
   * set when the pod limit is unbounded before or after (a container has none): Σ of the container limits
   * the fix changed, so the summary does not say +0 after a raise
   */
  readonly containerLimitDelta?: bigint | undefined
  /** the namespace's ResourceQuota limits.memory, when the repo has one */
  readonly quota?: {readonly name: string; readonly text: string; readonly bytes: bigint} | undefined
}

export interface AnalyzeOptions {
  readonly fix: boolean
  readonly rules?: readonly Rule[] | undefined
  /** facts from the rest of the repo (Namespace labels, LimitRanges, quotas); the file's own are added */
  readonly index?: RepoIndex | undefined
}

/**
 * A template action at the start of a line (`{{- if … }}`) or as a whole plain value (`image: {{ .Values.x }}`,
 * which happens to parse as a flow mapping) means a chart template. `{{ … }}` inside a quoted or longer
 * plain string (alert descriptions) is ordinary text.
 */
const TEMPLATE_LINE = /^[ \t]*(?:-[ \t]+)?\{\{|:[ \t]+\{\{/m

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
      .map((p) => syntaxFinding(source, p))
    return {ok: false, result: {path: source.path, skipped: true, findings}}
  }
  return {ok: true, file: parsed.file}
}

/** Rules, then (for fix) planned edits applied and verified. */
export function analyzeFile(file: ParsedFile, settings: Settings, options: AnalyzeOptions): FileResult {
  try {
    return analyzeParsed(file, settings, options)
  } catch (error) {
    if (!(error instanceof PrefilterMisread)) throw error
    // The lazy pre-filter is an optimisation: when it cannot read a file, the full parse decides.
    const full = parseYaml({path: file.path, text: file.text}, {prefilter: false})
    if (!full.ok) return {path: file.path, skipped: true, findings: full.problems.slice(0, 5).map((p) => syntaxFinding(file, p))}
    return analyzeParsed(full.file, settings, options)
  }
}

function analyzeParsed(file: ParsedFile, settings: Settings, options: AnalyzeOptions): FileResult {
  const index = mergeIndex(options.index ?? EMPTY_INDEX, INDEX_HINT.test(file.text) ? indexFile(file) : EMPTY_INDEX)
  const {candidates: found, workloads} = collectFindings(file, settings, options.rules ?? RULES, index)
  const {result, rewritten} = options.fix ? fixFile(file, found) : {result: {path: file.path, findings: found.map((f) => f.finding), parsed: file}, rewritten: undefined}
  return {...result, workloads: summarise(result, rewritten, workloads, settings, index)}
}

/** Pod-level memory before and after, for the workloads that have findings (reviewers see the cost). */
function summarise(
  result: FileResult,
  rewritten: ParsedFile | undefined,
  workloads: readonly ClassifiedWorkload[],
  settings: Settings,
  index: RepoIndex
): WorkloadMemory[] {
  const keyOf = (w: {document: number; kind: string; name: string}) => `${w.document}\u0000${w.kind}\u0000${w.name}`
  const touched = new Set(result.findings.flatMap((f) => (f.subject ? [keyOf(f.subject)] : [])))
  if (touched.size === 0) return []
  const after = rewritten
    ? new Map(
        extractWorkloads(rewritten, settings.kinds).map((w) => {
          const classified = classifyWorkload(w, policyFor(w, settings).settings, index)
          return [keyOf({document: w.document.index, kind: w.kind, name: w.name}), classified]
        })
      )
    : undefined
  return workloads
    .filter((w) => touched.has(keyOf({document: w.document.index, kind: w.kind, name: w.name})))
    .map((w) => {
      const later = after?.get(keyOf({document: w.document.index, kind: w.kind, name: w.name}))
      const quota = index.quotaLimit.get(w.namespace ?? 'default')
      const before = podMemory(w)
      const afterMemory = later ? podMemory(later) : undefined
      const unbounded = later && afterMemory && (typeof before.limit !== 'bigint' || typeof afterMemory.limit !== 'bigint')
      return {
        document: w.document.index,
        kind: w.kind,
        name: w.name,
        namespace: w.namespace,
        replicas: w.replicas ?? 1,
        before,
        after: afterMemory,
        ...(unbounded ? {containerLimitDelta: containerLimitDelta(w, later)} : {}),
        quota: quota ? {name: quota.name, text: quota.text, bytes: bytesCeil(quota.bytes)} : undefined
      }
    })
}

export function analyzeText(source: SourceText, settings: Settings, options: AnalyzeOptions): FileResult {
  const prepared = prepare(source)
  return prepared.ok ? analyzeFile(prepared.file, settings, options) : prepared.result
}

interface Candidate {
  finding: ReportedFinding
  fix?: Fix | undefined
}

function collectFindings(
  file: ParsedFile,
  settings: Settings,
  rules: readonly Rule[],
  index: RepoIndex
): {candidates: Candidate[]; workloads: ClassifiedWorkload[]} {
  const out: Candidate[] = []
  const workloads = extractWorkloads(file, settings.kinds).map((workload) => {
    const policy = policyFor(workload, settings)
    return {workload: classifyWorkload(workload, policy.settings, index), policy}
  })
  for (const rule of rules) {
    const configured = settings.rules[rule.meta.id]
    if (configured === 'off') continue
    for (const {workload, policy} of workloads) {
      rule.check(workload, {
        file,
        settings: policy.settings,
        index,
        report: (report) => {
          if (policy.allows(rule.meta.id, report.subject?.container)) out.push(toCandidate(file, rule, configured ?? rule.meta.severity, report))
        }
      })
    }
  }
  return {candidates: out.sort((a, b) => a.finding.range.start - b.finding.range.start), workloads: workloads.map((w) => w.workload)}
}

function toCandidate(file: ParsedFile, rule: Rule, configured: Severity, report: Report): Candidate {
  const range: Range = 'type' in report.at ? report.at.range : report.at
  const start = file.position(range.start)
  const end = file.position(range.end)
  const severity = report.severity ?? configured
  let fix: Fix | undefined
  let status: FixStatus | undefined
  let reason: string | undefined = report.unfixable
  if (report.fix && !reason) {
    const planned = planSetValues(file, report.fix)
    if (planned.ok) fix = planned.fix
    else reason = planned.reason
  }
  if (report.fix && !fix) status = 'unfixable'
  if (report.needsEvidence) status = 'needs-evidence'
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

/** The file with every safe fix applied and verified; `rewritten` is the new text, parsed (when it changed). */
function fixFile(file: ParsedFile, found: readonly Candidate[]): {result: FileResult; rewritten: ParsedFile | undefined} {
  const fixable = found.filter((c): c is Candidate & {fix: Fix} => c.fix !== undefined)
  const outcome = new Map<Candidate, {status: FixStatus; reason?: string}>()
  let attempt = tryApply(file, fixable)
  if (!attempt.ok) {
    // Something in the batch is unsafe: keep each fix that is safe on its own, then re-verify together.
    const safe = fixable.filter((c) => {
      const alone = tryApply(file, [c])
      if (!alone.ok) outcome.set(c, {status: 'verify-failed', reason: alone.reason})
      return alone.ok
    })
    attempt = tryApply(file, safe)
    if (!attempt.ok) for (const c of safe) outcome.set(c, {status: 'verify-failed', reason: attempt.reason})
  }
  let output = file.text
  let rewritten: ParsedFile | undefined
  if (attempt.ok) {
    output = attempt.text
    rewritten = attempt.file
    for (const c of attempt.applied) outcome.set(c, {status: 'fixed'})
    for (const c of attempt.skipped) outcome.set(c, {status: 'skipped-overlap', reason: 'another fix edits the same place; run fix again'})
  }
  const findings = found.map((c) => {
    const result = outcome.get(c)
    return result ? {...c.finding, status: result.status, reason: result.reason ?? c.finding.reason} : c.finding
  })
  const changed = output !== file.text
  return {result: {path: file.path, findings, parsed: file, output: changed ? output : undefined}, rewritten: changed ? rewritten : undefined}
}

type Attempt<C> = {ok: true; text: string; file: ParsedFile | undefined; applied: readonly C[]; skipped: readonly C[]} | {ok: false; reason: string}

function tryApply<C extends Candidate & {fix: Fix}>(file: ParsedFile, candidates: readonly C[]): Attempt<C> {
  if (candidates.length === 0) return {ok: true, text: file.text, file: undefined, applied: [], skipped: []}
  const wrapped = candidates.map((c) => ({...c.fix, candidate: c}))
  const result = applyFixes(file.text, wrapped)
  const changes = result.applied.flatMap((f) => f.changes)
  const verdict = verifyRewrite(file, result.text, changes)
  if (!verdict.ok) return verdict
  return {ok: true, text: result.text, file: verdict.file, applied: result.applied.map((f) => f.candidate), skipped: result.skipped.map((f) => f.candidate)}
}

function syntaxFinding(source: SourceText, problem: ParseProblem): ReportedFinding {
  return fileFinding(source, 'yaml-syntax', 'error', `invalid YAML: ${problem.message}; file left unchanged`, problem.offset, problem)
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
