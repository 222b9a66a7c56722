// GitHub Actions workflow commands (`--format github`, and the Action's annotations). Every value is
// escaped the way @actions/core escapes it, so a crafted file name or message cannot end the command
// early or start a new one: `%`, CR and LF in the message; also `:` and `,` in properties.
// GitHub shows at most 10 annotations per level per step (50 per job): the most important go first and
// the rest are listed as plain log lines, inside a stop-commands block so nothing in them is a command.
import {randomBytes} from 'node:crypto'
import path from 'node:path'
import type {FileResult, ReportedFinding} from '../engine/analyze.js'
import type {Format} from './report-format.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  readonly level: AnnotationLevel
  readonly message: string
  readonly title?: string | undefined
  readonly file?: string | undefined
  readonly line?: number | undefined
  readonly col?: number | undefined
  readonly endLine?: number | undefined
  readonly endColumn?: number | undefined
}

/** What GitHub shows per annotation level in one step. */
export const ANNOTATIONS_PER_LEVEL = 10

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::error file=…,line=…::message` */
export function workflowCommand(annotation: Annotation): string {
  const properties: string[] = []
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') properties.push(`${name}=${escapeProperty(String(value))}`)
  }
  add('file', annotation.file)
  add('line', annotation.line)
  // GitHub only honours columns on single-line annotations.
  const oneLine = annotation.endLine === undefined || annotation.endLine === annotation.line
  if (oneLine) add('col', annotation.col)
  add('endLine', annotation.endLine)
  if (oneLine) add('endColumn', annotation.endColumn)
  add('title', annotation.title)
  const head = properties.length > 0 ? ` ${properties.join(',')}` : ''
  return `::${annotation.level}${head}::${escapeData(annotation.message)}`
}

/** A block whose lines the runner prints without reading them as commands. */
export function literalBlock(lines: readonly string[]): string {
  if (lines.length === 0) return ''
  const token = `headroom-${randomBytes(8).toString('hex')}`
  return [`::stop-commands::${token}`, ...lines, `::${token}::`].join('\n')
}

export interface RankedFinding {
  readonly finding: ReportedFinding
  readonly result: FileResult
  readonly level: AnnotationLevel
  /** the finding was fixed in place (reported as a notice) */
  readonly fixed: boolean
}

const LEVEL_ORDER: Record<AnnotationLevel, number> = {error: 0, warning: 1, notice: 2}

/**
 * Findings in the order they matter: errors, warnings, then notices (info and fixed); within a level,
 * the largest memory shortfall first, then by file and line.
 */
export function rankFindings(results: readonly FileResult[], options: {fixedInPlace: boolean}): RankedFinding[] {
  const ranked: RankedFinding[] = []
  for (const result of results) {
    for (const finding of result.findings) {
      const fixed = options.fixedInPlace && finding.status === 'fixed'
      const level: AnnotationLevel = fixed || finding.severity === 'info' ? 'notice' : finding.severity
      ranked.push({finding, result, level, fixed})
    }
  }
  return ranked.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      Number(a.fixed) - Number(b.fixed) ||
      shortfall(b.finding) - shortfall(a.finding) ||
      a.finding.path.localeCompare(b.finding.path) ||
      a.finding.line - b.finding.line ||
      a.finding.col - b.finding.col
  )
}

/** Bytes missing below the required limit (the whole requirement when there is no limit). */
export function shortfall(finding: ReportedFinding): number {
  const required = finding.data?.requiredLimitBytes
  if (typeof required !== 'number') return 0
  const current = finding.data?.currentLimitBytes
  return typeof current === 'number' ? Math.max(0, required - current) : required
}

export interface Selection {
  readonly annotated: readonly RankedFinding[]
  readonly rest: readonly RankedFinding[]
}

/** At most `perLevel` per level; one notice slot is kept for the "N more" note when anything is left over. */
export function selectAnnotations(ranked: readonly RankedFinding[], perLevel = ANNOTATIONS_PER_LEVEL): Selection {
  const byLevel = (level: AnnotationLevel) => ranked.filter((r) => r.level === level)
  const errors = byLevel('error')
  const warnings = byLevel('warning')
  const notices = byLevel('notice')
  const overflow = errors.length > perLevel || warnings.length > perLevel || notices.length > perLevel
  const noticeSlots = overflow ? perLevel - 1 : perLevel
  const annotated = [...errors.slice(0, perLevel), ...warnings.slice(0, perLevel), ...notices.slice(0, noticeSlots)]
  const chosen = new Set(annotated)
  return {annotated, rest: ranked.filter((r) => !chosen.has(r))}
}

/** The path GitHub expects: relative to the repository root (GITHUB_WORKSPACE), with forward slashes. */
export function repoPath(file: string, cwd: string, root: string): string {
  if (file === '<stdin>') return ''
  const relative = path.relative(root, path.resolve(cwd, file))
  if (relative.startsWith('..') || path.isAbsolute(relative)) return file.split(path.sep).join('/')
  return relative.split(path.sep).join('/')
}

export function annotationFor(ranked: RankedFinding, cwd: string, root: string): Annotation {
  const {finding} = ranked
  const title = ranked.fixed ? `kube-headroom fixed (${finding.ruleId})` : `kube-headroom (${finding.ruleId})`
  const message = ranked.fixed ? `Fixed: ${finding.message}` : describe(finding)
  return {
    level: ranked.level,
    message,
    title,
    file: repoPath(finding.path, cwd, root) || undefined,
    line: finding.line,
    col: finding.col,
    endLine: finding.endLine,
    endColumn: finding.endCol
  }
}

export function describe(finding: ReportedFinding): string {
  if (finding.status && finding.status !== 'fixed' && finding.reason)
    return `${finding.message}; cannot fix: ${finding.reason}`
  if (finding.status === 'unfixable') return `${finding.message}; cannot fix automatically`
  return finding.message
}

/** One plain log line for a finding that did not get an annotation. */
export function plainLine(ranked: RankedFinding): string {
  const {finding} = ranked
  const severity = ranked.fixed ? 'fixed' : finding.severity
  return `${finding.path}:${finding.line}:${finding.col}  ${severity}  ${describe(finding)}  ${finding.ruleId}`.replace(
    /[\r\n]+/g,
    ' '
  )
}

export interface GithubOptions {
  readonly command: 'check' | 'fix'
  readonly dryRun: boolean
  /** folder that result paths are relative to */
  readonly cwd: string
  /** repository root the annotation paths are made relative to (default: GITHUB_WORKSPACE, else cwd) */
  readonly root?: string | undefined
  /** where the findings that are not annotated can be read (for the "N more" note) */
  readonly elsewhere?: string | undefined
}

export const githubFormat: Format = {
  // Workflow commands are read from stdout by the Actions runner.
  stream: 'stdout',
  format: (results, c) => formatGithub(results, {command: c.command, dryRun: c.dryRun, cwd: c.cwd})
}

export function formatGithub(results: readonly FileResult[], options: GithubOptions): string {
  const root = options.root ?? process.env.GITHUB_WORKSPACE ?? options.cwd
  const ranked = rankFindings(results, {fixedInPlace: options.command === 'fix' && !options.dryRun})
  const {annotated, rest} = selectAnnotations(ranked)
  const lines = annotated.map((r) => workflowCommand(annotationFor(r, options.cwd, root)))
  if (rest.length > 0) {
    const where = options.elsewhere ?? 'the log below'
    lines.push(
      workflowCommand({
        level: 'notice',
        title: 'kube-headroom',
        message: `${rest.length} more finding${rest.length === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step); see ${where}`
      })
    )
    lines.push(literalBlock(rest.map(plainLine)))
  }
  return lines.join('\n')
}
