// End to end: the real CLI (dist/cli.js) on real files, as a user runs it.
import {mkdirSync, readFileSync, statSync, writeFileSync, chmodSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, copyTree, headroom, removeTree, tempDir} from './helpers/cli.js'

const EXAMPLE = path.join(ROOT, 'examples/gitops-repo')

const SIDECAR = (limit: string, request = '128Mi') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: example/web:1
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          resources:
            requests:
              memory: ${request}
            limits:
              memory: ${limit}
`

function repo(files: Record<string, string>): string {
  const dir = tempDir()
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

describe('headroom check', () => {
  it('exits 1 on the example repo and names each inadequate sidecar with its arithmetic', () => {
    const run = headroom(['check', 'examples/gitops-repo'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      "examples/gitops-repo/base/shop/checkout.yaml:186:23  error  istio-proxy memory limit 140Mi is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15); fix would set 1Gi (istio-proxy floor: Istio's default sidecar limit)  sidecar-memory-headroom"
    )
    // the ledger's native cloud-sql-proxy has no limit at all: nothing measured it, so it is a warning
    expect(run.stderr).toContain(
      'examples/gitops-repo/base/payments/ledger.yaml:48:17  warning  cloud-sql-proxy has no memory limit (unbounded)'
    )
    expect(run.stderr).toContain('3 errors, 1 warning')
    expect(run.stderr).not.toMatch(/linkerd-proxy|fluentd|fluent-bit|istio-init/)
  })

  it('exits 0 when every sidecar is adequate', () => {
    const dir = repo({'app.yaml': SIDECAR('180Mi')})
    try {
      const run = headroom(['check', '.'], {cwd: dir})
      expect(run.code).toBe(0)
      expect(run.stderr).toBe('1 manifest, 1 workload, 0 findings\n')
    } finally {
      removeTree(dir)
    }
  })

  it('names unparsable and templated files and still checks the rest', () => {
    const dir = repo({
      'a-broken.yaml': 'kind: Pod\nspec: [\n',
      'b-chart.yaml': '{{- if .Values.enabled }}\nkind: Pod\n{{- end }}\n',
      'c-app.yaml': SIDECAR('140Mi')
    })
    try {
      const run = headroom(['check', '.'], {cwd: dir})
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/a-broken\.yaml:\d+:\d+ {2}error {2}invalid YAML: .* {2}yaml-syntax/)
      expect(run.stderr).toMatch(
        /b-chart\.yaml:1:1 {2}info {2}contains Go\/Helm template syntax; not checked\. Render it first/
      )
      expect(run.stderr).toContain('c-app.yaml:17:23  error  istio-proxy memory limit 140Mi is below 180Mi')
    } finally {
      removeTree(dir)
    }
  })

  it('honours --headroom, --drift and the nearest config file (CLI flags win)', () => {
    const dir = repo({
      'strict/.headroomrc.yaml': 'headroom: 30%\n',
      'strict/app.yaml': SIDECAR('180Mi'),
      'loose/package.json': JSON.stringify({name: 'x', headroom: {drift: 1.0, headroom: 0}}),
      'loose/app.yaml': SIDECAR('128Mi')
    })
    try {
      const run = headroom(['check', '.'], {cwd: dir})
      expect(run.stderr).toContain(
        'strict/app.yaml:17:23  error  istio-proxy memory limit 180Mi is below 204Mi (request 128Mi × drift 1.22 × headroom 1.3)'
      )
      expect(run.stderr).not.toContain('loose/app.yaml')
      const flags = headroom(['check', '--headroom', '0', '--drift', '1', '.'], {cwd: dir})
      expect(flags.code).toBe(0)
    } finally {
      removeTree(dir)
    }
  })

  it('rejects a bad config with the file and JSON pointer, exit 2', () => {
    const dir = repo({
      '.headroomrc.json': JSON.stringify({headroom: '15', sidecars: {'istio-proxy': {drfit: 1.3}}}),
      'app.yaml': SIDECAR('180Mi')
    })
    try {
      const run = headroom(['check', '.'], {cwd: dir})
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('.headroomrc.json: /sidecars/istio-proxy/drfit is not a known option')
    } finally {
      removeTree(dir)
    }
  })

  it('usage errors exit 2', () => {
    expect(headroom(['check', '--nope']).code).toBe(2)
    expect(headroom(['check', '--format', 'xml', '.']).code).toBe(2)
    expect(headroom(['check', '--headroom', 'lots', '.']).code).toBe(2)
    expect(headroom(['check', 'no/such/dir']).code).toBe(2)
    expect(headroom(['check', '--dry-run', '.']).code).toBe(2)
  })

  it('skips node_modules, .git and what .gitignore / .headroomignore exclude', () => {
    const dir = repo({
      'node_modules/pkg/app.yaml': SIDECAR('1Mi'),
      '.git/x.yaml': SIDECAR('1Mi'),
      '.gitignore': 'rendered/\n',
      'rendered/app.yaml': SIDECAR('1Mi'),
      'vendor/.headroomignore': 'third-party.yaml\n',
      'vendor/third-party.yaml': SIDECAR('1Mi'),
      'ok.yaml': SIDECAR('180Mi')
    })
    try {
      const run = headroom(['check', '.'], {cwd: dir})
      expect(run.stderr).toBe('1 manifest, 1 workload, 0 findings\n')
      expect(run.code).toBe(0)
    } finally {
      removeTree(dir)
    }
  })

  it('--format json prints a machine-readable report on stdout', () => {
    const run = headroom(['check', '--format', 'json', 'examples/gitops-repo'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {
      summary: {errors: number}
      files: {path: string; findings: {ruleId: string; line: number; column: number; data: {requiredLimit: string}}[]}[]
    }
    expect(report.summary.errors).toBe(3)
    const checkout = report.files.find((f) => f.path.endsWith('checkout.yaml'))
    expect(checkout?.findings[0]).toMatchObject({
      ruleId: 'sidecar-memory-headroom',
      line: 186,
      column: 23,
      data: {requiredLimit: '180Mi'}
    })
  })

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {version: string}
    expect(headroom(['--version']).stdout.trim()).toBe(pkg.version)
    const help = headroom(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
  })
})

describe('headroom fix', () => {
  it('rewrites the example repo in place, minimally; a second run changes nothing', () => {
    const dir = copyTree(EXAMPLE)
    try {
      const checkout = path.join(dir, 'base/shop/checkout.yaml')
      const before = readFileSync(checkout, 'utf8')
      chmodSync(checkout, 0o640)
      const run = headroom(['fix', '.'], {cwd: dir})
      expect(run.code).toBe(0)
      expect(run.stderr).toContain('3 fixed, 1 warning')
      const after = readFileSync(checkout, 'utf8')
      expect(after).toBe(
        before.replace('memory: 140Mi  # sized from kubectl top', 'memory: 1Gi  # sized from kubectl top')
      )
      expect(statSync(checkout).mode & 0o777).toBe(0o640)
      expect(readdirSync(path.dirname(checkout)).filter((n) => n.includes('headroom-tmp'))).toEqual([])
      const snapshot = copyTree(dir)
      const again = headroom(['fix', '.'], {cwd: dir})
      expect(again.code).toBe(0)
      // only the needs-evidence warning is left, and it is never fixed
      expect(
        again.stderr
          .trim()
          .split('\n')
          .filter((l) => l !== '')
      ).toEqual([
        expect.stringContaining(
          'base/payments/ledger.yaml:48:17  warning  cloud-sql-proxy has no memory limit (unbounded)'
        ),
        '1 warning'
      ])
      expect(headroom(['check', '.'], {cwd: dir}).code).toBe(0)
      removeTree(snapshot)
    } finally {
      removeTree(dir)
    }
  })

  it('--dry-run prints a unified diff and writes nothing', () => {
    const dir = copyTree(EXAMPLE)
    try {
      const before = readFileSync(path.join(dir, 'base/shop/frontend.yaml'), 'utf8')
      const run = headroom(['fix', '--dry-run', '.'], {cwd: dir})
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('--- a/base/shop/frontend.yaml\n+++ b/base/shop/frontend.yaml\n')
      expect(run.stdout).toContain('+                  resources: {requests: {memory: 48Mi}, limits: {memory: 68Mi}}')
      expect(run.stderr).toContain('3 fixable (dry run, nothing written), 1 warning')
      expect(readFileSync(path.join(dir, 'base/shop/frontend.yaml'), 'utf8')).toBe(before)
    } finally {
      removeTree(dir)
    }
  })

  it('exits 1 when a finding cannot be fixed, and still fixes the rest of the file', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      containers:
        - {name: app, image: a}
        - name: istio-proxy
          image: istio/proxyv2
          resources:
            limits: {memory: &shared 64Mi}
  - apiVersion: v1
    kind: Pod
    metadata: {name: b}
    spec:
      containers:
        - {name: app, image: b}
        - name: istio-proxy
          image: istio/proxyv2
          resources:
            requests: {memory: 128Mi}
            limits: {memory: 100Mi}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: c}
    data: {x: *shared}
`
    const dir = repo({'list.yaml': text})
    try {
      const run = headroom(['fix', '.'], {cwd: dir})
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/list\.yaml:13:38 {2}error {2}.*cannot fix: .*anchor &shared \(line 13\)/)
      const after = readFileSync(path.join(dir, 'list.yaml'), 'utf8')
      expect(after).toBe(text.replace('limits: {memory: 100Mi}', 'limits: {memory: 1Gi}'))
    } finally {
      removeTree(dir)
    }
  })

  it('filters stdin to stdout; empty input is an error', () => {
    const run = headroom(['fix', '-'], {input: SIDECAR('140Mi')})
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(SIDECAR('1Gi'))
    expect(run.stderr).toContain('<stdin>:17:23  fixed')
    const clean = headroom(['fix', '-'], {input: SIDECAR('180Mi')})
    expect(clean.stdout).toBe(SIDECAR('180Mi'))
    const empty = headroom(['fix', '-'], {input: ''})
    expect(empty.code).toBe(2)
    expect(empty.stdout).toBe('')
    expect(empty.stderr).toContain('empty input')
    const check = headroom(['check', '-'], {input: SIDECAR('140Mi')})
    expect(check.code).toBe(1)
    expect(check.stdout).toBe('')
  })

  it('never writes a file that fails to parse', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [\n'
    const dir = repo({'broken.yaml': broken, 'ok.yaml': SIDECAR('140Mi')})
    try {
      const run = headroom(['fix', '.'], {cwd: dir})
      expect(run.code).toBe(1)
      expect(readFileSync(path.join(dir, 'broken.yaml'), 'utf8')).toBe(broken)
      expect(readFileSync(path.join(dir, 'ok.yaml'), 'utf8')).toBe(SIDECAR('1Gi'))
    } finally {
      removeTree(dir)
    }
  })
})
