// The Action's job summary: Markdown that a file name or message cannot break, and never over GitHub's
// 1 MiB step-summary limit.
import {describe, expect, it} from 'vitest'
import type {FileResult, ReportedFinding} from '../../src/engine/analyze.js'
import {buildSummary, escapeCell, SUMMARY_LIMIT} from '../../src/integrations/action/summary.js'
import {rankFindings} from '../../src/report/github.js'

function finding(i: number, over: Partial<ReportedFinding> = {}): ReportedFinding {
  return {
    ruleId: 'sidecar-memory-headroom',
    severity: 'error',
    message: `istio-proxy memory limit 140Mi is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15) ${'x'.repeat(200)}`,
    path: `apps/app-${i}.yaml`,
    range: {start: 0, end: 0},
    line: 18,
    col: 23,
    endLine: 18,
    endCol: 28,
    subject: {kind: 'Deployment', name: `app-${i}`, namespace: 'shop', container: 'istio-proxy', document: 0},
    data: {currentLimitBytes: 140 * 1048576, requiredLimitBytes: 180 * 1048576, requiredLimit: '180Mi'},
    ...over
  }
}

const context = {mode: 'check' as const, cwd: '/ws', root: '/ws', filesChecked: 1, scope: 'all manifests under .'}

describe('job summary', () => {
  it('escapes table cells: pipes, Markdown and HTML in names and messages stay text', () => {
    expect(escapeCell('a|b')).toBe('a\\|b')
    expect(escapeCell('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeCell('[click](http://x) *bold* `code`\nnext')).toBe('\\[click\\](http://x) \\*bold\\* \\`code\\` next')
    const results: FileResult[] = [
      {path: 'apps/a|b (1).yaml', findings: [finding(0, {path: 'apps/a|b (1).yaml', message: 'limit | <b>bold</b>'})]}
    ]
    const summary = buildSummary(rankFindings(results, {fixedInPlace: false}), {
      ...context,
      blobBase: 'https://github.com/acme/deploy/blob/0123456789abcdef0123456789abcdef01234567/'
    })
    const row = summary.split('\n').find((l) => l.startsWith('| ❌'))!
    // six cells plus the outer pipes: no unescaped pipe from the data
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8)
    expect(row).toContain(
      '(https://github.com/acme/deploy/blob/0123456789abcdef0123456789abcdef01234567/apps/a%7Cb%20%281%29.yaml#L18)'
    )
    expect(row).toContain('limit \\| &lt;b&gt;bold&lt;/b&gt;')
  })

  it('stays under 1 MiB and says how many rows it left out', () => {
    const findings = Array.from({length: 6000}, (_, i) => finding(i))
    const results: FileResult[] = [{path: 'apps/all.yaml', findings}]
    const summary = buildSummary(rankFindings(results, {fixedInPlace: false}), {
      ...context,
      sarifFile: 'headroom.sarif'
    })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    const rows = summary.split('\n').filter((l) => l.startsWith('| ❌')).length
    expect(rows).toBeGreaterThan(1000)
    expect(summary).toContain(
      `… and ${6000 - rows} more findings (the summary is limited to 1 MiB); all are in headroom.sarif.`
    )
    expect(summary).toContain('**Totals:** 6000 errors.')
  })
})
