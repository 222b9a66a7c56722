// Trees built from lines (src/parse/recognise/line-tree.ts, driven by the line scanner) must be the trees
// the yaml adapter makes from yaml's own composition, node for node: type, value, source, style, range,
// line and column, keys and pair ranges. Checked on hand-written edge cases, random documents near the
// edges (comments at every indent before lines that close collections, empty values, compact sequences,
// CRLF, BOM), a generated bench repo and the real corpus (../shared/corpus, skipped when absent).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseAllDocuments} from 'yaml'
import {generate, rng, type Rng} from '../bench/generate.mjs'
import {LineIndex} from '../src/parse/line-index.js'
import {buildTree, planDocuments} from '../src/parse/recognise/recognise.js'
import {resolvePlain, scalarData} from '../src/parse/yaml-adapter.js'
import {CORPUS} from './helpers/cli.js'
import {FULL_SWEEPS, sweep} from './helpers/sweeps.js'
import {mutate, randomYaml} from './helpers/random-yaml.js'
import {compareTrees as compare} from './helpers/recogniser.js'

function built(text: string): boolean {
  const {built: n, difference} = compare(text)
  expect(difference).toBeUndefined()
  return n > 0
}

/** Random block documents built around what the builder must get right: comments at any indent before lines that close collections. */
function commentHeavy(r: Rng): string {
  const out: string[] = []
  const block = (indent: number, depth: number): void => {
    const n = r.int(1, 3)
    const seq = r.chance(0.4)
    for (let i = 0; i < n; i++) {
      const pad = ' '.repeat(indent)
      if (r.chance(0.3)) out.push(`${' '.repeat(r.int(0, indent + 4))}# c`)
      if (r.chance(0.15)) out.push(r.pick(['', '  ']))
      const lead = seq ? `${pad}- ` : pad
      const key = seq && r.chance(0.5) ? '' : `k${i}:`
      const x = r.next()
      if (depth < 4 && x < 0.45) {
        if (key === '') {
          out.push(`${pad}-${r.pick(['', ' # c'])}`)
          block(indent + 2, depth + 1)
        } else {
          out.push(`${lead}${key}${r.pick(['', '', ' # c'])}`)
          block(indent + (seq ? 2 : 0) + r.pick([0, 2, 2, 4]), depth + 1)
        }
      } else {
        if (r.chance(0.15)) {
          out.push(`${lead}${key}${key ? ' ' : ''}${r.pick(['|', '|-', '>', '>-', '| # c'])}`)
          const inner = ' '.repeat(indent + (seq ? 2 : 0) + r.pick([1, 2, 2, 4]))
          for (let k = r.int(0, 4); k >= 0; k--)
            out.push(
              r.pick([`${inner}text`, `${inner}  more`, '', `${inner}# not a comment`, `${inner}\tt`, `${inner}a: b`])
            )
          continue
        }
        const value = r.chance(0.3)
          ? flowValue(r, 0)
          : r.pick([
              'v',
              '1',
              '-2',
              '0x1F',
              '1.5e3',
              '.inf',
              'true',
              'Null',
              '~',
              '"q"',
              "'s''t'",
              '[]',
              '{}',
              'a b # c',
              '',
              '128Mi',
              '007',
              '+1',
              '.5'
            ])
        out.push(`${lead}${key}${value === '' ? '' : ` ${value}`}${r.chance(0.2) ? '   ' : ''}`)
      }
    }
  }
  block(0, 0)
  if (r.chance(0.3)) out.push(`${' '.repeat(r.int(0, 6))}# end`)
  let text = out.join('\n') + (r.chance(0.8) ? '\n' : '')
  if (r.chance(0.2)) text = text.replace(/\n/g, '\r\n')
  if (r.chance(0.1)) text = `\uFEFF${text}`
  if (r.chance(0.2)) text = `---\n${text}---\nb: 1\n`
  return text
}

/** One-line flow collections, well-formed or nearly so. */
function flowValue(r: Rng, depth: number): string {
  const scalar = () =>
    r.pick([
      'a',
      'b c',
      '1',
      '-1',
      '.5',
      'true',
      '~',
      '"ALL"',
      "'x''y'",
      '128Mi',
      'a:b',
      'a#b',
      '-',
      ':x',
      'a: b',
      ' a ',
      '"a\\"',
      '',
      'http://h:80/x'
    ])
  const value = (): string => (depth < 2 && r.chance(0.25) ? flowValue(r, depth + 1) : scalar())
  const n = r.int(0, 3)
  const sep = () => r.pick([', ', ',', ' , ', ', '])
  if (r.chance(0.5)) {
    const items = Array.from({length: n}, value)
    return `[${r.pick(['', ' '])}${items.join(sep())}${r.pick(['', ' ', ',', ''])}]`
  }
  const keys = ['a', 'b', 'cpu', 'memory', '"q"', "'s'", 'a b', 'true', '1', 'a']
  const entries = Array.from({length: n}, () => `${r.pick(keys)}${r.pick([': ', ': ', ':', ' : '])}${value()}`)
  return `{${r.pick(['', ' '])}${entries.join(sep())}${r.pick(['', ' ', ''])}}`
}

describe("line-tree: trees built from lines are yaml's trees", () => {
  it.each([
    ['plain, quoted and empty values', "a: 1\nb: \"two\"\nc: 'th''ree'\nd:\ne:   \nf: [] \ng: {}\n"],
    [
      'core-schema scalars',
      'a: 0x1F\nb: 0o17\nc: 1.5e3\nd: .inf\ne: -.Inf\nf: .nan\ng: 007\nh: +1\ni: ~\nj: NULL\nk: True\nl: 1_000\nm: 1.\n'
    ],
    ['nested maps and sequences, compact and indented', 'a:\n  b:\n  - x\n  - y: 1\n    z:\n  -\n  - n\nc:\n    - 1\n'],
    ['comments inside collections', 'a:\n  # before\n  b: 1 # after\n  # between\n  c: 2\n'],
    ['comments shallower than the collections a line closes', 'a:\n  b:\n    c: 1\n # at 1\nd: 2\n# end\n'],
    ['a comment kept by a collection whose parent goes on', 'a:\n  b: 1\n  # at 2\nc: 2\nd:\n- e: 1\n  # at 2\n- f\n'],
    [
      'containers with a comment before the next item',
      'spec:\n  containers:\n    - name: a\n      resources:\n        limits:\n          memory: 1Gi\n    # the sidecar\n    - name: b\n'
    ],
    ['CRLF line breaks', 'a: 1\r\nb:\r\n  c: x # y\r\n  d: [ ]\r\n'],
    ['a BOM and no final newline', '\uFEFFkind: Pod\nspec:\n  x: 1'],
    ['several documents', 'a: 1\n---\nb:\n  - c\n--- # x\nd: e\n'],
    [
      'literal and folded block scalars',
      'a: |\n  one\n\n    two\n  three\n\nb: >-\n  folded\n  text\n\n  para\n    more\n  end\n# c\nc:\n- |-\n\n  x\n- > # c\n   y\n    \tz\n   w\n'
    ],
    ['a block scalar at the end without a line break', 'a: |\n  x\n  y'],
    [
      'one-line flow collections',
      'a: [x, "y", \'z\', 1, {b: 2, "c": [ ]}] # c\nr: {cpu: 50m, memory: 128Mi}\ns:\n- [ a , b ]\n- {}\n'
    ]
  ])('%s', (_name, text) => {
    const result = compare(text)
    expect(result.difference).toBeUndefined()
    expect(result.built).toBeGreaterThan(0)
  })

  it('builds the documents a check walks into', () => {
    expect(
      built(
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: b # pinned\n'
      )
    ).toBe(true)
    expect(built('a:\n  b:\n    c: 1\n # at 1\nd: 2\n# end\n')).toBe(true)
  })

  it.each([
    ['block scalars that keep their trailing lines', 'a: |+\n  x\n\nb: 1\n'],
    ['block scalars with white space on an empty line', 'a: |\n  x\n  \n  y\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['a comment kept by a collection whose parent closes too', 'a:\n  b:\n    c: 1\n    # at 4\nd: 2\n'],
    ['a comment deeper than the collection a line closes', 'a:\n  b: 1\n      # at 6\nc: 2\n'],
    ['a comment deeper than the root at the end', 'a: 1\n    # at 4\n'],
    ['a comment after an empty value', 'a: # c\nb: 1\n'],
    ['a comment line after an empty value', 'a:\n# c\nb: 1\n'],
    ['comments at the end inside a nested collection', 'a:\n  b: 1\n  # c\n']
  ])('leaves %s to yaml', (_name, text) => {
    const plan = planDocuments(text)
    const part = plan?.[0]
    expect(part?.verdict.ok).toBe(true)
    expect(part && buildTree(text, part, new LineIndex(text), resolvePlain)).toBeUndefined()
  })

  it('plain words and quoted words resolve as yaml resolves them', () => {
    const yamlData = (text: string) => (parseAllDocuments(text) as {toJS(): unknown}[])[0]?.toJS()
    const word = fc.stringMatching(/^[-+.0-9a-zA-Z_~/ '"]{1,12}$/)
    fc.assert(
      fc.property(word, (text) => {
        // (no document at all reads as null)
        expect(scalarData(text)).toEqual(yamlData(text) ?? null)
        const plan = planDocuments(`k: ${text}\n`)
        // (resolvePlain sees exactly the plain single-line scalars the scanner accepts)
        const plain = text.trim()
        if (plan?.[0]?.verdict.ok && /^[^'"]/.test(plain) && !/ #|:$|: /.test(plain))
          expect(resolvePlain(plain)).toEqual(yamlData(plain))
      }),
      {numRuns: 3000, seed: 29}
    )
    for (const text of [
      '0x1F',
      '0o17',
      '1.5e3',
      '.inf',
      '-.Inf',
      '.NaN',
      '007',
      '+1',
      '1_000',
      '1.',
      '~',
      'Null',
      'TRUE',
      'yes',
      '180Mi',
      '"180Mi"',
      "'1'"
    ]) {
      expect(scalarData(text), text).toEqual(yamlData(text))
    }
  })

  it('random documents near the edges (differential against yaml)', () => {
    const r = rng(20261129)
    let n = 0
    for (let i = 0; i < 3000; i++) {
      const text = i % 3 === 0 ? commentHeavy(r) : i % 3 === 1 ? randomYaml(r) : mutate(commentHeavy(r), r)
      const result = compare(text)
      expect(result.difference).toBeUndefined()
      n += result.built
    }
    expect(n).toBeGreaterThan(600)
  })

  describe('a generated bench repo', () => {
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'headroom-line-tree-'))
      generate({files: 300, seed: 11, dir})
    })
    afterAll(() => rmSync(dir, {recursive: true, force: true}))

    it("builds every workload document, and each equals yaml's", () => {
      let workloads = 0
      let n = 0
      for (const file of walk(dir)) {
        const text = readFileSync(file, 'utf8')
        const result = compare(text)
        expect(result.difference, file).toBeUndefined()
        n += result.built
        if (/^kind: (Deployment|StatefulSet|DaemonSet|Job|CronJob)$/m.test(text) && !/\{ *limits/.test(text))
          workloads++
      }
      expect(workloads).toBeGreaterThan(100)
      expect(n).toBeGreaterThan(workloads)
    })
  })

  it.skipIf(!existsSync(CORPUS))("every document built from the corpus equals yaml's", () => {
    let n = 0
    for (const file of sweep(walk(CORPUS))) {
      const result = compare(readFileSync(file, 'utf8'))
      expect(result.difference, file).toBeUndefined()
      n += result.built
    }
    expect(n).toBeGreaterThan(FULL_SWEEPS ? 2000 : 500)
  })
})

function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(p))
    else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(p)
  }
  return out
}
