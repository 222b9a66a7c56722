// Shared by the integration tests: manifests with and without headroom, git and host-tool helpers.
import {execFileSync, spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {chmodSync, cpSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {ROOT, tempDir} from '../helpers/cli.js'

export {ROOT}
export const KRM = path.join(ROOT, 'dist/krm.js')
export const ACTION = path.join(ROOT, 'dist/action.js')

/** true when `tool` is on PATH */
export function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], {encoding: 'utf8'}).status === 0
}

/** A Deployment with an app container and an istio-proxy sidecar (request 128Mi: needs 180Mi). */
export function deployment(
  name: string,
  sidecarLimit: string,
  options: {comment?: string; namespace?: string; replicas?: number} = {}
): string {
  return [
    ...(options.comment ? [`# ${options.comment}`] : []),
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(options.namespace ? [`  namespace: ${options.namespace}`] : []),
    'spec:',
    `  replicas: ${options.replicas ?? 2}`,
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: example/${name}:1`,
    '        - name: istio-proxy',
    '          image: docker.io/istio/proxyv2:1.24.0',
    '          resources:',
    '            requests:',
    '              memory: 128Mi',
    '            limits:',
    `              memory: ${sidecarLimit} # sized from kubectl top`,
    ''
  ].join('\n')
}

export const BAD = '140Mi'
export const GOOD = '256Mi'

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, text)
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null'
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

export function initRepo(dir: string, branch = 'main'): void {
  git(dir, 'init', '-q', '-b', branch)
  git(dir, 'config', 'commit.gpgsign', 'false')
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--no-verify', '-m', message)
  return git(dir, 'rev-parse', 'HEAD').trim()
}

/**
 * A git repository holding this working tree as one commit (tracked and untracked files, minus what
 * .gitignore excludes): what a clone of HEAD will hold once the current work is committed.
 */
export function snapshotRepo(): string {
  const dir = tempDir('headroom-snapshot-')
  const listed = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((f) => f !== '')
  for (const file of listed) {
    const from = path.join(ROOT, file)
    const to = path.join(dir, file)
    mkdirSync(path.dirname(to), {recursive: true})
    try {
      cpSync(from, to, {preserveTimestamps: true})
    } catch {
      // listed but deleted in the working tree
    }
  }
  initRepo(dir)
  commitAll(dir, 'snapshot')
  return dir
}

export function executable(file: string, text: string): string {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
  chmodSync(file, 0o755)
  return file
}

export function run(
  command: string,
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number}
): SpawnSyncReturns<string> {
  return spawnSync(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024
  })
}
