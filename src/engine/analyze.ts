// The core: text in -> findings (and, for fix, verified new text) out. No disk, no CLI, no unified: the
// CLI, the GitHub Action and the KRM function all call this.
import {classifyWorkload, type ClassifiedWorkload} from '../classify/containers.js'
import {containerLimitDelta, podMemory, type PodMemory} from './pod-memory.js'
import {bytesCeil} from '../quantity/memory.js'
import type {Settings} from '../config/settings.js'
import {extractWorkloads} from '../extract/workloads.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../extract/repo-index.js'
import {parseManifest, withFullParse} from '../parse/templates.js'
import type {ParseOptions, ParseProblem} from '../parse/yaml-adapter.js'
import {planSetValues} from '../plan/set-value.js'
import {applyFixes} from '../apply/apply-edits.js'
import {verifyRewrite} from '../apply/verify.js'
import {RULES} from '../rules/index.js'
import {policyFor} from './exemptions.js'
import {selects, type Selection} from './selection.js'
import {fileFinding} from './file-findings.js'
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
  /** findings about workloads outside the selection (`--namespace`, `--resource`): neither reported nor fixed */
  readonly leftOut?: number | undefined
  /** how many workloads (objects with a pod template) were checked, for the summary line */
  readonly checkedWorkloads?: number | undefined
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
  /** staged rollout: only these workloads' findings are reported and fixed */
  readonly selection?: Selection | undefined
  /** the YAML pre-filter, for the parse that verifies a fix (default on) */
  readonly prefilter?: boolean | undefined
}

export type Prepared =
  | {ok: true; file: ParsedFile; templates?: readonly ReportedFinding[]}
  | {ok: false; result: FileResult}

const TEMPLATE_MESSAGE =
  'contains Go/Helm template syntax; not checked. Render it first: helm template … | headroom check -'

/**
 * Parse stage. Template documents are left out (src/parse/templates.ts) with an info finding each; a file
 * that is not analysable at all comes back as its result.
 */
export function prepare(source: SourceText, options: ParseOptions = {}): Prepared {
  const parsed = parseManifest(source, options)
  if (parsed.ok) {
    const first = parsed.templates[0]
    if (!first) return {ok: true, file: parsed.file}
    if (parsed.file.documents.length === 0)
      return {
        ok: false,
        result: {
          path: source.path,
          skipped: true,
          findings: [fileFinding(source, 'template', TEMPLATE_MESSAGE, first.offset, first)]
        }
      }
    // One finding per file: a chart template holds many documents.
    const lines = parsed.templates.map((t) => t.line).join(', ')
    const count = parsed.templates.length
    const message = `${count === 1 ? 'a document' : `${count} documents`} (line ${lines}) ${count === 1 ? 'contains' : 'contain'} Go/Helm template syntax and ${count === 1 ? 'is' : 'are'} not checked; the other documents are. Render it first: helm template … | headroom check -`
    return {
      ok: true,
      file: parsed.file,
      templates: [fileFinding(source, 'template', message, first.offset, first)]
    }
  }
  if (parsed.templated)
    return {
      ok: false,
      result: {
        path: source.path,
        skipped: true,
        findings: [fileFinding(source, 'template', TEMPLATE_MESSAGE, 0)]
      }
    }
  const findings = parsed.problems.slice(0, 5).map((p) => syntaxFinding(source, p))
  return {ok: false, result: {path: source.path, skipped: true, findings}}
}

/** Rules, then (for fix) planned edits applied and verified. */
export function analyzeFile(file: ParsedFile, settings: Settings, options: AnalyzeOptions): FileResult {
  // The lazy pre-filter is an optimisation: when it cannot read a file, the full parse decides.
  return withFullParse(
    file,
    (parsed) => analyzeParsed(parsed, settings, options),
    (problems) => ({path: file.path, skipped: true, findings: problems.slice(0, 5).map((p) => syntaxFinding(file, p))})
  )
}

function analyzeParsed(file: ParsedFile, settings: Settings, options: AnalyzeOptions): FileResult {
  const index = mergeIndex(options.index ?? EMPTY_INDEX, INDEX_HINT.test(file.text) ? indexFile(file) : EMPTY_INDEX)
  const {
    candidates: found,
    workloads,
    leftOut
  } = collectFindings(file, settings, options.rules ?? RULES, index, options.selection)
  const {result, rewritten} = options.fix
    ? fixFile(file, found, {prefilter: options.prefilter})
    : {result: {path: file.path, findings: found.map((f) => f.finding), parsed: file}, rewritten: undefined}
  return {
    ...result,
    workloads: summarise(result, rewritten, workloads, settings, index),
    checkedWorkloads: workloads.length,
    ...(leftOut > 0 ? {leftOut} : {})
  }
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
      const unbounded =
        later && afterMemory && (typeof before.limit !== 'bigint' || typeof afterMemory.limit !== 'bigint')
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
  const prepared = prepare(source, {prefilter: options.prefilter})
  return prepared.ok ? withTemplates(analyzeFile(prepared.file, settings, options), prepared) : prepared.result
}

/** The info findings of the template documents a file's result leaves out, in line order. */
export function withTemplates(result: FileResult, prepared: Prepared): FileResult {
  if (!prepared.ok || !prepared.templates) return result
  const findings = [...prepared.templates, ...result.findings].sort((a, b) => a.range.start - b.range.start)
  return {...result, findings}
}

interface Candidate {
  finding: ReportedFinding
  fix?: Fix | undefined
}

function collectFindings(
  file: ParsedFile,
  settings: Settings,
  rules: readonly Rule[],
  index: RepoIndex,
  selection: Selection | undefined
): {candidates: Candidate[]; workloads: ClassifiedWorkload[]; leftOut: number} {
  const out: Candidate[] = []
  let leftOut = 0
  const workloads = extractWorkloads(file, settings.kinds).map((workload) => {
    const policy = policyFor(workload, settings)
    return {
      workload: classifyWorkload(workload, policy.settings, index),
      policy,
      selected: selects(selection, workload)
    }
  })
  for (const rule of rules) {
    const configured = settings.rules[rule.meta.id]
    if (configured === 'off') continue
    for (const {workload, policy, selected} of workloads) {
      rule.check(workload, {
        file,
        settings: policy.settings,
        index,
        report: (report) => {
          if (!policy.allows(rule.meta.id, report.subject?.container)) return
          if (selected) out.push(toCandidate(file, rule, configured ?? rule.meta.severity, report))
          else leftOut++
        }
      })
    }
  }
  return {
    candidates: out.sort((a, b) => a.finding.range.start - b.finding.range.start),
    workloads: workloads.map((w) => w.workload),
    leftOut
  }
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
function fixFile(
  file: ParsedFile,
  found: readonly Candidate[],
  parse: ParseOptions
): {result: FileResult; rewritten: ParsedFile | undefined} {
  const fixable = found.filter((c): c is Candidate & {fix: Fix} => c.fix !== undefined)
  const outcome = new Map<Candidate, {status: FixStatus; reason?: string}>()
  const tryApply = <C extends Candidate & {fix: Fix}>(candidates: readonly C[]) => tryFixes(file, candidates, parse)
  let attempt = tryApply(fixable)
  if (!attempt.ok) {
    // Something in the batch is unsafe: keep each fix that is safe on its own, then re-verify together.
    const safe = fixable.filter((c) => {
      const alone = tryApply([c])
      if (!alone.ok) outcome.set(c, {status: 'verify-failed', reason: alone.reason})
      return alone.ok
    })
    attempt = tryApply(safe)
    if (!attempt.ok) for (const c of safe) outcome.set(c, {status: 'verify-failed', reason: attempt.reason})
  }
  let output = file.text
  let rewritten: ParsedFile | undefined
  if (attempt.ok) {
    output = attempt.text
    rewritten = attempt.file
    for (const c of attempt.applied) outcome.set(c, {status: 'fixed'})
    for (const c of attempt.skipped)
      outcome.set(c, {status: 'skipped-overlap', reason: 'another fix edits the same place; run fix again'})
  }
  const findings = found.map((c) => {
    const result = outcome.get(c)
    return result ? {...c.finding, status: result.status, reason: result.reason ?? c.finding.reason} : c.finding
  })
  const changed = output !== file.text
  return {
    result: {path: file.path, findings, parsed: file, output: changed ? output : undefined},
    rewritten: changed ? rewritten : undefined
  }
}

type Attempt<C> =
  | {ok: true; text: string; file: ParsedFile | undefined; applied: readonly C[]; skipped: readonly C[]}
  | {ok: false; reason: string}

function tryFixes<C extends Candidate & {fix: Fix}>(
  file: ParsedFile,
  candidates: readonly C[],
  parse: ParseOptions
): Attempt<C> {
  if (candidates.length === 0) return {ok: true, text: file.text, file: undefined, applied: [], skipped: []}
  const wrapped = candidates.map((c) => ({...c.fix, candidate: c}))
  const result = applyFixes(file.text, wrapped)
  const changes = result.applied.flatMap((f) => f.changes)
  const verdict = verifyRewrite(file, result.text, changes, parse)
  if (!verdict.ok) return verdict
  return {
    ok: true,
    text: result.text,
    file: verdict.file,
    applied: result.applied.map((f) => f.candidate),
    skipped: result.skipped.map((f) => f.candidate)
  }
}

function syntaxFinding(source: SourceText, problem: ParseProblem): ReportedFinding {
  const message = problem.unsupported ? problem.message : `invalid YAML: ${problem.message}; file left unchanged`
  return fileFinding(source, 'yaml-syntax', message, problem.offset, problem)
}
