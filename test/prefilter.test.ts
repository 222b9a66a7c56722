// The recogniser (src/parse/recognise/) must change nothing but speed: the same findings, fixes,
// rewritten texts and trees with it on and off ({prefilter: false}), over the real corpus
// (../shared/corpus, skipped when absent) and a generated bench repo; and it must never call a document
// clean that yaml rejects (differential fuzz against yaml itself).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyzeFile, prepare, type FileResult} from '../src/engine/analyze.js'
import {resolveSettings, type Settings} from '../src/config/settings.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../src/extract/repo-index.js'
import {splitDocuments} from '../src/parse/recognise/documents.js'
import {planDocuments} from '../src/parse/recognise/recognise.js'
import {checkSoundness} from './helpers/recogniser.js'
import type {ParsedFile} from '../src/types.js'
import {generate, rng} from '../bench/generate.mjs'
import {mutate, randomYaml} from './helpers/random-yaml.js'
import {dump} from './helpers/tree-dump.js'
import {CORPUS} from './helpers/cli.js'
import {sweep} from './helpers/sweeps.js'

interface Source {
  path: string
  text: string
}

function walk(dir: string, base = dir): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(p, base))
    else if (/\.(ya?ml|json|injected|golden)$/.test(entry.name) || /\.ya?ml\./.test(entry.name))
      out.push(path.relative(base, p))
  }
  return out.sort()
}

function read(dir: string): Source[] {
  return walk(dir).map((f) => ({path: f, text: readFileSync(path.join(dir, f), 'utf8')}))
}

/** The repo index the CLI builds first (Namespace labels, LimitRanges, quotas). */
function repoIndex(sources: readonly Source[], prefilter: boolean): RepoIndex {
  let index: RepoIndex = EMPTY_INDEX
  for (const source of sources) {
    if (!INDEX_HINT.test(source.text)) continue
    const prepared = prepare(source, {prefilter})
    if (prepared.ok) index = mergeIndex(index, indexFile(prepared.file))
  }
  return index
}

function serialise(result: FileResult): string {
  const {parsed: _parsed, ...rest} = result
  return JSON.stringify(rest, (_key, value: unknown) =>
    value === undefined ? '(undefined)' : typeof value === 'bigint' ? `${value}n` : value
  )
}

function trees(file: ParsedFile): string {
  const docs = file.documents.map((d) => ({
    index: d.index,
    root: dump(d.root),
    anchors: [...d.aliasedAnchors].sort(),
    data: d.toData()
  }))
  return JSON.stringify(docs, (_key, value: unknown) =>
    value === undefined ? '(undefined)' : typeof value === 'bigint' ? `${value}n` : value
  )
}

/**
 * Each file parsed once with the recogniser and once without; then, on each side, the analysis in every
 * mode asked for (fix runs every check step, then plans, applies and verifies), and the trees of every
 * `trees`-th file node by node (after the analysis, so the analysis saw the lazy documents as the CLI does).
 */
function expectSame(
  sources: readonly Source[],
  settings: Settings,
  options: {modes: readonly boolean[]; trees: number}
): void {
  const indexOff = repoIndex(sources, false)
  const indexOn = repoIndex(sources, true)
  let differ = 0
  let compared = 0
  const same = (a: string, b: string, what: string) => {
    if (a === b) return
    differ++
    if (differ <= 3) expect(JSON.parse(a), what).toEqual(JSON.parse(b))
  }
  for (const [i, source] of sources.entries()) {
    const off = prepare(source, {prefilter: false})
    const on = prepare(source, {prefilter: true})
    expect(on.ok, source.path).toBe(off.ok)
    for (const fix of options.modes) {
      const a = serialise(on.ok ? analyzeFile(on.file, settings, {fix, index: indexOn, prefilter: true}) : on.result)
      const b = serialise(
        off.ok ? analyzeFile(off.file, settings, {fix, index: indexOff, prefilter: false}) : off.result
      )
      same(a, b, `${fix ? 'fix' : 'check'} ${source.path}`)
    }
    if (options.trees > 0 && i % options.trees === 0 && on.ok && off.ok) {
      same(trees(on.file), trees(off.file), `trees ${source.path}`)
      compared++
    }
  }
  expect(differ).toBe(0)
  if (options.trees > 0) expect(compared).toBeGreaterThan(0)
}

const corpusPresent = existsSync(CORPUS)
let corpusSources: Source[] | undefined
/** The corpus files, read once for every sweep of this file. */
const corpus = (): Source[] => (corpusSources ??= read(CORPUS))

describe('recogniser: splitting and recognising documents', () => {
  it('cuts at --- lines only, and leaves files with directives or ... to the full parser', () => {
    expect(splitDocuments('a: 1\n---\nb: 2\n')).toEqual([
      {start: 0, end: 5, marker: false},
      {start: 5, end: 14, marker: true}
    ])
    expect(splitDocuments('---\na: |\n  ---\n---x: 1\n')).toEqual([{start: 0, end: 23, marker: true}])
    expect(splitDocuments('%YAML 1.2\n---\na: 1\n')).toBeUndefined()
    expect(splitDocuments('a: 1\n...\n')).toBeUndefined()
    expect(splitDocuments('a: 1\n...x: 2\n')).toHaveLength(1)
  })

  it('recognises plain block YAML and reads top-level kind and apiVersion', () => {
    const text =
      'apiVersion: apps/v1 # c\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: b\n'
    const [part] = planDocuments(text) ?? []
    expect(part?.verdict).toMatchObject({
      ok: true,
      content: true,
      keys: [
        {key: 'apiVersion', scalar: {start: 12, source: 'apps/v1'}},
        {key: 'kind', scalar: {source: 'Deployment'}},
        {key: 'metadata'},
        {key: 'spec'}
      ]
    })
  })

  it.each([
    ['flow collections over several lines', 'a: {b: 1,\n  c: 2}\n'],
    ['flow collections with empty values or a trailing comma', 'a: {b}\nc: [d,]\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['merge keys', 'a: {}\n<<: {}\n'],
    ['escapes', 'a: "\\x41"\n'],
    ['duplicate keys', 'a: 1\nb: 2\na: 3\n'],
    ['tabs as indentation', 'a:\n\tb: 1\n'],
    ['a nested map in a compact value', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['keys that are not plain strings', '1: a\n01: b\n']
  ])('leaves %s to yaml', (_name, text) => {
    expect(planDocuments(text)?.[0]?.verdict.ok).toBe(false)
  })

  it('same results for documents it leaves to yaml, shallow or deeply nested', () => {
    const deep = (n: number) => `a: ${'['.repeat(n)}1${']'.repeat(n)}\n`
    const sources: Source[] = [
      {
        path: 'shallow-flow.yaml',
        text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b}]\n'
      },
      {path: 'deep-150.yaml', text: `kind: ConfigMap\n---\n${deep(150)}`},
      {path: 'deep-400.yaml', text: `${deep(400)}---\nkind: ConfigMap\n`}
    ]
    expectSame(sources, resolveSettings(), {modes: [false, true], trees: 1})
  })

  it('never accepts a document yaml rejects (differential fuzz)', () => {
    const r = rng(20241129)
    let accepted = 0
    for (let i = 0; i < 1500; i++) {
      const text = randomYaml(r)
      expect(checkSoundness(text)).toBeUndefined()
      accepted += planDocuments(text)?.filter((p) => p.verdict.ok).length ?? 0
    }
    expect(accepted).toBeGreaterThan(800)
  })

  it.skipIf(!corpusPresent)('never accepts a mutated corpus document yaml rejects', () => {
    const sources = corpus().filter((s) => s.text.length < 30_000)
    const r = rng(7)
    for (let i = 0; i < 250; i++) {
      const source = r.pick(sources)
      expect(checkSoundness(mutate(source.text, r)), source.path).toBeUndefined()
    }
  })
})

describe.skipIf(!corpusPresent)('recogniser: identical results over ../shared/corpus', () => {
  let sources: Source[] = []
  beforeAll(() => {
    sources = corpus()
  })

  it('accepts most of it', () => {
    let bytes = 0
    let accepted = 0
    for (const {text} of sources) {
      bytes += text.length
      for (const part of planDocuments(text) ?? []) if (part.verdict.ok) accepted += part.end - part.start
    }
    expect(accepted / bytes).toBeGreaterThan(0.5)
  })

  it('same findings, fixes, rewritten texts and trees with and without the recogniser', () => {
    expectSame(sweep(sources), resolveSettings(), {modes: [true], trees: 10})
  })
})

describe('recogniser: identical results over a generated bench repo', () => {
  let dir = ''
  let sources: Source[] = []
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'headroom-prefilter-'))
    generate({files: 100, seed: 3, dir})
    sources = read(dir)
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('same findings, fixes, rewritten texts and trees with and without the recogniser', () => {
    expectSame(sources, resolveSettings(), {modes: [false, true], trees: 3})
  })

  it('same results when config declares pod templates in unusual kinds', () => {
    const settings = resolveSettings({
      podTemplatePaths: [
        {kind: 'ConfigMap', path: 'data'},
        {apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', path: 'spec'}
      ]
    })
    expectSame(sources.slice(0, 50), settings, {modes: [true], trees: 0})
  })
})
