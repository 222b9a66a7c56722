import type {RankedFinding} from '../../report/github.js'
import {describe, repoPath} from '../../report/github.js'
import {memoryChange, replicasOf, showBytes} from '../shared/workload-facts.js'

/** GitHub's limit per step summary, less room for the closing lines. */
export const SUMMARY_LIMIT = 1024 * 1024
const TAIL_ROOM = 16 * 1024

export interface SummaryContext {
  readonly mode: 'check' | 'fix'
  readonly cwd: string
  readonly root: string
  readonly filesChecked: number
  /** how the files were chosen, e.g. "changed in this pull request (git diff HEAD^1 HEAD)" */
  readonly scope: string
  /** file links: `${server}/${repository}/blob/${sha}/` when known */
  readonly blobBase?: string | undefined
  readonly sarifFile?: string | undefined
  readonly notes?: readonly string[] | undefined
}

export function buildSummary(ranked: readonly RankedFinding[], context: SummaryContext): string {
  const counts = {error: 0, warning: 0, info: 0, fixed: 0}
  for (const r of ranked) {
    if (r.fixed) counts.fixed++
    else counts[r.finding.severity]++
  }
  const head: string[] = []
  const open = counts.error + counts.warning
  const verdict =
    open > 0
      ? `${open} finding${open === 1 ? '' : 's'} to fix`
      : counts.fixed > 0
        ? `${counts.fixed} sidecar limit${counts.fixed === 1 ? '' : 's'} fixed`
        : 'every sidecar has memory headroom'
  head.push(`## kube-headroom: ${verdict}`, '')
  head.push(
    `Mode \`${context.mode}\` · ${context.filesChecked} file${context.filesChecked === 1 ? '' : 's'} checked (${escapeCell(context.scope)})`,
    ''
  )
  for (const note of context.notes ?? []) head.push(`> ${escapeCell(note)}`, '')

  const rows: string[] = []
  let omitted = 0
  if (ranked.length > 0) {
    rows.push('| | File | Workload | Container | Current → required | Why |', '|---|---|---|---|---|---|')
  }
  let size = byteLength(head.join('\n')) + byteLength(rows.join('\n'))
  for (const r of ranked) {
    const row = rowOf(r, context)
    const rowSize = byteLength(row) + 1
    if (size + rowSize > SUMMARY_LIMIT - TAIL_ROOM) {
      omitted++
      continue
    }
    size += rowSize
    rows.push(row)
  }

  const tail: string[] = ['']
  if (omitted > 0)
    tail.push(
      `… and ${omitted} more finding${omitted === 1 ? '' : 's'} (the summary is limited to 1 MiB)${context.sarifFile ? `; all are in ${context.sarifFile}` : ''}.`,
      ''
    )
  const parts: string[] = []
  if (counts.error > 0) parts.push(`${counts.error} error${counts.error === 1 ? '' : 's'}`)
  if (counts.warning > 0) parts.push(`${counts.warning} warning${counts.warning === 1 ? '' : 's'}`)
  if (counts.fixed > 0) parts.push(`${counts.fixed} fixed`)
  if (counts.info > 0) parts.push(`${counts.info} info`)
  tail.push(`**Totals:** ${parts.length > 0 ? parts.join(', ') : 'no findings'}.`)
  const memory = memoryTotals(ranked)
  if (memory) tail.push('', memory)
  if (context.sarifFile) tail.push('', `SARIF: \`${escapeCell(context.sarifFile)}\``)
  return `${[...head, ...rows, ...tail].join('\n')}\n`
}

function rowOf(r: RankedFinding, context: SummaryContext): string {
  const {finding} = r
  const icon = r.fixed ? '✅' : finding.severity === 'error' ? '❌' : finding.severity === 'warning' ? '⚠️' : 'ℹ️'
  const file = repoPath(finding.path, context.cwd, context.root) || finding.path
  const place = `${file}:${finding.line}`
  const fileCell =
    context.blobBase && file && !file.startsWith('/')
      ? `[${escapeCell(place)}](${context.blobBase}${encodePath(file)}#L${finding.line})`
      : escapeCell(place)
  const subject = finding.subject
  const workload = subject ? `${subject.kind} ${subject.namespace ? `${subject.namespace}/` : ''}${subject.name}` : ''
  const change = memoryChange(finding)
  const memory = change
    ? `${change.currentBytes === undefined ? 'none' : showBytes(change.currentBytes)} → ${change.required}`
    : ''
  const why = r.fixed ? `fixed: ${finding.message}` : describe(finding)
  return `| ${icon} | ${fileCell} | ${escapeCell(workload)} | ${escapeCell(subject?.container ?? '')} | ${escapeCell(memory)} | ${escapeCell(why)} |`
}

/** "Memory limits raised: +40Mi per pod set, +120Mi across 3 replicas". */
function memoryTotals(ranked: readonly RankedFinding[]): string | undefined {
  let perPod = 0
  let total = 0
  let perNode = 0
  let newLimits = 0
  let newLimitBytes = 0
  let changes = 0
  for (const r of ranked) {
    if (r.finding.severity === 'info' && !r.fixed) continue
    const change = memoryChange(r.finding)
    const subject = r.finding.subject
    if (!change || !subject) continue
    changes++
    if (change.currentBytes === undefined) {
      newLimits++
      newLimitBytes += change.requiredBytes
      continue
    }
    const added = Math.max(0, change.requiredBytes - change.currentBytes)
    const replicas = replicasOf(r.result, subject)
    perPod += added
    if (replicas.count === undefined) perNode += added
    else total += added * replicas.count
  }
  if (changes === 0) return undefined
  const lines: string[] = []
  if (perPod > 0) {
    const across = `**+${showBytes(total)}** across all replicas (× \`spec.replicas\`; an autoscaler may run more)`
    lines.push(
      `**Memory limits raised:** +${showBytes(perPod)} summed per pod, ${across}${perNode > 0 ? `, plus +${showBytes(perNode)} per node for DaemonSets` : ''}.`
    )
  }
  if (newLimits > 0)
    lines.push(
      `${newLimits} sidecar${newLimits === 1 ? ' gets' : 's get'} a memory limit for the first time (${showBytes(newLimitBytes)} in total per pod).`
    )
  return lines.join(' ')
}

export function escapeCell(text: string): string {
  // Backslash-escape Markdown's own characters (the pipe ends a cell), then HTML-escape: no raw HTML.
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

function encodePath(file: string): string {
  // encodeURIComponent leaves ( and ) alone; either would end a Markdown link target.
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/')
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
