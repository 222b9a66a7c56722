// The pre-commit hooks with Debian's pre-commit: a consumer repository points at a git repository holding
// this working tree (what HEAD will be once committed). pre-commit installs it with npm (`language: node`,
// no build step: the committed dist/ bundle runs), the check fails on a sidecar without headroom, the fix
// rewrites it, the next run passes, and .pre-commit-config.yaml itself is never touched.
import {mkdirSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {removeTree, tempDir} from '../helpers/cli.js'
import {BAD, ROOT, commitAll, deployment, git, has, initRepo, run, snapshotRepo, writeFiles} from './helpers.js'

describe.skipIf(!has('pre-commit') || !has('git') || !has('npm'))('pre-commit hooks from this repository', () => {
  let hookRepo = ''
  let consumer = ''
  let home = ''
  let rev = ''
  let env: NodeJS.ProcessEnv = {}

  const config = (hooks: string[]) =>
    [
      'repos:',
      `  - repo: ${hookRepo}`,
      `    rev: ${rev}`,
      '    hooks:',
      ...hooks.map((id) => `      - id: ${id}`),
      ''
    ].join('\n')

  const preCommit = (...args: string[]) => run('pre-commit', ['run', ...args], {cwd: consumer, env, timeout: 240_000})

  beforeAll(() => {
    hookRepo = snapshotRepo()
    rev = git(hookRepo, 'rev-parse', 'HEAD').trim()
    home = tempDir('headroom-pre-commit-home-')
    consumer = tempDir('headroom-consumer-')
    env = {
      ...process.env,
      PRE_COMMIT_HOME: home,
      // The install is `npm install` of the hook repo: use the local npm cache when it has the packages.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com'
    }
    initRepo(consumer)
    writeFiles(consumer, {
      '.pre-commit-config.yaml': config(['headroom']),
      'k8s/checkout.yaml': deployment('checkout', BAD, {comment: 'keep this comment'}),
      // A chart template is not YAML until rendered: excluded by default.
      'charts/shop/templates/deployment.yaml':
        '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\n{{- end }}\n',
      '.github/workflows/ci.yaml': 'on: push\njobs: {}\n'
    })
    mkdirSync(path.join(consumer, 'empty'), {recursive: true})
    commitAll(consumer, 'consumer')
  })

  afterAll(() => {
    for (const dir of [hookRepo, consumer, home]) if (dir) removeTree(dir)
  })

  it('headroom (check) fails on a sidecar without headroom and names it; templates are excluded', () => {
    const result = preCommit('--all-files')
    expect(result.status, result.stdout + result.stderr).toBe(1)
    expect(result.stdout).toMatch(/kube-headroom \(check sidecar memory headroom\)\.+Failed/)
    expect(result.stdout).toContain('k8s/checkout.yaml:19:23  error  istio-proxy memory limit 140Mi is below 180Mi')
    expect(result.stdout).not.toContain('templates')
    // No build on install: the hook environment runs the committed bundle, byte for byte.
    const installed = findFile(home, path.join('node_modules', 'kube-headroom', 'dist', 'cli.js'))
    expect(installed, 'kube-headroom installed in the hook environment').toBeDefined()
    expect(readFileSync(installed!).equals(readFileSync(path.join(ROOT, 'dist/cli.js')))).toBe(true)
  }, 240_000)

  it('headroom-fix rewrites the file, the next run passes, and the config file is untouched', () => {
    const configBefore = config(['headroom-fix', 'headroom'])
    writeFiles(consumer, {'.pre-commit-config.yaml': configBefore})
    git(consumer, 'add', '.pre-commit-config.yaml')
    const fixed = preCommit('--all-files')
    // pre-commit fails a run in which a hook changed files.
    expect(fixed.status, fixed.stdout).toBe(1)
    expect(fixed.stdout).toMatch(/kube-headroom \(fix sidecar memory limits\)\.+Failed/)
    expect(fixed.stdout).toContain('files were modified by this hook')
    const text = readFileSync(path.join(consumer, 'k8s/checkout.yaml'), 'utf8')
    expect(text).toBe(deployment('checkout', '1Gi', {comment: 'keep this comment'}))
    git(consumer, 'add', '-A')
    const again = preCommit('--all-files')
    expect(again.status, again.stdout).toBe(0)
    expect(again.stdout).toMatch(/kube-headroom \(fix sidecar memory limits\)\.+Passed/)
    expect(again.stdout).toMatch(/kube-headroom \(check sidecar memory headroom\)\.+Passed/)
    expect(readFileSync(path.join(consumer, '.pre-commit-config.yaml'), 'utf8')).toBe(configBefore)
  }, 240_000)
})

function findFile(dir: string, suffix: string, depth = 0): string | undefined {
  if (depth > 8) return undefined
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isFile() && full.endsWith(suffix)) return full
    if (entry.isDirectory() && !entry.isSymbolicLink()) {
      const found = findFile(full, suffix, depth + 1)
      if (found) return found
    }
  }
  return undefined
}
