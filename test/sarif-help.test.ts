// SARIF rule descriptors link to the rule's section of docs/rules.md in the repository package.json names
// (code scanning shows the link next to every alert).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import pkg from '../package.json' with {type: 'json'}
import {buildSarif, RULES_DOC} from '../src/report/sarif.js'
import {RULES} from '../src/rules/index.js'
import {FILE_FINDINGS} from '../src/engine/file-findings.js'
import {ROOT} from './helpers/cli.js'

interface Descriptor {
  id: string
  helpUri: string
  help: {text: string; markdown: string}
}

const OPTIONS = {command: 'check', dryRun: false, version: '0.0.0', cwd: ROOT} as const
const finding = (ruleId: string) =>
  ({
    ruleId,
    severity: 'error',
    message: 'x',
    path: 'a.yaml',
    range: {start: 0, end: 1},
    line: 1,
    col: 1,
    endLine: 1,
    endCol: 2
  }) as const

function descriptors(ruleIds: string[]): Descriptor[] {
  const log = buildSarif([{path: 'a.yaml', findings: ruleIds.map(finding)}], OPTIONS) as {
    runs: {tool: {driver: {rules: Descriptor[]; informationUri: string}}}[]
  }
  return log.runs[0]!.tool.driver.rules
}

describe('SARIF helpUri', () => {
  it('is docs/rules.md on the repository named in package.json', () => {
    expect(pkg.repository.url).toBe('git+https://github.com/kube-headroom/kube-headroom.git')
    expect(RULES_DOC).toBe('https://github.com/kube-headroom/kube-headroom/blob/main/docs/rules.md')
  })

  it('points every rule and file-level finding at its own heading in docs/rules.md, and the help text carries the link', () => {
    const headings = new Set(
      readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')
        .match(/^###? (\S+)$/gm)
        ?.map((h) => h.replace(/^#+ /, ''))
    )
    const rules = descriptors([])
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.meta.id), ...FILE_FINDINGS.map((f) => f.id)])
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`${RULES_DOC}#${rule.id}`)
      expect(headings.has(rule.id), `docs/rules.md has a "## ${rule.id}" section`).toBe(true)
      expect(new URL(rule.helpUri).hash).toBe(`#${rule.id}`)
      expect(rule.help.text).toContain(rule.helpUri)
      expect(rule.help.markdown).toContain(`(${rule.helpUri})`)
    }
  })

  it('lists file-level findings with a real name, their severity and the registry help, never "kube-headroom <id>"', () => {
    const rules = descriptors(['internal', 'yaml-syntax', 'internal'])
    expect(rules.filter((r) => r.id === 'internal')).toHaveLength(1)
    for (const meta of FILE_FINDINGS) {
      const rule = rules.find((r) => r.id === meta.id) as Descriptor & {
        name: string
        shortDescription: {text: string}
        defaultConfiguration: {level: string}
      }
      expect(rule.shortDescription.text).toBe(meta.description)
      expect(rule.shortDescription.text).not.toMatch(/^kube-headroom /)
      expect(rule.help.text).toContain(meta.help)
      expect(rule.defaultConfiguration.level).toBe(meta.severity === 'info' ? 'note' : meta.severity)
    }
    expect(rules.find((r) => r.id === 'internal')).toMatchObject({name: 'Internal'})
    expect(rules.find((r) => r.id === 'file-too-large')).toMatchObject({name: 'FileTooLarge'})
  })

  it('names the repository README as the tool information URI', () => {
    const log = buildSarif([], OPTIONS) as {runs: {tool: {driver: {informationUri: string}}}[]}
    expect(log.runs[0]!.tool.driver.informationUri).toBe('https://github.com/kube-headroom/kube-headroom#readme')
  })
})
