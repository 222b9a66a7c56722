// `headroom rules` against the real promtool: the generated file loads (`promtool check rules`) and the
// unit tests in fixtures/rules-promtool/tests.yaml pass over synthetic kube-state-metrics and cAdvisor
// series (each alert fires after its for:, stays silent with headroom, per-class drift moves the
// threshold, excluded and look-alike containers never match, unbounded and OOM alerts pick the right
// series). Skips where promtool is not installed (Debian/Ubuntu: apt-get install prometheus).
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {copyTree, headroom, ROOT} from '../helpers/cli.js'
import {has, run} from '../integrations/helpers.js'

const FIXTURE = path.join(ROOT, 'fixtures/rules-promtool')

describe.skipIf(!has('promtool'))('headroom rules under promtool', () => {
  it('generates a rule file promtool loads and whose unit tests pass', () => {
    const dir = copyTree(FIXTURE)
    const generated = headroom(['rules', '--format', 'prometheus'], {cwd: dir})
    expect(generated.stderr).toBe('')
    expect(generated.code).toBe(0)
    writeFileSync(path.join(dir, 'rules.yml'), generated.stdout)
    const checked = run('promtool', ['check', 'rules', 'rules.yml'], {cwd: dir})
    expect(checked.stdout + checked.stderr).toMatch(/SUCCESS: \d+ rules found/)
    expect(checked.status).toBe(0)
    const tested = run('promtool', ['test', 'rules', 'tests.yaml'], {cwd: dir})
    expect(tested.stdout + tested.stderr).toMatch(/SUCCESS/)
    expect(tested.status).toBe(0)
  })

  it('fails those unit tests when the config changes what they assert (they can fail)', () => {
    const dir = copyTree(FIXTURE)
    // without the exclude, the forked envoy is a sidecar and alerts; with drift 1.22, istio-proxy stays quiet
    const config = readFileSync(path.join(dir, '.headroomrc.yaml'), 'utf8')
      .replace('images: [acme/envoy-fork]', 'images: []')
      .replace('drift: 1.5', 'drift: 1.22')
    writeFileSync(path.join(dir, '.headroomrc.yaml'), config)
    writeFileSync(path.join(dir, 'rules.yml'), headroom(['rules', '--format', 'prometheus'], {cwd: dir}).stdout)
    const tested = run('promtool', ['test', 'rules', 'tests.yaml'], {cwd: dir})
    expect(tested.status).toBe(1)
    expect(tested.stdout + tested.stderr).toMatch(/alertname: SidecarMemoryHeadroomEaten, time: 16m/)
    expect(tested.stdout + tested.stderr).toMatch(/alertname: SidecarMemoryNearLimit, time: 6m/)
  })

  it('loads the PrometheusRule spec, and with join labels and audit drift too', () => {
    const dir = copyTree(FIXTURE)
    const operator = headroom(
      ['rules', '--join-label', 'cluster', '--audit', path.join(ROOT, 'fixtures/audit/samples-drift-1.30.ndjson')],
      {cwd: dir}
    )
    expect(operator.code).toBe(0)
    const spec = (parse(operator.stdout) as {spec: unknown}).spec
    writeFileSync(path.join(dir, 'spec.yml'), JSON.stringify(spec))
    const checked = run('promtool', ['check', 'rules', 'spec.yml'], {cwd: dir})
    expect(checked.stdout + checked.stderr).toMatch(/SUCCESS/)
    expect(operator.stdout).toContain('max by (cluster, namespace, pod, container)')
    // istio-proxy: the data's 1.29 from 30 pods shrunk toward the class's own drift 1.5 with k = 5: 1.33 × 1.15
    expect(operator.stdout).toMatch(/sidecar_class="istio-proxy"\} \* 1\.5295\n/)
  })
})
