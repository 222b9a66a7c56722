// Worker threads (src/run/run-files.ts) must change nothing but speed: the real CLI gives byte-identical
// reports, diffs, SARIF fixes, exit codes and rewritten files with every file checked in the CLI process
// (HEADROOM_WORKERS=0) and spread over worker threads, on a generated repo mixed with every fixture (broken
// YAML, templates, CRLF, BOM, configs, exemptions).
import {cpSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generate} from '../bench/generate.mjs'
import {copyTree, headroom, removeTree, ROOT, tempDir, walk, type Run} from './helpers/cli.js'
import {availableParallelism} from 'node:os'
import {MIN_FILES_FOR_WORKERS, workerCount} from '../src/run/run-files.js'

// One thread, and two workers besides the CLI thread (three threads taking batches from one queue). More
// modes, the real corpus and a file too big for a worker run in `npm run test:slow` (test/slow/workers.test.ts).
const MODES = [{HEADROOM_WORKERS: '0'}, {HEADROOM_WORKERS: '2'}] as const

let repo: string

beforeAll(() => {
  repo = tempDir('headroom-workers-')
  // With the fixtures and examples (over 200 manifests), just over MIN_FILES_FOR_WORKERS: a run this size
  // gets worker threads by default (the first test checks the count). More generated files (large CRDs and
  // ConfigMaps) would only make every run slower.
  generate({files: 120, seed: 7, dir: path.join(repo, 'generated')})
  cpSync(path.join(ROOT, 'fixtures'), path.join(repo, 'fixtures'), {recursive: true})
  cpSync(path.join(ROOT, 'examples'), path.join(repo, 'examples'), {recursive: true})
  // A config file that is invalid: every file under it gets the error, the run exits 2 in every mode.
  mkdirSync(path.join(repo, 'bad-config'))
  cpSync(path.join(ROOT, 'fixtures/pod/input.yaml'), path.join(repo, 'bad-config/pod.yaml'))
  cpSync(path.join(ROOT, 'fixtures/statefulset/input.yaml'), path.join(repo, 'bad-config/sts.yaml'))
})

afterAll(() => removeTree(repo))

function same(args: readonly string[], cwd: string): Run {
  const runs = MODES.map((env) => headroom(args, {cwd, env}))
  const [first, ...rest] = runs as [Run, ...Run[]]
  for (const run of rest) {
    expect(run.code).toBe(first.code)
    expect(run.stdout).toBe(first.stdout)
    expect(run.stderr).toBe(first.stderr)
  }
  return first
}

describe('worker threads change nothing but speed', () => {
  it('check: the same JSON report and exit code', () => {
    const run = same(['check', '--format', 'json', '.'], repo)
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {summary: {files: number}; files: {findings: unknown[]}[]}
    expect(report.summary.files).toBeGreaterThan(MIN_FILES_FOR_WORKERS)
    expect(report.files.flatMap((f) => f.findings).length).toBeGreaterThan(100)
  })

  // (the dry run's stylish report on stderr is compared too: the stylish reporter needs no run of its own)
  it('fix --dry-run: the same diffs and stylish report, and SARIF with the same fix positions', () => {
    const dry = same(['fix', '--dry-run', '.'], repo)
    expect(dry.stdout).toMatch(/^--- a\//m)
    const sarif = same(['check', '--format', 'sarif', '.'], repo)
    expect(sarif.stdout).toContain('"deletedRegion"')
  })

  it('an invalid config file: the same errors and exit 2', () => {
    // bad-config/ sorts first: its files are in the first batch, which goes to a worker. The fixtures are the
    // batches after it (the generated files add nothing here).
    const dir = tempDir('headroom-workers-config-')
    try {
      for (const folder of ['bad-config', 'fixtures'])
        cpSync(path.join(repo, folder), path.join(dir, folder), {recursive: true})
      const rc = path.join(dir, 'bad-config/.headroomrc.json')
      cpSync(path.join(ROOT, 'package.json'), rc)
      const run = same(['check', '--format', 'json', '.'], dir)
      expect(run.code).toBe(2)
      expect(run.stdout).toContain('invalid config')
    } finally {
      removeTree(dir)
    }
  })

  it('fix: the same files written, byte for byte', () => {
    const trees = MODES.map((env) => {
      const dir = copyTree(repo)
      const run = headroom(['fix', '--format', 'json', '.'], {cwd: dir, env})
      return {dir, run}
    })
    try {
      const [first, ...rest] = trees as [(typeof trees)[0], ...typeof trees]
      const files = walk(first.dir)
      expect(JSON.parse(first.run.stdout).summary.fixed).toBeGreaterThan(50)
      for (const other of rest) {
        expect(other.run.stdout).toBe(first.run.stdout)
        expect(walk(other.dir)).toEqual(files)
        for (const file of files)
          expect(readFileSync(path.join(other.dir, file), 'utf8'), file).toBe(
            readFileSync(path.join(first.dir, file), 'utf8')
          )
      }
    } finally {
      for (const {dir} of trees) removeTree(dir)
    }
  })
})

describe('how many workers a run gets', () => {
  it('the CLI really spreads a large run over worker threads (HEADROOM_STATS=1 says how)', () => {
    const spread = headroom(['check', '.'], {cwd: repo, env: {HEADROOM_STATS: '1'}})
    expect(spread.stderr).toMatch(/headroom: checked \d+ files in the CLI thread and [1-7] worker threads? \(\d+ ms\)/)
    const alone = headroom(['check', 'fixtures/pod/input.yaml'], {cwd: repo, env: {HEADROOM_STATS: '1'}})
    expect(alone.stderr).toMatch(/headroom: checked 1 file in the CLI thread/)
  })

  it('none for small runs, one per core besides the CLI thread (at most 7) for large ones; HEADROOM_WORKERS decides', () => {
    expect(workerCount(1, {})).toBe(0)
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1, {})).toBe(0)
    expect(workerCount(100_000, {})).toBe(Math.max(1, Math.min(availableParallelism() - 1, 7)))
    expect(workerCount(10, {HEADROOM_WORKERS: '4'})).toBe(4)
    expect(workerCount(2, {HEADROOM_WORKERS: '4'})).toBe(2)
    expect(workerCount(100_000, {HEADROOM_WORKERS: '0'})).toBe(0)
    expect(workerCount(1, {HEADROOM_WORKERS: 'lots'})).toBe(0)
  })
})
