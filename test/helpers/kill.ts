// Shared by the crash-safety tests (test/kill.test.ts, and test/slow/kill-soak.test.ts for `npm run
// test:slow`): a generated repo of fuzz-generated manifests, its fixed reference, `fix` killed with SIGKILL,
// and the check that every file is whole afterwards.
import {spawn, spawnSync} from 'node:child_process'
import {once} from 'node:events'
import {cpSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {expect} from 'vitest'
import {arbitraries, buildCase} from '../fuzz/manifests.js'
import {CLI, headroom, tempDir, walk, type Run} from './cli.js'

export const TEMP = /\.headroom-tmp-/

/** Where a kill lands: from inside the process at an exact point of one write, or from outside. */
export interface Moment {
  /** the hook's point: the temp file was created (empty), written (not flushed), flushed, renamed */
  readonly at?: 'open' | 'written' | 'synced' | 'renamed'
  /** … of the nth temp file (the nth rename for `renamed`) */
  readonly nth?: number
  /** from outside: after this long (slow soak only: where it lands depends on the machine) */
  readonly afterMs?: number
  /** from outside: once this many manifests changed in the tree (slow soak only) */
  readonly afterWrites?: number
  /** HEADROOM_WORKERS for the killed run */
  readonly workers?: string
}

export interface KillRepo {
  readonly root: string
  /** every file of the generated repo (relative path) as generated, and as one full fix leaves it */
  readonly before: Map<string, Buffer>
  readonly fixed: Map<string, Buffer>
  /** files the full fix changes */
  readonly changing: number
  readonly fullRunMs: number
  /** a fresh copy of the generated repo */
  copy(name: string): string
  remove(): void
}

/** The generated repo: fuzz-generated manifests (every layout the fuzz test knows) in 40 team folders. */
function generate(dir: string, files: number): void {
  const {stream, json} = arbitraries()
  const streams = fc.sample(stream, {numRuns: files - Math.floor(files / 20), seed: 7})
  const jsons = fc.sample(json, {numRuns: Math.floor(files / 20), seed: 8})
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

function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  for (const file of walk(dir)) out.set(file, readFileSync(path.join(dir, file)))
  return out
}

/** Generates the repo and fixes a copy of it once, for reference. */
export function killRepo(files: number): KillRepo {
  const root = tempDir('headroom-kill-')
  const original = path.join(root, 'original')
  mkdirSync(original)
  generate(original, files)
  const copy = (name: string): string => {
    const dir = path.join(root, name)
    cpSync(original, dir, {recursive: true})
    return dir
  }
  const before = snapshot(original)
  const reference = copy('reference')
  const started = Date.now()
  const run = headroom(['fix', '--format', 'json', '.'], {cwd: reference})
  const fullRunMs = Date.now() - started
  expect(run.stderr).not.toMatch(/internal error/)
  expect([0, 1]).toContain(run.code)
  const fixed = snapshot(reference)
  rmSync(reference, {recursive: true, force: true})
  const changing = [...before].filter(([file, bytes]) => !bytes.equals(fixed.get(file) as Buffer)).length
  return {root, before, fixed, changing, fullRunMs, copy, remove: () => rmSync(root, {recursive: true, force: true})}
}

/** Every file is its original or its fixed version; returns how many were already fixed, and temp files. */
export function expectWhole(repo: KillRepo, dir: string, label: string): {fixedCount: number; temps: string[]} {
  let fixedCount = 0
  const temps: string[] = []
  for (const file of walk(dir)) {
    if (TEMP.test(path.basename(file))) {
      temps.push(file)
      continue
    }
    const now = readFileSync(path.join(dir, file))
    const was = repo.before.get(file)
    const want = repo.fixed.get(file)
    if (was === undefined || want === undefined) throw new Error(`${label}: unexpected file ${file}`)
    const whole = now.equals(was) || now.equals(want)
    if (!whole) throw new Error(`${label}: ${file} is neither its original nor its fixed version (${now.length} bytes)`)
    if (!was.equals(want) && now.equals(want)) fixedCount++
  }
  return {fixedCount, temps}
}

export function expectAllFixed(repo: KillRepo, dir: string, label: string): void {
  const files = walk(dir)
  const temps = files.filter((f) => TEMP.test(path.basename(f)))
  expect(temps, `${label}: temp files left`).toEqual([])
  for (const file of files) {
    expect(readFileSync(path.join(dir, file)).equals(repo.fixed.get(file) as Buffer), `${label}: ${file}`).toBe(true)
  }
}

/**
 * Preloaded into the fix process (`--require`): SIGKILLs the process itself at an exact point of the N-th
 * write: right after the temp file is created (empty), after its text is written (not yet flushed), after
 * the flush (not yet renamed), or right after the rename. A clock or a watch from outside lands somewhere
 * in the burst of writes, depending on the machine's load; this lands exactly where asked.
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

let killRuns = 0

/** Runs fix on `dir` and kills it at `moment`; `killed` is false when the run finished first. */
export async function fixAndKill(repo: KillRepo, dir: string, moment: Moment): Promise<{killed: boolean}> {
  const hook = path.join(repo.root, 'kill-hook.cjs')
  writeFileSync(hook, KILL_HOOK)
  const counters = path.join(repo.root, `kill-counter-${++killRuns}`)
  const env = {
    ...process.env,
    NO_COLOR: '1',
    HEADROOM_KILL_AT: moment.at ?? '',
    HEADROOM_KILL_N: String(moment.nth ?? 0),
    HEADROOM_KILL_COUNTERS: counters,
    ...(moment.workers === undefined ? {} : {HEADROOM_WORKERS: moment.workers})
  }
  const args = moment.at
    ? ['--require', hook, CLI, 'fix', '--format', 'json', '.']
    : [CLI, 'fix', '--format', 'json', '.']
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
    moment.afterWrites === undefined
      ? undefined
      : watch(dir, {recursive: true}, (_event, name) => {
          if (name && /\.(ya?ml|json)$/.test(String(name)) && ++writes >= (moment.afterWrites as number)) wake()
        })
  const timer =
    moment.afterMs !== undefined
      ? new Promise((resolve) => setTimeout(resolve, moment.afterMs))
      : moment.at
        ? done
        : written
  await Promise.race([done, timer])
  watcher?.close()
  if (!exited) child.kill('SIGKILL')
  await done
  // (the hook kills the process itself: that is a SIGKILL too)
  return {killed: signal === 'SIGKILL'}
}

export function label(moment: Moment): string {
  const where =
    moment.afterMs !== undefined
      ? `${moment.afterMs} ms`
      : moment.at
        ? `${moment.at} of write ${moment.nth}`
        : `${moment.afterWrites} writes seen`
  return moment.workers === undefined ? where : `${where} (HEADROOM_WORKERS=${moment.workers})`
}

/**
 * Kills fix at `moment` on a fresh copy, checks every file is whole and no temp file looks like a manifest,
 * then runs fix again and checks it cleans up and finishes. Returns what the kill left.
 */
export async function killAndRecover(
  repo: KillRepo,
  name: string,
  moment: Moment,
  recovery: Recovery = {}
): Promise<{killed: boolean; fixedCount: number; temps: string[]; reported: string[]}> {
  const dir = repo.copy(name)
  try {
    const {killed} = await fixAndKill(repo, dir, moment)
    const {fixedCount, temps} = expectWhole(repo, dir, `killed after ${label(moment)}`)
    // A leftover temp file must not look like a manifest (it would be read as one).
    for (const temp of temps) expect(temp).not.toMatch(/\.(ya?ml|json)$/)
    recovery.before?.(dir)
    const again = recovery.openFiles === undefined ? headroom(FIX, {cwd: dir}) : fixUnderUlimit(dir, recovery.openFiles)
    expect(again.stderr).not.toMatch(/internal error/)
    expect(again.stdout).not.toMatch(/EMFILE/)
    expect([0, 1]).toContain(again.code)
    expectAllFixed(repo, dir, `after the run that followed a kill after ${label(moment)}`)
    const reported = (JSON.parse(again.stdout) as {files: {path: string}[]}).files.map((f) => f.path)
    return {killed, fixedCount, temps, reported}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The run after a kill: what to do to the tree first, and an open-file limit to run it under. */
export interface Recovery {
  readonly before?: (dir: string) => void
  readonly openFiles?: number
}

const FIX = ['fix', '--format', 'json', '.']

/** fix under `ulimit -n` (a low limit must never make a run fail with EMFILE). */
export function fixUnderUlimit(dir: string, openFiles: number): Run {
  const run = spawnSync(
    '/bin/sh',
    ['-c', `ulimit -n ${openFiles} && exec "${process.execPath}" "${CLI}" ${FIX.join(' ')}`],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
      maxBuffer: 256 * 1024 * 1024
    }
  )
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}
