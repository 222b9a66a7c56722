// Live-audit data through the real CLI (dist/cli.js): `headroom audit`, `check`/`fix --audit`, bad audit
// files. The deploy templates and the ConfigMap as --config are in audit-deploy.test.ts.
import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {headroom, ROOT, removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const FIXTURES = path.join(ROOT, 'fixtures/audit')

function workspace(): string {
  const dir = tempDir('headroom-audit-')
  cpSync(FIXTURES, dir, {recursive: true})
  return dir
}

describe('headroom audit', () => {
  it('--format json prints classes, containers and unmatched in the documented shape', async () => {
    const run = await headroomIn(
      [
        'audit',
        'samples-drift-1.30.ndjson',
        'samples-working-set-only.ndjson',
        'samples-oom.json',
        'kubelet-summaries.ndjson',
        '--manifests',
        'manifests',
        '--format',
        'json'
      ],
      {cwd: FIXTURES}
    )
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as {
      classes: Record<string, unknown>[]
      containers: Record<string, unknown>[]
      unmatched: Record<string, unknown>[]
    }
    expect(Object.keys(report).slice(0, 3)).toEqual(['classes', 'containers', 'unmatched'])
    const istio = report.classes.find((c) => c.class === 'istio-proxy')
    expect(Object.keys(istio ?? {})).toEqual(
      expect.arrayContaining(['class', 'instances', 'points', 'estimate', 'ciLow', 'ciHigh', 'applied', 'reason'])
    )
    expect(typeof istio?.estimate).toBe('number')
    expect(Math.abs((istio?.estimate as number) - 1.3)).toBeLessThanOrEqual(0.03)
    const linkerd = report.classes.find((c) => c.class === 'linkerd-proxy')
    expect(linkerd).toMatchObject({estimate: null, ciLow: null, ciHigh: null, applied: 1.22})
    expect(linkerd?.reason).toMatch(/no paired reference/)
    // fluent-bit is the DaemonSet's only container: the workload, not a sidecar class.
    expect(report.classes.map((c) => c.class)).not.toContain('fluent-bit')
    const checkout = report.containers.find((c) => c.workload === 'checkout' && c.container === 'istio-proxy')
    expect(checkout).toMatchObject({namespace: 'shop', kind: 'Deployment', match: 'manifest', enough: true})
    expect(typeof checkout?.observedPeakBytes).toBe('number')
    expect(report.containers.find((c) => c.workload === 'api')).toMatchObject({
      container: 'linkerd-proxy',
      match: 'injected'
    })
    expect(report.containers.find((c) => c.workload === 'cart')).toMatchObject({
      oom: {limitBytes: 256 * 1048576, floorBytes: 356 * 1048576}
    })
    expect(report.containers.find((c) => c.workload === 'nightly' && c.container === 'report')).toMatchObject({
      kind: 'CronJob'
    })
    expect(report.unmatched).toEqual([
      expect.objectContaining({namespace: 'shop', workload: 'legacy-worker', container: 'worker', pods: 2})
    ])
  })

  it('stylish (default) and markdown', async () => {
    const stylish = await headroomIn(['audit', 'samples-drift-1.30.ndjson', 'samples-oom.json'], {cwd: FIXTURES})
    expect(stylish.code, stylish.stderr).toBe(0)
    expect(stylish.stdout).toMatch(
      /^ {2}istio-proxy +drift 1\.\d\d \(estimate 1\.\d\d from 30 pods, 90% CI 1\.\d\d–1\.\d\d\)/m
    )
    expect(stylish.stdout).toContain('OOM-killed at limit 256Mi in 1 pod: limit must be ≥ 356Mi')
    const markdown = await headroomIn(['audit', 'samples-drift-1.30.ndjson', '--format', 'markdown'], {cwd: FIXTURES})
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toMatch(/^## headroom audit$/m)
    expect(markdown.stdout).toMatch(
      /^\| `istio-proxy` \| 30 \| 30 \| 240 \| 1\.\d\d \| 1\.\d\d–1\.\d\d \| 1\.22 \| \*\*1\.\d\d\*\* \|/m
    )
  })

  it('a bad file: exit 2 with the file, the pointer and what was expected', async () => {
    const run = await headroomIn(['audit', 'samples-v1.json', 'malformed/samples-bytes-string.ndjson'], {cwd: FIXTURES})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'headroom: invalid audit data malformed/samples-bytes-string.ndjson:3: /workingSetBytes must be a number (got "3Mi")\n'
    )
  })

  it('usage errors exit 2', async () => {
    expect((await headroomIn(['audit', 'x.json', '--format', 'sarif'])).stderr).toMatch(
      /--format must be one of stylish, json, markdown/
    )
    expect((await headroomIn(['check', '--metric', 'x', '.'])).stderr).toMatch(/--metric only applies with --audit/)
  })
})

describe('check / fix --audit', () => {
  it('check cites the evidence; fix raises limits; a second fix changes nothing', async () => {
    const dir = workspace()
    try {
      const audit = ['--audit', 'samples-drift-1.30.ndjson', '--audit', 'samples-oom.json']
      const check = await headroomIn(['check', 'manifests', ...audit], {cwd: dir})
      expect(check.code).toBe(1)
      expect(check.stderr).toMatch(
        /istio-proxy memory limit 180Mi is below \d+Mi \(observed peak \d+Mi \(240 points from 30 pods over 5\.9 h\) > request 128Mi × drift 1\.\d\d \(estimate 1\.\d\d from 30 pods, 90% CI 1\.\d\d–1\.\d\d\) × headroom 1\.15\)/
      )
      expect(check.stderr).toContain(
        'raised because it was OOM-killed at limit L = 256Mi (1 pod): max(L + 100Mi, 1.2 × L)'
      )
      const fix = await headroomIn(['fix', 'manifests', ...audit], {cwd: dir})
      expect(fix.code, fix.stderr).toBe(0)
      const once = readFileSync(path.join(dir, 'manifests/workloads.yaml'), 'utf8')
      // the OOM floor gives 356Mi, the envoy class floor (issue 12) 512Mi
      expect(once).toContain('limits: {memory: 512Mi}')
      const again = await headroomIn(['fix', 'manifests', ...audit], {cwd: dir})
      expect(again.code).toBe(0)
      expect(readFileSync(path.join(dir, 'manifests/workloads.yaml'), 'utf8')).toBe(once)
    } finally {
      removeTree(dir)
    }
  })

  it('stdin with --audit', async () => {
    const input = readFileSync(path.join(FIXTURES, 'manifests/workloads.yaml'), 'utf8')
    const run = headroom(['fix', '-', '--audit', 'samples-oom.json'], {cwd: FIXTURES, input})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('limits: {memory: 512Mi}')
  })

  it('a bad audit file: exit 2 and no manifest changes', async () => {
    const dir = workspace()
    try {
      const before = readFileSync(path.join(dir, 'manifests/workloads.yaml'), 'utf8')
      const run = await headroomIn(
        ['fix', 'manifests', '--audit', 'samples-oom.json', '--audit', 'malformed/prometheus-value-number.json'],
        {cwd: dir}
      )
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(
        'malformed/prometheus-value-number.json: /data/result/0/value/1 must be a string (got 123)'
      )
      expect(readFileSync(path.join(dir, 'manifests/workloads.yaml'), 'utf8')).toBe(before)
    } finally {
      removeTree(dir)
    }
  })

  it('an invalid audit config section is a config error (exit 2, with its pointer)', async () => {
    const dir = workspace()
    try {
      writeFileSync(path.join(dir, '.headroomrc.yaml'), 'audit:\n  k: -1\n')
      const run = await headroomIn(['check', 'manifests', '--audit', 'samples-oom.json'], {cwd: dir})
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/\.headroomrc\.yaml: \/audit\/k must be >= 0/)
    } finally {
      removeTree(dir)
    }
  })
})
