// Edit fidelity, round 2 (issue 14): the families an adversarial review found, each pinned by hand cases
// and by properties over the shape that generalises it. Fixture pairs for the same families live in
// fixtures/fidelity-*; the fuzz suite (test/fuzz) generates these shapes too.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseAllDocuments} from 'yaml'
import {indexSource} from '../src/cli/scan-index.js'
import {resolveSettings} from '../src/config/settings.js'
import {analyzeText, type FileResult} from '../src/engine/analyze.js'
import {MAX_NESTING, parseYaml} from '../src/parse/yaml-adapter.js'

const settings = resolveSettings({})

function withPrefilter<T>(on: boolean, run: () => T): T {
  const saved = process.env.HEADROOM_NO_PREFILTER
  if (on) delete process.env.HEADROOM_NO_PREFILTER
  else process.env.HEADROOM_NO_PREFILTER = '1'
  try {
    return run()
  } finally {
    if (saved === undefined) delete process.env.HEADROOM_NO_PREFILTER
    else process.env.HEADROOM_NO_PREFILTER = saved
  }
}

function fix(text: string): FileResult {
  return analyzeText({path: 'x.yaml', text}, settings, {fix: true})
}

/** What a parse says, comparable across paths: ok, or each problem with its position. */
function verdict(text: string, prefilter: boolean): string {
  const result = withPrefilter(prefilter, () => parseYaml({path: 'x.yaml', text}))
  return result.ok ? 'ok' : result.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n')
}

/** Flow collections nested `kinds.length` deep (true: a mapping level, false: a sequence level). */
function nested(kinds: readonly boolean[], leaf: string): string {
  let text = leaf
  for (let k = kinds.length - 1; k >= 0; k--) text = kinds[k] ? `{k${k}: ${text}}` : `[${text}]`
  return text
}

const HOSTS = [
  (deep: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: deep\n  labels: {a: ${deep}}\n`,
  (deep: string) => `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: lr\nspec:\n  limits: ${deep}\n`,
  (deep: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations: {x: ${deep}}\n    spec:\n      containers:\n        - name: app\n          image: a\n        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: {limits: {memory: 140Mi}}\n`,
  (deep: string) => `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata:\n      name: deep\n      annotations:\n        a: ${deep}\n`
]

describe('deep flow nesting: the recogniser and yaml refuse the same documents at the same place', () => {
  it('refuses collections nested beyond the limit on both paths, at the same line and column', () => {
    for (const host of HOSTS) {
      for (const depth of [MAX_NESTING - 8, MAX_NESTING, 400, 1200]) {
        const text = host(nested(Array.from({length: depth}, (_, k) => k % 3 === 0), 'x'))
        const on = verdict(text, true)
        expect(on).toBe(verdict(text, false))
        if (depth >= MAX_NESTING) expect(on).toMatch(/nested too deeply to read safely/)
      }
    }
  })

  it('property: any flow nesting depth gives the same verdict with and without the pre-filter', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), {minLength: 1, maxLength: 700}), fc.constantFrom(...HOSTS.keys()), fc.constantFrom('x', '"q"', '1', ''), (kinds, host, leaf) => {
        const text = (HOSTS[host] as (deep: string) => string)(nested(kinds, leaf))
        expect(verdict(text, true)).toBe(verdict(text, false))
        // never a document the recogniser reads while yaml (given any stack) cannot
        if (verdict(text, true) === 'ok') expect(parseAllDocuments(text).every((d) => !Array.isArray(d) && d.errors.length === 0)).toBe(true)
      }),
      {numRuns: 150}
    )
  })

  it('the repo pre-pass reads or skips a deeply nested file, never throws', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 3000}), fc.constantFrom(...HOSTS.keys()), (depth, host) => {
        const text = (HOSTS[host] as (deep: string) => string)(nested(Array.from({length: depth}, (_, k) => k % 2 === 0), 'x'))
        for (const prefilter of [true, false]) expect(() => withPrefilter(prefilter, () => indexSource({path: 'x.yaml', text}))).not.toThrow()
      }),
      {numRuns: 60}
    )
    const text = (HOSTS[0] as (deep: string) => string)(nested([false], 'x'))
    expect([...indexSource({path: 'ns.yaml', text}).namespaces.keys()]).toEqual(['deep'])
  })

  it('a deeply nested workload is reported once, as too deep, and never written', () => {
    const text = (HOSTS[2] as (deep: string) => string)(nested(Array.from({length: 600}, () => false), 'x'))
    for (const prefilter of [true, false]) {
      const result = withPrefilter(prefilter, () => fix(text))
      expect(result.output).toBeUndefined()
      expect(result.findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`)).toEqual([
        `8 yaml-syntax invalid YAML: collections are nested too deeply to read safely (more than ${MAX_NESTING} levels); file left unchanged`
      ])
    }
  })
})
