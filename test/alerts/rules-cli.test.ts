// `headroom rules` end to end (dist/cli.js): the PrometheusRule shape (the CRD's schema), a clean
// `headroom check` of the output, `--check` round trips, stable output and clear errors.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {copyTree, ROOT, tempDir} from '../helpers/cli.js'
import {headroomIn} from '../helpers/in-process.js'

const FIXTURE = path.join(ROOT, 'fixtures/rules-promtool')
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/prometheusrule.schema.json'), 'utf8')) as object

describe('headroom rules', () => {
  it('prints a PrometheusRule that matches the CRD schema, and the plain file holds the same groups', async () => {
    const dir = copyTree(FIXTURE)
    const operator = await headroomIn(
      ['rules', '--label', 'release=kube-prometheus-stack', '--rule-namespace', 'monitoring'],
      {
        cwd: dir
      }
    )
    expect(operator.code).toBe(0)
    const document = parse(operator.stdout) as {
      metadata: {labels: Record<string, string>; namespace: string}
      spec: {groups: unknown}
    }
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    expect(document.metadata).toMatchObject({
      name: 'kube-headroom',
      namespace: 'monitoring',
      labels: {release: 'kube-prometheus-stack'}
    })
    const plain = parse((await headroomIn(['rules', '--format', 'prometheus'], {cwd: dir})).stdout) as {groups: unknown}
    expect(plain.groups).toEqual(document.spec.groups)
  })

  it('gives a file `headroom check` passes clean (no template misread, no findings)', async () => {
    const dir = copyTree(FIXTURE)
    writeFileSync(path.join(dir, 'headroom-rules.yaml'), (await headroomIn(['rules'], {cwd: dir})).stdout)
    const checked = await headroomIn(['check', '--format', 'json', 'headroom-rules.yaml'], {cwd: dir})
    expect(checked.code).toBe(0)
    const report = JSON.parse(checked.stdout) as {files?: {findings: unknown[]}[]}
    expect(JSON.stringify(report)).not.toMatch(/"ruleId"/)
  })

  it('is stable: the same config gives the same bytes, and config key order does not reorder the output', async () => {
    const dir = copyTree(FIXTURE)
    const first = (await headroomIn(['rules'], {cwd: dir})).stdout
    expect((await headroomIn(['rules'], {cwd: dir})).stdout).toBe(first)
    const alerts = [...first.matchAll(/sidecar_class="([^"]+)"\} \* 1\.\d+\n/g)].map((m) => m[1])
    expect(alerts).toEqual([...new Set(alerts)].sort().flatMap((c) => [c, c]))
  })

  it('--check: 0 when the committed file is current, 1 with a diff when the config changed, 2 when missing', async () => {
    const dir = copyTree(FIXTURE)
    writeFileSync(path.join(dir, 'headroom-rules.yaml'), (await headroomIn(['rules'], {cwd: dir})).stdout)
    const current = await headroomIn(['rules', '--check', 'headroom-rules.yaml'], {cwd: dir})
    expect(current).toMatchObject({code: 0, stdout: ''})
    expect(current.stderr).toMatch(/headroom-rules.yaml is up to date/)

    const config = path.join(dir, '.headroomrc.yaml')
    writeFileSync(config, `headroom: 20%\n${readFileSync(config, 'utf8')}`)
    const stale = await headroomIn(['rules', '--check', 'headroom-rules.yaml'], {cwd: dir})
    expect(stale.code).toBe(1)
    expect(stale.stdout).toMatch(/^-.*sidecar_class="envoy"\} \* 1\.403$/m)
    expect(stale.stdout).toMatch(/^\+.*sidecar_class="envoy"\} \* 1\.464$/m)
    expect(stale.stderr).toMatch(/headroom-rules.yaml is stale/)
    // the flag overrides the config the same way
    expect((await headroomIn(['rules', '--headroom', '0.15', '--check', 'headroom-rules.yaml'], {cwd: dir})).code).toBe(
      0
    )
    expect((await headroomIn(['rules', '--check', 'nope.yaml'], {cwd: dir})).code).toBe(2)
  })

  it("uses each class's own headroom and drift, and the flags for the rest", async () => {
    const dir = tempDir()
    writeFileSync(
      path.join(dir, '.headroomrc.yaml'),
      'headroom: 10%\nsidecars:\n  envoy: {headroom: 30%}\n  istio-proxy: {drift: 1.4}\n'
    )
    const out = (await headroomIn(['rules', '--drift', '1.25'], {cwd: dir})).stdout
    expect(out).toMatch(/sidecar_class="envoy"\} \* 1\.625\n/) // 1.25 × 1.3
    expect(out).toMatch(/sidecar_class="istio-proxy"\} \* 1\.54\n/) // 1.4 × 1.1
    expect(out).toMatch(/sidecar_class="istio-proxy"\} \* 1\.4\n/) // near the limit: drift only
    expect(out).toMatch(/sidecar_class="vector"\} \* 1\.375\n/) // 1.25 × 1.1
    expect(out).toContain('Working set × drift 1.25 × headroom 1.3 = {{ $value | humanize1024 }}B')
    expect(out).toContain('#   envoy: 1.25 × 1.3 = 1.625 (drift: global setting)')
  })

  it('accepts a CRLF checkout of the committed file as current', async () => {
    const dir = copyTree(FIXTURE)
    writeFileSync(path.join(dir, 'r.yaml'), (await headroomIn(['rules'], {cwd: dir})).stdout.replace(/\n/g, '\r\n'))
    expect((await headroomIn(['rules', '--check', 'r.yaml'], {cwd: dir})).code).toBe(0)
  })

  it('refuses a pattern RE2 cannot express, naming the class and the pattern (exit 2)', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, '.headroomrc.yaml'), "sidecars:\n  odd:\n    names: ['/^(?!debug).*-proxy$/']\n")
    const result = await headroomIn(['rules'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /sidecar class odd: pattern \/\^\(\?!debug\)\.\*-proxy\$\/: a lookahead or lookbehind cannot be expressed in RE2/
    )
    expect(result.stdout).toBe('')
  })

  it('rejects bad flags with exit 2', async () => {
    expect((await headroomIn(['rules', '--format', 'json'])).code).toBe(2)
    expect((await headroomIn(['rules', '--join-label', 'pod'])).code).toBe(2)
    expect((await headroomIn(['rules', '--label', 'novalue'])).code).toBe(2)
    expect((await headroomIn(['rules', '--name', 'Kube_Headroom'])).code).toBe(2)
    expect((await headroomIn(['rules', '--rule-namespace', 'a.b'])).code).toBe(2)
  })
})
