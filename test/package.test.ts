// The package as users install it: `npm pack`, then the tarball installed with `--omit=dev` into an empty
// folder, offline. The bundles import only node:* modules, so the package must install nothing else, and
// `npx kube-headroom` (the bin named after the package) must check the example repo.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {isBuiltin} from 'node:module'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {removeTree, ROOT, tempDir} from './helpers/cli.js'

let dir = ''
let packed: {files: {path: string}[]; filename: string}
const EXAMPLE = path.join(ROOT, 'examples/gitops-repo')

function npm(args: string[], cwd: string) {
  // (an own cache: never the user's, and nothing in it, so an install that needs the registry fails)
  const env = {
    ...process.env,
    npm_config_cache: path.join(dir, 'npm-cache'),
    npm_config_update_notifier: 'false',
    NO_COLOR: '1'
  }
  const run = spawnSync('npm', args, {cwd, encoding: 'utf8', env})
  expect(run.status, `npm ${args.join(' ')}\n${run.stderr}`).toBe(0)
  return run.stdout
}

beforeAll(() => {
  dir = tempDir('headroom-package-')
  packed = (JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as (typeof packed)[])[0]!
  const consumer = path.join(dir, 'consumer')
  mkdirSync(consumer)
  npm(['init', '-y'], consumer)
  npm(['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', path.join(dir, packed.filename)], consumer)
})

afterAll(() => removeTree(dir))

describe('the published package', () => {
  it('ships the bundles, schemas, docs, README and LICENSE, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path)
    for (const want of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/cli.js',
      'dist/krm.js',
      'dist/worker.js',
      'schemas/config.schema.json',
      'docs/rules.md'
    ]) {
      expect(files, want).toContain(want)
    }
    expect(files.filter((f) => /^(src|test|fixtures|bench|scripts)\//.test(f))).toEqual([])
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/Apache License\s+Version 2\.0/)
  })

  it('has no runtime dependencies, and installing it offline adds nothing but itself', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {dependencies?: object}
    expect(pkg.dependencies ?? {}).toEqual({})
    const modules = path.join(dir, 'consumer/node_modules')
    expect(readdirSync(modules).filter((name) => !name.startsWith('.'))).toEqual(['kube-headroom'])
  })

  it('the bundles import nothing but Node built-ins and each other', () => {
    const bundle = path.join(dir, 'consumer/node_modules/kube-headroom/dist')
    const imports = new Set<string>()
    for (const name of readdirSync(bundle).filter((n) => n.endsWith('.js'))) {
      for (const raw of readFileSync(path.join(bundle, name), 'utf8').split('\n')) {
        // (JSDoc comments of bundled code mention import('x') types)
        const line = raw.replace(/\/\*.*?\*\//g, '')
        if (/^\s*(\*|\/\/)/.test(line)) continue
        for (const m of line.matchAll(
          /^(?:import|export)\b.*?\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g
        ))
          imports.add((m[1] ?? m[2]) as string)
      }
    }
    expect([...imports].filter((spec) => !isBuiltin(spec) && !spec.startsWith('./'))).toEqual([])
    expect([...imports].filter((spec) => spec.startsWith('./')).length).toBeGreaterThan(5)
  })

  it('`npx kube-headroom check` runs the installed bin on the example repo', () => {
    const consumer = path.join(dir, 'consumer')
    const env = {
      ...process.env,
      npm_config_cache: path.join(dir, 'npm-cache'),
      npm_config_update_notifier: 'false',
      NO_COLOR: '1'
    }
    const run = spawnSync('npx', ['--offline', '--no-install', 'kube-headroom', 'check', '--format', 'json', EXAMPLE], {
      cwd: consumer,
      encoding: 'utf8',
      env
    })
    expect(run.stderr).not.toMatch(/could not determine executable|internal error/)
    expect(run.status, run.stderr).toBe(1)
    const report = JSON.parse(run.stdout) as {files: {findings: {ruleId: string}[]}[]}
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'sidecar-memory-headroom')).toHaveLength(
      4
    )
    // and `headroom`, the short name the docs use
    expect(existsSync(path.join(consumer, 'node_modules/.bin/headroom'))).toBe(true)
    writeFileSync(path.join(consumer, 'ok.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n')
    const short = spawnSync(path.join(consumer, 'node_modules/.bin/headroom'), ['check', 'ok.yaml'], {
      cwd: consumer,
      encoding: 'utf8',
      env
    })
    expect(short.status, short.stderr).toBe(0)
  })
})
