// Issue 12's judge (test/never-harmful.test.ts, and test/slow/never-harmful.test.ts for `npm run test:slow`):
// `headroom fix` (the real CLI) on a copy of ../shared/corpus, then every changed file compared before/after,
// container by container, with the limits the cluster would apply. A fix may only ever raise them.
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {resolveSettings, type HeadroomConfig} from '../../src/config/settings.js'
import {prepare} from '../../src/engine/analyze.js'
import {EMPTY_INDEX, INDEX_HINT, indexFile, mergeIndex, type RepoIndex} from '../../src/extract/repo-index.js'
import {copyTree, CORPUS, headroom, removeTree} from './cli.js'
import {effectiveLimits, type Limit} from './effective-limits.js'

export const corpusPresent = existsSync(CORPUS)

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
export function harms(before: ReadonlyMap<string, Limit>, after: ReadonlyMap<string, Limit>): string[] {
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

/**
 * Fixes a copy of the corpus with `config` and expects no harm in any changed file, and at least
 * `minChanged` changed files.
 */
export function expectNoHarmOnCorpus(config: HeadroomConfig | undefined, minChanged: number): void {
  const names = files(CORPUS)
  const index = repoIndex(CORPUS, names)
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
      problems.push(...harms(limitsBefore, effectiveLimits(name, after, index, settings)).map((p) => `${name}: ${p}`))
    }
    expect(problems).toEqual([])
    expect(changed).toBeGreaterThanOrEqual(minChanged)
    if (minChanged > 0) expect(compared).toBeGreaterThan(0)
  } finally {
    removeTree(copy)
  }
}
