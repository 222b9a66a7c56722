// Issue 12, over the real corpus: `headroom fix` (the real CLI, on a copy of ../shared/corpus) never lowers
// an effective memory limit and never writes a limit for a container that had none (unbounded), since the
// corpus comes with no audit evidence. Every changed file is compared before/after, container by container,
// with the limits the cluster would apply (declared, LimitRange default, injector annotation or default).
// Run with the default settings and with a harsh drift/headroom that makes many raises, so the walk has
// fixes to judge. Skips cleanly when the corpus is absent.
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveSettings, type HeadroomConfig} from '../src/config/settings.js'
import {prepare} from '../src/engine/analyze.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../src/extract/repo-index.js'
import {copyTree, CORPUS, headroom, removeTree} from './helpers/cli.js'
import {effectiveLimits, type Limit} from './helpers/effective-limits.js'

const corpus = existsSync(CORPUS)

function files(root: string, dir = ''): string[] {
  const out: string[] = []
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name)
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...files(root, rel))
    else if (/\.(ya?ml|json|golden|injected)$/.test(name) || /\.ya?ml\./.test(name)) out.push(rel)
  }
  return out
}

function repoIndex(root: string, names: readonly string[]): RepoIndex {
  let index = EMPTY_INDEX
  for (const name of names) {
    const text = readFileSync(path.join(root, name), 'utf8')
    if (!INDEX_HINT.test(text)) continue
    const prepared = prepare({path: name, text})
    if (prepared.ok) index = mergeIndex(index, indexFile(prepared.file))
  }
  return index
}

/** What a fix did wrong to one file: lowered or newly bounded limits. */
function harms(before: ReadonlyMap<string, Limit>, after: ReadonlyMap<string, Limit>): string[] {
  const out: string[] = []
  for (const [key, was] of before) {
    const now = after.get(key)
    if (was === undefined) continue
    if (was === null && now !== null) out.push(`${key}: unbounded -> ${String(now)} without evidence`)
    if (typeof was === 'bigint' && typeof now === 'bigint' && now < was) out.push(`${key}: ${was} -> ${now}`)
    if (typeof was === 'bigint' && now === undefined) out.push(`${key}: ${was} -> unreadable`)
  }
  return out
}

describe('harms (the judge itself)', () => {
  it('flags a lowered limit and a new limit on an unbounded container, and nothing else', () => {
    const before = new Map<string, Limit>([
      ['a', 100n],
      ['b', null],
      ['c', 50n],
      ['d', null]
    ])
    expect(
      harms(
        before,
        new Map<string, Limit>([
          ['a', 99n],
          ['b', 10n],
          ['c', 60n],
          ['d', null]
        ])
      )
    ).toEqual(['a: 100 -> 99', 'b: unbounded -> 10 without evidence'])
  })
})

describe.skipIf(!corpus)('corpus: no fix lowers an effective limit or bounds an unbounded container', () => {
  const names = corpus ? files(CORPUS) : []
  const index = corpus ? repoIndex(CORPUS, names) : EMPTY_INDEX

  it.each<[string, HeadroomConfig | undefined, number]>([
    ['default settings', undefined, 0],
    ['drift 2, headroom 100%', {drift: 2, headroom: '100%'}, 3]
  ])(
    '%s',
    (_name, config, minChanged) => {
      const copy = copyTree(CORPUS)
      try {
        const args = ['fix', '--format', 'json', '.']
        if (config) {
          writeFileSync(path.join(copy, 'harsh-config.json'), JSON.stringify(config))
          args.splice(1, 0, '-c', 'harsh-config.json')
        }
        const run = headroom(args, {cwd: copy})
        expect(run.stderr).not.toMatch(/internal error/)
        const settings = resolveSettings(config ?? {})
        const problems: string[] = []
        let changed = 0
        let compared = 0
        for (const name of names) {
          const before = readFileSync(path.join(CORPUS, name), 'utf8')
          const after = readFileSync(path.join(copy, name), 'utf8')
          if (before === after) continue
          changed++
          const limitsBefore = effectiveLimits(name, before, index, settings)
          compared += limitsBefore.size
          problems.push(
            ...harms(limitsBefore, effectiveLimits(name, after, index, settings)).map((p) => `${name}: ${p}`)
          )
        }
        expect(problems).toEqual([])
        expect(changed).toBeGreaterThanOrEqual(minChanged)
        if (minChanged > 0) expect(compared).toBeGreaterThan(0)
      } finally {
        removeTree(copy)
      }
    },
    240_000
  )
})
