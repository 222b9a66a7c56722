// Runs the real, committed CLI (dist/cli.js) the way a user would.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync, chmodSync, readdirSync, statSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CLI = path.join(ROOT, 'dist/cli.js')
export const CORPUS = path.resolve(ROOT, '../shared/corpus')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export function headroom(
  args: readonly string[],
  options: {cwd?: string; input?: string; env?: NodeJS.ProcessEnv} = {}
): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env},
    maxBuffer: 256 * 1024 * 1024
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

export function tempDir(prefix = 'headroom-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}

/** A fresh temp folder holding these files (relative paths, folders made as needed). */
export function treeOf(files: Record<string, string>, prefix = 'headroom-'): string {
  const dir = tempDir(prefix)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

/** Copies a tree into a fresh temp folder (writable, even when the source is read-only). */
export function copyTree(source: string): string {
  const dir = tempDir()
  cpSync(source, dir, {recursive: true})
  makeWritable(dir)
  return dir
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755)
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    const info = statSync(p)
    if (info.isDirectory()) makeWritable(p)
    else chmodSync(p, 0o644)
  }
}

export function removeTree(dir: string): void {
  rmSync(dir, {recursive: true, force: true})
}

export function walk(dir: string, base = dir): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    const info = statSync(p)
    if (info.isDirectory()) out.push(...walk(p, base))
    else out.push(path.relative(base, p))
  }
  return out.sort()
}
