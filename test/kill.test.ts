// Crash-safe writes (issue 7): `fix` on a generated repo of 200 manifests (60 for some kill points) is
// killed with SIGKILL at exact points of its writes (a hook preloaded into the process: test/helpers/kill.ts). Every file must
// then be byte-identical to its original or to its fully fixed version (never half-written, never empty),
// no temp file may look like a manifest, and the next run must finish the job and leave no temp file
// behind. Two fix runs on the same tree at once must not corrupt anything either. Kills from a clock or a
// watch on 2,000 files (where they land depends on the machine) run in `npm run test:slow`.
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {IN_FLIGHT} from '../src/run/run-files.js'
import {CLI, headroom, tempDir} from './helpers/cli.js'
import {expectAllFixed, expectWhole, killAndRecover, killRepo, TEMP, type KillRepo} from './helpers/kill.js'

const FILES = Number(process.env.KILL_TEST_FILES ?? 200)
/**
 * The kills at one point of one thread's writes use a smaller repo: what they prove needs more files than are
 * written at once (IN_FLIGHT), not more. The whole repo is for the open-file limit, the worker threads (a
 * batch for every thread) and the two runs at once.
 */
const SMALL_FILES = Math.min(FILES, 60)

let repo: KillRepo
let small: KillRepo

beforeAll(() => {
  repo = killRepo(FILES)
  small = killRepo(SMALL_FILES)
})

afterAll(() => {
  repo?.remove()
  small?.remove()
})

describe('crash safety: kill -9 during fix', () => {
  it(`the generated repo has ${FILES} manifests, most of them with something to fix`, () => {
    expect(repo.before.size).toBeGreaterThanOrEqual(FILES)
    expect(repo.changing).toBeGreaterThan(FILES / 3)
    expect(repo.fixed.get('team-00/broken.yaml')?.equals(repo.before.get('team-00/broken.yaml') as Buffer)).toBe(true)
    expect(small.changing).toBeGreaterThan(2 * IN_FLIGHT)
  })

  // In one thread (HEADROOM_WORKERS=0) what a kill leaves is known: at most IN_FLIGHT files are being
  // written at once, so only that many renames can have landed beyond the ones the hook counted.
  // The run after this kill also meets a temp file a killed run left with part of a manifest in it, and a
  // low open-file limit (`ulimit -n 200`; macOS defaults to 256): it reads and writes the whole repo.
  it('killed right after the first temp file is created: nothing written; the next run, under `ulimit -n 200` and with a leftover temp file, fixes all and removes the temp files', async () => {
    const target = 'team-02/app-0002.yaml'
    const leftover = path.join('team-02', '.app-0002.yaml.headroom-tmp-999999-0badcafe')
    const left = await killAndRecover(
      repo,
      'open-1',
      {at: 'open', nth: 1, workers: '0'},
      {
        openFiles: 200,
        before: (dir) => writeFileSync(path.join(dir, leftover), (repo.before.get(target) as Buffer).subarray(0, 10))
      }
    )
    expect(left.killed).toBe(true)
    expect(left.fixedCount).toBe(0)
    expect(left.temps.length).toBeGreaterThanOrEqual(1)
    expect(left.reported).toContain(target)
    expect(left.reported).not.toContain(leftover)
  })

  // Kills early in the run: what a kill may leave is the same anywhere, and the killed run costs less.
  it('killed after a flush, before the rename', async () => {
    const nth = Math.ceil(small.changing * 0.25)
    const left = await killAndRecover(small, 'synced', {at: 'synced', nth, workers: '0'})
    expect(left.killed).toBe(true)
    expect(left.fixedCount).toBeLessThan(nth)
    expect(left.temps.length).toBeGreaterThanOrEqual(1)
  })

  it('killed right after a rename: the renamed files are fixed, the rest untouched', async () => {
    const nth = Math.ceil(small.changing * 0.35)
    const left = await killAndRecover(small, 'renamed', {at: 'renamed', nth, workers: '0'})
    expect(left.killed).toBe(true)
    expect(left.fixedCount).toBeGreaterThanOrEqual(nth)
    expect(left.fixedCount).toBeLessThan(Math.min(nth + IN_FLIGHT, small.changing))
  })

  it('killed after the text of the last temp file is written, before its flush: that file is untouched', async () => {
    const left = await killAndRecover(small, 'last', {at: 'written', nth: small.changing, workers: '0'})
    expect(left.killed).toBe(true)
    expect(left.fixedCount).toBeLessThan(small.changing)
    expect(left.temps.length).toBeGreaterThanOrEqual(1)
  })

  it('killed while worker threads write (HEADROOM_WORKERS=2): every file is whole, the next run finishes', async () => {
    const left = await killAndRecover(repo, 'workers', {
      at: 'synced',
      nth: Math.ceil(repo.changing * 0.5),
      workers: '2'
    })
    expect(left.killed).toBe(true)
    expect(left.fixedCount).toBeLessThan(repo.changing)
    expect(left.temps.length).toBeGreaterThanOrEqual(1)
  })

  it('two fix runs on the same tree at once corrupt nothing', async () => {
    const dir = repo.copy('concurrent')
    const runs = [0, 1].map(() => {
      const child = spawn(process.execPath, [CLI, 'fix', '--format', 'json', '.'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {...process.env, NO_COLOR: '1'}
      })
      let out = ''
      child.stdout.on('data', (d: Buffer) => (out += d.toString()))
      child.stderr.on('data', (d: Buffer) => (out += d.toString()))
      return once(child, 'exit').then(([code]) => ({code: code as number | null, out}))
    })
    const results = await Promise.all(runs)
    for (const r of results) {
      expect(r.out).not.toMatch(/internal error/)
      expect([0, 1]).toContain(r.code)
    }
    // Whole files only: each is its original or its fixed version (in practice fixed: one run wrote it,
    // the other either wrote the same bytes or refused because the file changed under it).
    const {temps} = expectWhole(repo, dir, 'after two concurrent runs')
    expect(temps).toEqual([])
    const third = headroom(['fix', '--format', 'json', '.'], {cwd: dir})
    expect(third.stderr).not.toMatch(/internal error/)
    expectAllFixed(repo, dir, 'after a third run')
    rmSync(dir, {recursive: true, force: true})
  })
})

describe('crash safety: what a write keeps', () => {
  it('the file mode is kept and a symlink inside the tree stays a symlink', () => {
    const dir = tempDir('headroom-mode-')
    try {
      writeFileSync(path.join(dir, '.headroomrc.json'), '{}\n')
      const text =
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: a\n  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1\n    resources: {limits: {memory: 100Mi}}\n'
      writeFileSync(path.join(dir, 'pod.yaml'), text, {mode: 0o640})
      mkdirSync(path.join(dir, 'base'))
      writeFileSync(path.join(dir, 'base', 'shared.yaml'), text, {mode: 0o600})
      symlinkSync(path.join('base', 'shared.yaml'), path.join(dir, 'link.yaml'))
      const run = headroom(['fix', 'pod.yaml', 'link.yaml'], {cwd: dir})
      expect(run.code, run.stderr).toBe(0)
      expect(statSync(path.join(dir, 'pod.yaml')).mode & 0o777).toBe(0o640)
      expect(readFileSync(path.join(dir, 'pod.yaml'), 'utf8')).toMatch(/memory: 1Gi/)
      expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true)
      expect(statSync(path.join(dir, 'base', 'shared.yaml')).mode & 0o777).toBe(0o600)
      expect(readFileSync(path.join(dir, 'base', 'shared.yaml'), 'utf8')).toMatch(/memory: 1Gi/)
      expect([...readdirSync(dir), ...readdirSync(path.join(dir, 'base'))].filter((n) => TEMP.test(n))).toEqual([])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
