// `npm run test:slow`: worker threads change nothing but speed on the real corpus (../shared/corpus,
// 2,321 files), with one thread and with one, two and three workers; and a file too big for a worker's
// capped heap falls back to the CLI thread. test/workers.test.ts covers the first promise on a generated
// repo in `npm test`.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {generate} from '../../bench/generate.mjs'
import {CORPUS, headroom, removeTree, ROOT, tempDir, type Run} from '../helpers/cli.js'

describe.skipIf(!existsSync(CORPUS))('worker threads on the real corpus', () => {
  it.each(['check', 'fix --dry-run'])('%s: the same report in every mode', (command) => {
    const args = [...command.split(' '), '--format', 'json', '.']
    const [first, ...rest] = ['0', '1', '2', '3'].map((workers) =>
      headroom(args, {cwd: CORPUS, env: {HEADROOM_WORKERS: workers}})
    )
    expect(first!.stderr).not.toMatch(/internal error/)
    expect(JSON.parse(first!.stdout).summary.files).toBeGreaterThan(2000)
    for (const run of rest) {
      expect(run.code).toBe(first!.code)
      expect(run.stdout).toBe(first!.stdout)
      expect(run.stderr).toBe(first!.stderr)
    }
  })
})

describe('a file too big for a worker', () => {
  it('is checked in the CLI thread when a worker runs out of heap, with the same results', () => {
    const dir = tempDir('headroom-workers-big-')
    try {
      generate({files: 96, seed: 11, dir: path.join(dir, 'generated')})
      // ~9 MB of Deployments in one List: composing it needs far more than a worker's capped heap. Its name
      // sorts first, so it is in the first batch, which always goes to a worker (the CLI thread takes
      // batches only after each worker has one).
      const item = readFileSync(path.join(ROOT, 'fixtures/kind-list/input.yaml'), 'utf8').split(
        /^items:\n/m
      )[1] as string
      writeFileSync(
        path.join(dir, '0-huge-list.yaml'),
        `apiVersion: v1\nkind: List\nitems:\n${item.repeat(Math.ceil(9_000_000 / item.length))}`
      )
      const runs = [{HEADROOM_WORKERS: '0'}, {HEADROOM_WORKERS: '2', HEADROOM_STATS: '1'}].map((env) =>
        headroom(['check', '--format', 'json', '.'], {cwd: dir, env})
      )
      const [alone, spread] = runs as [Run, Run]
      expect(spread.stderr).toMatch(
        /in the CLI thread and 2 worker threads \(\d+ ms; 1 batch too big for a worker checked in the CLI thread\)/
      )
      expect(spread.code).toBe(alone.code)
      expect(spread.stdout).toBe(alone.stdout)
      const huge = (JSON.parse(alone.stdout) as {files: {path: string; findings: unknown[]}[]}).files.find(
        (f) => f.path === '0-huge-list.yaml'
      )
      expect(huge?.findings.length).toBeGreaterThan(1000)
    } finally {
      removeTree(dir)
    }
  })
})
