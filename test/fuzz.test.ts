// Fuzzed fidelity of `fix` (issue 7): generated manifests in random layouts (indent 2/4, indented or
// flush sequences, block and flow maps, quoting, comments everywhere, blank lines, CRLF, BOM, no final
// newline, anchors and aliases, merge keys, multi-document streams, Lists, JSON) with random resources.
// After fix: the text re-parses; the data differs only in the fixed sidecars' memory values; the output is
// the original with exactly the reported edits (every other byte unchanged); every fixable sidecar meets
// the rule; a second fix is a no-op; check finds nothing fixable. `npm run fuzz` runs ≥10,000 cases.
//
// FUZZ_RUNS, FUZZ_SEED, FUZZ_PATH (replay a saved counterexample), FUZZ_KNOWN=1 (include known defects).
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {AVOID_KNOWN, AVOID_NOTHING, arbitraries, buildCase, mutatedText, type Model} from './fuzz/manifests.js'
import {checkCase, checkText} from './fuzz/properties.js'
import {knownSignatures, signature} from './fuzz/runner.js'
import {plainOk, render} from './fuzz/render.js'
import {ROOT} from './helpers/cli.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 120)
/** hostile text: generated manifests with random edits; only what fix writes is held to the properties */
const MUTATED_RUNS = Number(process.env.FUZZ_MUTATED_RUNS ?? Math.ceil(RUNS / 2))
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_701)
const KNOWN = process.env.FUZZ_KNOWN === '1'
const FAILURES = path.join(ROOT, 'fixtures/fuzz-failures')
const KNOWN_SIGNATURES = KNOWN ? new Map<string, string>() : knownSignatures(FAILURES)

/** Ends the job between cases, so lazily parsed documents held by WeakRefs can be collected. */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Throws with the violations, the input and the output; returns how many fixes were verified. */
function run(m: Model): number {
  const built = buildCase(m)
  const outcome = checkCase(built)
  if (outcome.violations.length > 0) {
    throw new Error(
      `${outcome.violations.join('\n')}\n--- input ---\n${built.text}\n--- output ---\n${outcome.output ?? '(unchanged)'}`
    )
  }
  return outcome.fixed
}

describe('fuzz: fix keeps every promise on generated manifests', () => {
  it(`generated: ${RUNS} streams (seed ${SEED})`, async () => {
    const arb = arbitraries(KNOWN ? AVOID_NOTHING : AVOID_KNOWN).model
    let fixes = 0
    await fc.assert(
      fc.asyncProperty(arb, async (m) => {
        await nextTask()
        fixes += run(m) > 0 ? 1 : 0
      }),
      {numRuns: RUNS, seed: SEED, path: process.env.FUZZ_PATH, endOnFailure: true}
    )
    // The generator must actually exercise fixes, not only clean files.
    expect(fixes).toBeGreaterThan(RUNS / 4)
  })

  it(`mutated: ${MUTATED_RUNS} generated streams with random text edits (seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedText(KNOWN ? AVOID_NOTHING : AVOID_KNOWN), async (c) => {
        await nextTask()
        const outcome = checkText(c.text, {json: c.json, lenient: true})
        // Random edits can recreate a known, saved defect (fixtures/fuzz-failures/*, "known": true).
        if (outcome.violations.length > 0 && !KNOWN_SIGNATURES.has(signature(outcome.violations))) {
          throw new Error(
            `${outcome.violations.join('\n')}\n--- input ---\n${JSON.stringify(c.text)}\n--- output ---\n${outcome.output ?? '(unchanged)'}`
          )
        }
      }),
      {numRuns: MUTATED_RUNS, seed: SEED, path: process.env.FUZZ_PATH, endOnFailure: true}
    )
  })

  it('the generator covers the layouts it promises', () => {
    const samples = fc.sample(arbitraries().model, {numRuns: 400, seed: SEED}).map(buildCase)
    const texts = samples.map((s) => s.text)
    const has = (re: RegExp) => texts.some((t) => re.test(t))
    expect(has(/\r\n/), 'CRLF').toBe(true)
    expect(has(/^\uFEFF/), 'BOM').toBe(true)
    expect(
      texts.some((t) => !/\n$/.test(t)),
      'no final newline'
    ).toBe(true)
    expect(has(/^ {4}\S/m) && has(/^ {2}\S/m), 'indent 2 and 4').toBe(true)
    expect(has(/^containers:\n- /m) || has(/\n {2}containers:\r?\n {2}- /), 'flush sequences').toBe(true)
    expect(has(/#/), 'comments').toBe(true)
    expect(has(/memory: [^\n#]*#/), 'comment on the memory line').toBe(true)
    expect(has(/&\w+/) && has(/\*\w+/) && has(/<<: \*/), 'anchors, aliases, merge keys').toBe(true)
    expect(has(/\n---/), 'multi-document streams').toBe(true)
    expect(has(/kind: (List|DeploymentList)/), 'Lists').toBe(true)
    expect(has(/resources: \{/), 'flow maps').toBe(true)
    expect(has(/memory: '/) && has(/memory: "/), 'quoted quantities').toBe(true)
    expect(
      has(/memory: !!str/) && has(/memory: !!int \d/) && has(/memory: !custom/) && has(/memory: ! /),
      'tagged quantities'
    ).toBe(true)
    expect(has(/: \|\+\r?\n.*\r?\n\r?\n/), 'keep-chomped block scalars with empty lines after them').toBe(true)
    expect(has(/^ *(- )?\? (name|image|resources)\r?\n *: /m), 'explicit keys').toBe(true)
    expect(has(/\n *# - name: old/), 'commented-out keys after a last value').toBe(true)
    expect(has(/\[{40}x\]{40}/), 'deeply nested flow collections').toBe(true)
    expect(
      samples.some((s) => s.json),
      'JSON manifests'
    ).toBe(true)
    expect(has(/: \|/), 'block scalars').toBe(true)
    expect(has(/^%YAML/), 'directives').toBe(true)
    expect(has(/\{\r?\n/), 'multi-line flow maps').toBe(true)
    const quantityForms = [
      /\d+Mi\b/,
      /\d+Gi\b/,
      /\d+[MGk]\b/,
      /\d[eE]\d/,
      /\d{6,}m\b/,
      /\+\d+Mi/,
      /[^\d]\.\d+[GM]i/,
      /\d\.Mi/,
      /\b\d{7,}\b/
    ]
    for (const form of quantityForms)
      expect(has(new RegExp(`memory: [^\\n,}]*?${form.source}`)), String(form)).toBe(true)
  })

  it('the renderer is its own oracle: a hand-written case means what dataOf says', () => {
    const text = render(
      [
        {
          t: 'map',
          entries: [
            {key: 'a', value: {t: 'scalar', text: '1e8', style: 'plain'}},
            {
              key: 'b',
              value: {t: 'map', entries: [{key: 'c', value: {t: 'scalar', text: 'x', style: 'single'}}], anchor: 'n'}
            },
            {key: 'd', value: {t: 'alias', name: 'n'}}
          ]
        }
      ],
      {
        indent: 4,
        seqIndent: false,
        dashPad: 2,
        eol: '\r\n',
        bom: true,
        finalNewline: false,
        comments: 0,
        blanks: 0,
        quoteKeys: 0,
        flowSpaces: false,
        docStart: true,
        docEnd: false,
        directive: false,
        trailingSpace: 0,
        flowBreaks: 0,
        jitter: 0,
        seed: 1
      }
    )
    expect(text).toBe("\uFEFF---\r\na: 1e8\r\nb: &n\r\n    c: 'x'\r\nd: *n")
    expect(plainOk('docker.io/istio/proxyv2:1.24.0')).toBe(true)
    expect(plainOk('true')).toBe(false)
  })
})

// Every failing case a fuzz run found, minimised. Fixed ones must stay fixed; known, reported defects are
// expected to fail until their fix lands (then flip "known" to false in meta.json).
describe('fuzz: saved failures (fixtures/fuzz-failures)', () => {
  const dirs = existsSync(FAILURES)
    ? readdirSync(FAILURES).filter((d) => existsSync(path.join(FAILURES, d, 'input.yaml')))
    : []
  for (const dir of dirs.sort((a, b) => Number(a) - Number(b))) {
    const meta = JSON.parse(readFileSync(path.join(FAILURES, dir, 'meta.json'), 'utf8')) as {
      json: boolean
      known: boolean
      signature: string
      lenient?: boolean
    }
    const text = readFileSync(path.join(FAILURES, dir, 'input.yaml'), 'utf8')
    const test = meta.known ? it.fails : it
    test(`${dir}: ${meta.signature}${meta.known ? ' (known defect)' : ''}`, () => {
      expect(checkText(text, {json: meta.json, lenient: meta.lenient ?? false}).violations).toEqual([])
    })
  }
})
