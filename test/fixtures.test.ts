// Golden fixtures: fixtures/<case>/input.<ext> is fixed with the default settings and must become
// expected.<ext> byte for byte; check mode must report exactly findings.txt; fixing the expected output
// again must change nothing; and every rewritten expected file must still parse.
//
// findings.txt holds one line per finding, in the order the tool reports them:
//   <line>:<col> <severity> <rule-id> <message>[; cannot fix: <reason>]
// The `; cannot fix:` suffix is what the CLI prints for a finding that has a fix it refused (same as the
// stylish reporter). Folders without an input.* file (e.g. fixtures/audit) are not cases and are skipped.
// An optional config.json holds the settings a case runs with (default: none), e.g. a configured
// `sidecars.<class>.limit` so an unbounded sidecar gets a fix without audit evidence.
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseManifest} from '../src/parse/templates.js'
import {resolveSettings, type HeadroomConfig} from '../src/config/settings.js'
import {analyzeText, type FileResult, type ReportedFinding} from '../src/engine/analyze.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

interface Case {
  name: string
  inputPath: string
  input: string
  expected: string
  findings: string[]
  config: HeadroomConfig
}

function loadCases(): Case[] {
  if (!existsSync(ROOT)) return []
  const cases: Case[] = []
  for (const name of readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, name)
    if (!statSync(dir).isDirectory()) continue
    const inputName = readdirSync(dir).find((f) => /^input\.[^.]+$/.test(f))
    if (!inputName) continue
    const ext = path.extname(inputName)
    const expectedName = [`expected${ext}`, 'expected.yaml'].find((f) => existsSync(path.join(dir, f)))
    if (!expectedName) throw new Error(`fixtures/${name}: ${inputName} has no expected${ext}`)
    const findingsPath = path.join(dir, 'findings.txt')
    if (!existsSync(findingsPath)) throw new Error(`fixtures/${name}: missing findings.txt`)
    cases.push({
      name,
      // A path with the input's own extension, as the CLI would pass it.
      inputPath: `fixtures/${name}/${inputName}`,
      // Read as UTF-8 without any normalisation: BOM and CRLF must reach the tool as they are on disk.
      input: readFileSync(path.join(dir, inputName), 'utf8'),
      expected: readFileSync(path.join(dir, expectedName), 'utf8'),
      findings: readFileSync(findingsPath, 'utf8')
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .filter((l) => l !== ''),
      config: existsSync(path.join(dir, 'config.json'))
        ? (JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as HeadroomConfig)
        : {}
    })
  }
  return cases
}

function describeFinding(f: ReportedFinding): string {
  const refused = f.status !== undefined && f.status !== 'fixed' && f.reason ? `; cannot fix: ${f.reason}` : ''
  return `${f.line}:${f.col} ${f.severity} ${f.ruleId} ${f.message}${refused}`
}

function run(pathName: string, text: string, fix: boolean, config: HeadroomConfig): FileResult {
  return analyzeText({path: pathName, text}, resolveSettings(config), {fix})
}

/** Shows invisible bytes so a CR, BOM or missing final newline is visible in a failure diff. */
function visible(text: string): string {
  return text.replace(/\uFEFF/g, '<BOM>').replace(/\r/g, '<CR>')
}

const cases = loadCases()

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it('fix produces expected byte for byte', () => {
      const result = run(c.inputPath, c.input, true, c.config)
      const output = result.output ?? c.input
      expect(visible(output)).toBe(visible(c.expected))
      expect(output === c.expected).toBe(true)
    })

    it('check reports findings.txt', () => {
      const result = run(c.inputPath, c.input, false, c.config)
      expect(result.output).toBeUndefined()
      expect(result.findings.map(describeFinding)).toEqual(c.findings)
    })

    it('fixing the expected output again changes nothing', () => {
      const again = run(c.inputPath, c.expected, true, c.config)
      expect(again.output === undefined ? undefined : visible(again.output)).toBeUndefined()
    })

    it.skipIf(c.expected === c.input)('expected output re-parses', () => {
      // (documents left out as templates need not parse: they were not parsed in the input either)
      const parsed = parseManifest({path: c.inputPath, text: c.expected})
      expect(parsed.ok ? [] : parsed.problems).toEqual([])
      if (c.inputPath.endsWith('.json')) expect(() => JSON.parse(c.expected) as unknown).not.toThrow()
    })
  })
})
