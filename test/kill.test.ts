// Crash-safe writes (issue 7): `fix` on a generated repo of ~2,000 manifests is killed with SIGKILL at
// several moments. Every file must then be byte-identical to its original or to its fully fixed version
// (never half-written, never empty), and the next run must leave no temp file behind. Two fix runs on the
// same tree at once must not corrupt anything either.
import {spawn, spawnSync} from 'node:child_process'
import {once} from 'node:events'
import {cpSync, lstatSync, watch, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {arbitraries, buildCase} from './fuzz/manifests.js'
import {CLI, headroom, tempDir, walk} from './helpers/cli.js'

const FILES = Number(process.env.KILL_TEST_FILES ?? 2000)
const TEMP = /\.headroom-tmp-/

let root = ''
let original = ''
const before = new Map<string, Buffer>()
const fixed = new Map<string, Buffer>()
let fullRunMs = 0

/** The generated repo: fuzz-generated manifests (every layout the fuzz test knows) in 40 team folders. */
function generate(dir: string): void {
  const {stream, json} = arbitraries()
  const streams = fc.sample(stream, {numRuns: FILES - Math.floor(FILES / 20), seed: 7})
  const jsons = fc.sample(json, {numRuns: Math.floor(FILES / 20), seed: 8})
  writeFileSync(path.join(dir, '.headroomrc.json'), '{}\n')
  const all = [...streams.map((m) => ({m, ext: 'yaml'})), ...jsons.map((m) => ({m, ext: 'json'}))]
  all.forEach(({m, ext}, i) => {
    const team = path.join(dir, `team-${String(i % 40).padStart(2, '0')}`)
    mkdirSync(team, {recursive: true})
    writeFileSync(path.join(team, `app-${String(i).padStart(4, '0')}.${ext}`), buildCase(m).text)
  })
  // A few hostile neighbours: they must stay as they are, whatever happens.
  writeFileSync(path.join(dir, 'team-00', 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nspec: {containers: [\n')
  writeFileSync(path.join(dir, 'team-01', 'binary.yaml'), Buffer.from([0, 1, 2, 255, 254, 0, 10]))
}

function copy(to: string): string {
  const dir = path.join(root, to)
  cpSync(original, dir, {recursive: true})
  return dir
}

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const file of walk(dir)) out.set(file, readFileSync(path.join(dir, file)))
  return out
}

/** Every file is its original or its fixed version; returns how many were already fixed. */
function expectWhole(dir: string, label: string): {fixedCount: number; temps: string[]} {
  let fixedCount = 0
  const temps: string[] = []
  for (const file of walk(dir)) {
    if (TEMP.test(path.basename(file))) {
      temps.push(file)
      continue
    }
    const now = readFileSync(path.join(dir, file))
    const was = before.get(file)
    const want = fixed.get(file)
    if (was === undefined || want === undefined) throw new Error(`${label}: unexpected file ${file}`)
    const whole = now.equals(was) || now.equals(want)
    if (!whole) throw new Error(`${label}: ${file} is neither its original nor its fixed version (${now.length} bytes)`)
    if (!was.equals(want) && now.equals(want)) fixedCount++
  }
  return {fixedCount, temps}
}

function expectAllFixed(dir: string, label: string): void {
  const files = walk(dir)
  const temps = files.filter((f) => TEMP.test(path.basename(f)))
  expect(temps, `${label}: temp files left`).toEqual([])
  for (const file of files) {
    expect(readFileSync(path.join(dir, file)).equals(fixed.get(file) as Buffer), `${label}: ${file}`).toBe(true)
  }
}

/**
 * Preloaded into the fix process (`--require`): SIGKILLs the process itself at an exact point of the N-th
 * write: right after the temp file is created (empty), after its text is written (not yet flushed), after
 * the flush (not yet renamed), or right after the rename. A watch from outside lands somewhere in the burst
 * of writes; this lands exactly where asked.
 */
const KILL_HOOK = `
const fs = require('node:fs')
const fsp = require('node:fs/promises')
const {syncBuiltinESMExports} = require('node:module')
const at = process.env.HEADROOM_KILL_AT
const n = Number(process.env.HEADROOM_KILL_N)
const counters = process.env.HEADROOM_KILL_COUNTERS
const isTemp = (p) => String(p).includes('.headroom-tmp-')
// Large runs write from several worker threads (each loads this hook): a file that grows by one byte per
// event (appends are atomic) counts the writes of the whole process.
const count = (event) => {
  const file = counters + '.' + event
  fs.appendFileSync(file, 'x')
  return fs.statSync(file).size
}
const kill = () => process.kill(process.pid, 'SIGKILL')
const open = fsp.open
fsp.open = async function (...args) {
  const handle = await open.apply(this, args)
  if (!isTemp(args[0])) return handle
  const nth = count('open')
  if (nth >= n && at === 'open') kill()
  const writeFile = handle.writeFile.bind(handle)
  const sync = handle.sync.bind(handle)
  handle.writeFile = async (...a) => { await writeFile(...a); if (nth >= n && at === 'written') kill() }
  handle.sync = async () => { await sync(); if (nth >= n && at === 'synced') kill() }
  return handle
}
const rename = fsp.rename
fsp.rename = async function (...args) {
  await rename.apply(this, args)
  if (isTemp(args[0]) && count('renamed') >= n && at === 'renamed') kill()
}
syncBuiltinESMExports()
`

/**
 * Starts fix and SIGKILLs it after `afterMs`, or once `afterWrites` manifests have been renamed into place
 * (seen through a recursive watch on the tree: a clock alone can land before the first write or after
 * the last).
 */
let killRuns = 0

async function fixAndKill(dir: string, trigger: {afterMs?: number; afterWrites?: number; at?: string; nth?: number}): Promise<{exited: boolean}> {
  const hook = path.join(root, 'kill-hook.cjs')
  writeFileSync(hook, KILL_HOOK)
  const counters = path.join(root, `kill-counter-${++killRuns}`)
  const env = {...process.env, NO_COLOR: '1', HEADROOM_KILL_AT: trigger.at ?? '', HEADROOM_KILL_N: String(trigger.nth ?? 0), HEADROOM_KILL_COUNTERS: counters}
  const args = trigger.at ? ['--require', hook, CLI, 'fix', '--format', 'json', '.'] : [CLI, 'fix', '--format', 'json', '.']
  const child = spawn(process.execPath, args, {cwd: dir, stdio: 'ignore', env})
  let exited = false
  let signal: string | null = null
  const done = once(child, 'exit').then(([, sig]) => {
    exited = true
    signal = sig as string | null
  })
  let writes = 0
  let wake: () => void = () => undefined
  const written = new Promise<void>((resolve) => (wake = resolve))
  const watcher =
    trigger.afterWrites === undefined
      ? undefined
      : watch(dir, {recursive: true}, (_event, name) => {
          if (name && /\.(ya?ml|json)$/.test(String(name)) && ++writes >= (trigger.afterWrites as number)) wake()
        })
  const timer = trigger.afterMs !== undefined ? new Promise((resolve) => setTimeout(resolve, trigger.afterMs)) : trigger.at ? done : written
  await Promise.race([done, timer])
  watcher?.close()
  if (!exited) child.kill('SIGKILL')
  await done
  // (the hook kills the process itself: that is a SIGKILL too)
  return {exited: signal !== 'SIGKILL'}
}

beforeAll(() => {
  root = tempDir('headroom-kill-')
  original = path.join(root, 'original')
  mkdirSync(original)
  generate(original)
  for (const [file, bytes] of snapshot(original)) before.set(file, bytes)
  const reference = copy('reference')
  const started = Date.now()
  const run = headroom(['fix', '--format', 'json', '.'], {cwd: reference})
  fullRunMs = Date.now() - started
  expect(run.stderr).not.toMatch(/internal error/)
  expect([0, 1]).toContain(run.code)
  for (const [file, bytes] of snapshot(reference)) fixed.set(file, bytes)
  rmSync(reference, {recursive: true, force: true})
}, 600_000)

afterAll(() => {
  if (root) rmSync(root, {recursive: true, force: true})
})

describe('crash safety: kill -9 during fix', () => {
  it(`the generated repo has ${FILES} manifests, most of them with something to fix`, () => {
    expect(before.size).toBeGreaterThanOrEqual(FILES)
    const changed = [...before].filter(([file, bytes]) => !bytes.equals(fixed.get(file) as Buffer)).length
    expect(changed).toBeGreaterThan(FILES / 3)
    expect(fixed.get('team-00/broken.yaml')?.equals(before.get('team-00/broken.yaml') as Buffer)).toBe(true)
  })

  it('every file is whole after SIGKILL at several moments, and the next run cleans up and finishes', async () => {
    const changing = [...before].filter(([file, bytes]) => !bytes.equals(fixed.get(file) as Buffer)).length
    // Before any write (while files are read and parsed), then after the first write and at a spread of
    // points through the burst of writes.
    const nth = (f: number) => Math.max(1, Math.ceil(changing * f))
    const moments: {afterMs?: number; afterWrites?: number; at?: string; nth?: number}[] = [
      // from outside: while files are read and parsed, and once renames show up in the tree
      {afterMs: Math.round(0.3 * fullRunMs)},
      {afterWrites: nth(0.5)},
      // from inside, at exact points of one write
      {at: 'open', nth: 1},
      {at: 'written', nth: nth(0.1)},
      {at: 'synced', nth: nth(0.5)},
      {at: 'renamed', nth: nth(0.75)},
      {at: 'written', nth: changing}
    ]
    const seen: string[] = []
    let midRun = 0
    for (const [i, moment] of moments.entries()) {
      const dir = copy(`kill-${i}`)
      const label = moment.afterMs !== undefined ? `${moment.afterMs} ms` : moment.at ? `${moment.at} of write ${moment.nth}` : `${moment.afterWrites} writes seen`
      const {exited} = await fixAndKill(dir, moment)
      const {fixedCount, temps} = expectWhole(dir, `killed after ${label}`)
      seen.push(`${label}: ${exited ? 'finished first' : 'killed'}, ${fixedCount} of ${changing} files fixed, ${temps.length} temp file(s) left`)
      // killed in the middle of the writes: some temp file or some fixed file, not all fixed
      if (!exited && (fixedCount > 0 || temps.length > 0) && fixedCount < changing) midRun++
      // A leftover temp file must not look like a manifest (it would be read as one).
      for (const temp of temps) expect(temp).not.toMatch(/\.(ya?ml|json)$/)
      const again = headroom(['fix', '--format', 'json', '.'], {cwd: dir})
      expect(again.stderr).not.toMatch(/internal error/)
      expectAllFixed(dir, `after the run that followed a kill after ${label}`)
      rmSync(dir, {recursive: true, force: true})
    }
    // The moments must actually land while files are being written, or the test proves nothing.
    expect(midRun, seen.join('\n')).toBeGreaterThanOrEqual(5)
    console.info(`kill test (${FILES} files, full run ${fullRunMs} ms):\n  ${seen.join('\n  ')}`)
  }, 1_800_000)

  it('a temp file left by a killed run is removed by the next fix, and never read as a manifest', () => {
    const dir = copy('leftover')
    const target = 'team-02/app-0002.yaml'
    const leftover = path.join(dir, 'team-02', `.app-0002.yaml.headroom-tmp-999999-0badcafe`)
    writeFileSync(leftover, (before.get(target) as Buffer).subarray(0, 10))
    const run = headroom(['fix', '--format', 'json', '.'], {cwd: dir})
    expect(run.stderr).not.toMatch(/internal error/)
    expect(JSON.parse(run.stdout).files.map((f: {path: string}) => f.path)).not.toContain(path.relative(dir, leftover))
    expectAllFixed(dir, 'after removing a leftover')
    rmSync(dir, {recursive: true, force: true})
  }, 300_000)

  it('two fix runs on the same tree at once corrupt nothing', async () => {
    const dir = copy('concurrent')
    const runs = [0, 1].map(() => {
      const child = spawn(process.execPath, [CLI, 'fix', '--format', 'json', '.'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}})
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
    const {temps} = expectWhole(dir, 'after two concurrent runs')
    expect(temps).toEqual([])
    const third = headroom(['fix', '--format', 'json', '.'], {cwd: dir})
    expect(third.stderr).not.toMatch(/internal error/)
    expectAllFixed(dir, 'after a third run')
    rmSync(dir, {recursive: true, force: true})
  }, 600_000)
})

describe('crash safety: a low open-file limit', () => {
  it('the whole repo is read and written under `ulimit -n 200` (macOS defaults to 256)', () => {
    const dir = copy('ulimit')
    const run = spawnSync('/bin/sh', ['-c', `ulimit -n 200 && exec "${process.execPath}" "${CLI}" fix --format json .`], {cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
    expect(run.stderr).not.toMatch(/internal error/)
    expect(run.stdout).not.toMatch(/EMFILE/)
    expect([0, 1]).toContain(run.status)
    expectAllFixed(dir, 'after a fix under ulimit -n 200')
    rmSync(dir, {recursive: true, force: true})
  }, 600_000)
})

describe('crash safety: what a write keeps', () => {
  it('the file mode is kept and a symlink inside the tree stays a symlink', () => {
    const dir = tempDir('headroom-mode-')
    try {
      writeFileSync(path.join(dir, '.headroomrc.json'), '{}\n')
      const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: a\n  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1\n    resources: {limits: {memory: 100Mi}}\n'
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
