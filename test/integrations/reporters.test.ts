// --format sarif (validated against the official SARIF 2.1.0 schema, schemas/sarif-2.1.0.schema.json,
// a draft-04 JSON Schema: hence ajv-draft-04) and --format github (workflow commands that a crafted file
// name cannot break out of).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv04 from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RULES} from '../../src/rules/index.js'
import {escapeData, escapeProperty, rankFindings, selectAnnotations, workflowCommand} from '../../src/report/github.js'
import type {FileResult, ReportedFinding} from '../../src/engine/analyze.js'
import {removeTree, tempDir} from '../helpers/cli.js'
import {headroomIn} from '../helpers/in-process.js'
import {BAD, GOOD, ROOT, deployment, writeFiles} from './helpers.js'

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/sarif-2.1.0.schema.json'), 'utf8')) as object
const addFormats = ((addFormatsModule as unknown as {default?: typeof addFormatsModule}).default ??
  addFormatsModule) as unknown as (ajv: object) => void
const AjvClass = ((Ajv04 as unknown as {default?: typeof Ajv04}).default ?? Ajv04) as unknown as new (
  o: object
) => {
  compile(s: object): ((d: unknown) => boolean) & {errors?: unknown}
}
const ajv = new AjvClass({allErrors: true, strict: false})
addFormats(ajv)
const validateSarif = ajv.compile(schema)

function assertValid(log: unknown): void {
  const ok = validateSarif(log)
  expect(validateSarif.errors ?? [], 'SARIF schema errors').toEqual(ok ? [] : validateSarif.errors)
  expect(ok).toBe(true)
}

interface Sarif {
  $schema: string
  version: string
  runs: {
    tool: {
      driver: {
        name: string
        version: string
        informationUri: string
        rules: {id: string; shortDescription: {text: string}; fullDescription: {text: string}; help: {text: string}}[]
      }
    }
    originalUriBaseIds: Record<string, {uri: string}>
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      message: {text: string}
      locations: {
        physicalLocation: {
          artifactLocation: {uri?: string; uriBaseId?: string}
          region: {startLine: number; startColumn: number; endLine: number; endColumn: number}
        }
      }[]
      fixes?: unknown[]
      properties?: {status?: string}
    }[]
  }[]
}

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rule metadata and exact regions', async () => {
    const run = await headroomIn(['check', '--format', 'sarif', 'examples/gitops-repo'])
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout) as Sarif
    assertValid(log)
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/)
    const {driver} = log.runs[0]!.tool
    expect(driver.name).toBe('kube-headroom')
    expect(driver.informationUri).toMatch(/^https:\/\//)
    for (const rule of RULES) {
      const descriptor = driver.rules.find((r) => r.id === rule.meta.id)
      expect(descriptor, rule.meta.id).toBeDefined()
      expect(descriptor!.shortDescription.text).toBe(rule.meta.description)
      expect(descriptor!.fullDescription.text).toContain(rule.meta.description)
      expect(descriptor!.help.text).toContain(rule.meta.description)
    }
    const results = log.runs[0]!.results
    expect(results).toHaveLength(4)
    // three sidecars lack headroom; the ledger's cloud-sql-proxy has no limit and nothing measured it
    expect(results.map((r) => r.level).sort()).toEqual(['error', 'error', 'error', 'warning'])
    for (const result of results) {
      expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
      const {artifactLocation, region} = result.locations[0]!.physicalLocation
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%')
      // Relative to the repo root (the folder the run started in), and it points at the exact scalar.
      const file = path.join(ROOT, decodeURIComponent(artifactLocation.uri!))
      const lines = readFileSync(file, 'utf8').split('\n')
      expect(region.startLine).toBe(region.endLine)
      const text = lines[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1)
      expect(text === 'memory' || /^\d+Mi$/.test(text) || text === 'resources' || text.length > 0, text).toBe(true)
      // a needs-evidence finding proposes no fix: there is nothing measured to size a limit from
      if (result.level === 'error') expect(result.fixes, 'a proposed fix').toBeDefined()
      else expect([result.fixes, result.properties?.status]).toEqual([undefined, 'needs-evidence'])
    }
    const checkout = results.find(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'examples/gitops-repo/base/shop/checkout.yaml'
    )
    expect(checkout!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 186,
      startColumn: 23,
      endLine: 186,
      endColumn: 28
    })
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${ROOT}/`)
  })

  describe('crafted file names, syntax errors, fix mode', () => {
    let dir = ''
    const crafted = 'we ird:na,me%20#?.yaml'
    beforeAll(() => {
      dir = tempDir('headroom-sarif-')
      writeFiles(dir, {
        [`apps/${crafted}`]: deployment('crafted', BAD),
        'apps/ok.yaml': deployment('ok', GOOD),
        'apps/broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: [unclosed\n'
      })
    })
    afterAll(() => removeTree(dir))

    it('check: valid, percent-encoded URIs that decode to the file, engine findings have descriptors', async () => {
      const run = await headroomIn(['check', '--format', 'sarif', '.'], {cwd: dir})
      const log = JSON.parse(run.stdout) as Sarif
      assertValid(log)
      const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri!)
      const encoded = uris.find((u) => u.startsWith('apps/we'))!
      expect(encoded).not.toMatch(/[ :,#?]/)
      expect(decodeURIComponent(encoded)).toBe(`apps/${crafted}`)
      expect(new URL(encoded, 'file:///repo/').pathname).toBe(`/repo/apps/${encodeURIComponent(crafted)}`)
      const syntax = log.runs[0]!.results.find((r) => r.ruleId === 'yaml-syntax')!
      expect(syntax.level).toBe('error')
      expect(log.runs[0]!.tool.driver.rules[syntax.ruleIndex]!.id).toBe('yaml-syntax')
    })

    it('fix --dry-run keeps fixable results; fix leaves only what is still in the files', async () => {
      // --dry-run prints its diff on stdout first; the SARIF log is the JSON document after it.
      const dryOut = (await headroomIn(['fix', '--dry-run', '--format', 'sarif', 'apps'], {cwd: dir})).stdout
      const dry = JSON.parse(dryOut.slice(dryOut.search(/^\{$/m))) as Sarif
      assertValid(dry)
      expect(dry.runs[0]!.results.some((r) => r.ruleId === 'sidecar-memory-headroom')).toBe(true)
      const fixed = await headroomIn(['fix', '--format', 'sarif', 'apps'], {cwd: dir})
      const log = JSON.parse(fixed.stdout) as Sarif
      assertValid(log)
      expect(new Set(log.runs[0]!.results.map((r) => r.ruleId))).toEqual(new Set(['yaml-syntax']))
      expect(readFileSync(path.join(dir, 'apps', crafted), 'utf8')).toContain('memory: 1Gi # sized from kubectl top')
    })
  })
})

function finding(over: Partial<ReportedFinding>): ReportedFinding {
  return {
    ruleId: 'sidecar-memory-headroom',
    severity: 'error',
    message: 'm',
    path: 'a.yaml',
    range: {start: 0, end: 0},
    line: 1,
    col: 1,
    endLine: 1,
    endCol: 2,
    ...over
  }
}

describe('--format github', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% of\r\nlimit')).toBe('50%25 of%0D%0Alimit')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
    expect(
      workflowCommand({
        level: 'error',
        file: 'x,line=1:y',
        line: 3,
        col: 2,
        endLine: 3,
        endColumn: 4,
        title: 'T: 1, 2',
        message: 'two\nlines'
      })
    ).toBe('::error file=x%2Cline=1%3Ay,line=3,col=2,endLine=3,endColumn=4,title=T%3A 1%2C 2::two%0Alines')
  })

  it('a crafted file name cannot inject a workflow command', async () => {
    const dir = tempDir('headroom-gh-')
    try {
      const evil = 'x,line=9:y%25\n::warning file=pwned::injected.yaml'
      writeFiles(dir, {[evil]: deployment('evil', BAD)})
      const run = await headroomIn(['check', '--format', 'github', '.'], {cwd: dir, env: {GITHUB_WORKSPACE: dir}})
      expect(run.code).toBe(1)
      const lines = run.stdout.split('\n').filter((l) => l !== '')
      expect(lines).toHaveLength(1)
      const line = lines[0]!
      expect(line.startsWith('::error file=')).toBe(true)
      expect(run.stdout).not.toMatch(/^::warning/m)
      const file = /^::error file=([^,]*),/.exec(line)![1]!
      const decoded = file
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%')
      expect(decoded).toBe(evil)
      expect(line).toMatch(
        /,line=18,col=23,endLine=18,endColumn=28,title=kube-headroom \(sidecar-memory-headroom\)::istio-proxy memory limit 140Mi/
      )
    } finally {
      removeTree(dir)
    }
  })

  it('caps annotations at 10 per level, most important first, and lists the rest outside command processing', () => {
    const findings: ReportedFinding[] = []
    for (let i = 0; i < 14; i++)
      findings.push(finding({line: i + 1, data: {requiredLimitBytes: 200, currentLimitBytes: 200 - i}}))
    for (let i = 0; i < 3; i++) findings.push(finding({severity: 'warning', line: 100 + i}))
    for (let i = 0; i < 12; i++) findings.push(finding({severity: 'info', ruleId: 'template', line: 200 + i}))
    const results: FileResult[] = [{path: 'a.yaml', findings}]
    const {annotated, rest} = selectAnnotations(rankFindings(results, {fixedInPlace: false}))
    const levels = annotated.map((r) => r.level)
    expect(levels.filter((l) => l === 'error')).toHaveLength(10)
    expect(levels.filter((l) => l === 'warning')).toHaveLength(3)
    // one notice slot is kept for the "N more" note
    expect(levels.filter((l) => l === 'notice')).toHaveLength(9)
    // largest shortfall first
    expect(annotated.slice(0, 3).map((r) => r.finding.line)).toEqual([14, 13, 12])
    expect(rest).toHaveLength(4 + 3)
  })
})
