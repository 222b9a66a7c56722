// Baselines end to end with the real CLI (issue 3): `headroom baseline` writes today's findings, keyed by
// file, object, container and rule (never by line); `--baseline FILE` then reports only new findings,
// also after lines move, from another working directory, and per count.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const SIDECAR = (name: string, limit: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: ${name}
          image: example/${name}:1
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          resources:
            requests:
              memory: 128Mi
            limits:
              memory: ${limit}
`

const BAD_UNITS = `apiVersion: v1
kind: Pod
metadata:
  name: legacy
spec:
  containers:
    - name: legacy
      image: example/legacy:1
      resources:
        requests:
          memory: 1g
        limits:
          memory: 2gb
`

const INJECTED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        sidecar.istio.io/proxyMemory: 256Mi
    spec:
      containers:
        - name: cart
          image: example/cart:1
`

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n'
const POSSIBLY = INJECTED.replace('  namespace: shop\n', '  namespace: elsewhere\n').replace(
  'name: cart\n  namespace',
  'name: maybe\n  namespace'
)

let dirs: string[] = []
afterEach(() => {
  for (const dir of dirs) removeTree(dir)
  dirs = []
})

function repo(files: Record<string, string>): string {
  const dir = tempDir('headroom-baseline-')
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) write(dir, name, text)
  return dir
}

function write(dir: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
  writeFileSync(path.join(dir, name), text)
}

interface Entry {
  file: string
  kind?: string
  namespace?: string
  name?: string
  container?: string
  rule: string
  count: number
}

function baselineOf(
  dir: string,
  file = '.headroom-baseline.json'
): {version: number; tool?: string; findings: Entry[]} {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {version: number; findings: Entry[]}
}

const FILES = {
  'namespaces/shop.yaml': NAMESPACE,
  'apps/web.yaml': SIDECAR('web', '140Mi'),
  'apps/cart.yaml': INJECTED,
  'apps/maybe.yaml': POSSIBLY,
  'legacy/pod.yaml': BAD_UNITS
}

describe('headroom baseline', () => {
  it('writes .headroom-baseline.json: one entry per file, object, container and rule, with a count; no lines, no info findings', async () => {
    const dir = repo(FILES)
    const run = await headroomIn(['baseline', '.'], {cwd: dir})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'headroom: wrote 4 findings to .headroom-baseline.json; check with --baseline .headroom-baseline.json to see only new ones\n'
    )
    const baseline = baselineOf(dir)
    expect(baseline.version).toBe(1)
    expect(baseline.findings).toEqual([
      {
        file: 'apps/cart.yaml',
        kind: 'Deployment',
        name: 'cart',
        container: 'istio-proxy',
        namespace: 'shop',
        rule: 'injected-sidecar-memory-headroom',
        count: 1
      },
      {
        file: 'apps/web.yaml',
        kind: 'Deployment',
        name: 'web',
        container: 'istio-proxy',
        namespace: 'shop',
        rule: 'sidecar-memory-headroom',
        count: 1
      },
      {
        file: 'legacy/pod.yaml',
        kind: 'Pod',
        name: 'legacy',
        container: 'legacy',
        rule: 'invalid-memory-quantity',
        count: 2
      }
    ])
    expect(JSON.stringify(baseline)).not.toMatch(/"line"|"col/)
  })

  it('--baseline reports only what is new; the possibly-injected info is never baselined and stays visible', async () => {
    const dir = repo(FILES)
    expect((await headroomIn(['baseline', '.'], {cwd: dir})).code).toBe(0)
    const clean = await headroomIn(['check', '--baseline', '.headroom-baseline.json', '.'], {cwd: dir})
    expect(clean.code).toBe(0)
    expect(clean.stderr).not.toContain('error')
    expect(clean.stderr).toContain('apps/maybe.yaml:10:39  info  istio-proxy (possibly injected by Istio')
    // Without --baseline everything is back.
    expect((await headroomIn(['check', '.'], {cwd: dir})).stderr).toContain('3 errors, 1 warning')
  })

  it('findings stay matched when lines move (comments added, documents reordered, keys reformatted)', async () => {
    const dir = repo(FILES)
    await headroomIn(['baseline', '.'], {cwd: dir})
    write(
      dir,
      'apps/web.yaml',
      `# owned by team web\n# reviewed 2024\n${SIDECAR('web', '140Mi').replace('metadata:\n  name: web\n  namespace: shop\n', 'metadata: {name: web, namespace: shop}\n')}`
    )
    write(
      dir,
      'legacy/pod.yaml',
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n---\n${BAD_UNITS}`
    )
    const run = await headroomIn(['check', '--baseline', '.headroom-baseline.json', '--format', 'json', '.'], {
      cwd: dir
    })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as {summary: {errors: number; infos: number}}
    expect(report.summary).toMatchObject({errors: 0, infos: 1})
  })

  it('a new finding is reported: a new workload, a renamed one, more of the same key than the count allows', async () => {
    const dir = repo(FILES)
    await headroomIn(['baseline', '.'], {cwd: dir})
    write(dir, 'apps/api.yaml', SIDECAR('api', '150Mi'))
    write(dir, 'apps/web.yaml', SIDECAR('web', '140Mi').replace('  name: web\n', '  name: web-v2\n'))
    // legacy/invalid-memory-quantity was accepted twice; a second identical Pod brings two more
    write(dir, 'legacy/pod.yaml', `${BAD_UNITS}---\n${BAD_UNITS}`)
    const run = await headroomIn(['check', '--baseline', '.headroom-baseline.json', '--format', 'json', '.'], {
      cwd: dir
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {
      files: {path: string; findings: {ruleId: string; severity: string; line: number; subject?: {name: string}}[]}[]
    }
    const errors = report.files.flatMap((f) =>
      f.findings
        .filter((x) => x.severity === 'error')
        .map((x) => `${f.path}:${x.line} ${x.subject?.name ?? '-'} ${x.ruleId}`)
    )
    expect(errors.sort()).toEqual(
      [
        'apps/api.yaml:18 api sidecar-memory-headroom',
        'apps/web.yaml:18 web-v2 sidecar-memory-headroom',
        'legacy/pod.yaml:25 legacy invalid-memory-quantity',
        'legacy/pod.yaml:27 legacy invalid-memory-quantity'
      ].sort()
    )
  })

  it('a fixed finding disappears and never comes back as new', async () => {
    const dir = repo(FILES)
    await headroomIn(['baseline', '.'], {cwd: dir})
    write(dir, 'apps/web.yaml', SIDECAR('web', '180Mi'))
    expect((await headroomIn(['check', '--baseline', '.headroom-baseline.json', '.'], {cwd: dir})).code).toBe(0)
  })

  it('paths in the file are relative to its folder: it works from any working directory', async () => {
    const dir = repo(FILES)
    await headroomIn(['baseline', '--baseline', 'ci/accepted.json', '.'], {cwd: dir})
    expect(baselineOf(dir, 'ci/accepted.json').findings.map((e) => e.file)).toEqual([
      '../apps/cart.yaml',
      '../apps/web.yaml',
      '../legacy/pod.yaml'
    ])
    const fromApps = await headroomIn(['check', '--baseline', '../ci/accepted.json', '.'], {
      cwd: path.join(dir, 'apps')
    })
    // From apps/ the Namespace in ../namespaces is not part of the run: cart is only "possibly injected" (info).
    expect(fromApps.code).toBe(0)
    expect(fromApps.stderr).not.toContain('error')
    const fromRoot = await headroomIn(['check', '--baseline', 'ci/accepted.json', 'apps', 'legacy', 'namespaces'], {
      cwd: dir
    })
    expect(fromRoot.code).toBe(0)
  })

  it('an unreadable or invalid baseline is a usage error (exit 2)', async () => {
    const dir = repo(FILES)
    const missing = await headroomIn(['check', '--baseline', 'nope.json', '.'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('cannot read baseline nope.json: ENOENT')
    write(dir, 'bad.json', '{"version": 2, "findings": []}')
    const bad = await headroomIn(['check', '--baseline', 'bad.json', '.'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('invalid baseline bad.json: /version must be equal to constant')
    write(dir, 'broken.json', '{')
    expect((await headroomIn(['check', '--baseline', 'broken.json', '.'], {cwd: dir})).stderr).toContain(
      'invalid baseline broken.json: not valid JSON'
    )
  })

  it('the baseline file itself is never read as a manifest', async () => {
    const dir = repo(FILES)
    await headroomIn(['baseline', '.'], {cwd: dir})
    const run = await headroomIn(['check', '--format', 'json', '.'], {cwd: dir})
    const report = JSON.parse(run.stdout) as {files: {path: string}[]}
    expect(report.files.map((f) => f.path)).not.toContain('.headroom-baseline.json')
  })
})

describe('baselines and file-level findings (src/engine/file-findings.ts)', () => {
  it('accept what the registry lets them (a broken or binary file kept on purpose), never config, io or internal', async () => {
    const {applyBaseline, createBaseline} = await import('../src/engine/baseline.js')
    const {FILE_FINDINGS, fileFinding} = await import('../src/engine/file-findings.js')
    const results = FILE_FINDINGS.map((meta) => ({
      path: `${meta.id}.yaml`,
      skipped: true,
      findings: [fileFinding({path: `${meta.id}.yaml`}, meta.id, `${meta.id} happened`)]
    }))
    const same = (file: string) => file
    const baseline = createBaseline(results, same)
    expect(baseline.findings.map((e) => e.rule)).toEqual(['file-too-large', 'not-text', 'yaml-syntax'])
    // Even a hand-written baseline entry cannot hide a file that went unchecked.
    const everything = {
      ...baseline,
      findings: FILE_FINDINGS.map((meta) => ({file: `${meta.id}.yaml`, rule: meta.id, count: 1}))
    }
    const left = results.flatMap((r) => applyBaseline(r, everything, same).findings.map((f) => f.ruleId))
    expect(left.sort()).toEqual(['config', 'internal', 'io', 'template'])
  })
})
