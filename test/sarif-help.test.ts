// SARIF rule descriptors link to the rule's section of docs/rules.md in the repository package.json names
// (code scanning shows the link next to every alert).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import pkg from '../package.json' with {type: 'json'}
import {buildSarif, RULES_DOC} from '../src/report/sarif.js'
import {RULES} from '../src/rules/index.js'
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

  it('points every rule at its own heading in docs/rules.md, and the help text carries the link', () => {
    const headings = new Set(
      readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')
        .match(/^## (\S+)$/gm)
        ?.map((h) => h.slice(3))
    )
    const rules = descriptors([])
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id))
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`${RULES_DOC}#${rule.id}`)
      expect(headings.has(rule.id), `docs/rules.md has a "## ${rule.id}" section`).toBe(true)
      expect(new URL(rule.helpUri).hash).toBe(`#${rule.id}`)
      expect(rule.help.text).toContain(rule.helpUri)
      expect(rule.help.markdown).toContain(`(${rule.helpUri})`)
    }
  })

  it('points file-level findings (not rules) at the rules page, without a section that does not exist', () => {
    const yamlSyntax = descriptors(['yaml-syntax']).find((r) => r.id === 'yaml-syntax')
    expect(yamlSyntax?.helpUri).toBe(RULES_DOC)
  })

  it('names the repository README as the tool information URI', () => {
    const log = buildSarif([], OPTIONS) as {runs: {tool: {driver: {informationUri: string}}}[]}
    expect(log.runs[0]!.tool.driver.informationUri).toBe('https://github.com/kube-headroom/kube-headroom#readme')
  })
})
