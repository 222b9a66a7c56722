// The hostile-input catalogue (issue 7), one test per row, through the CLI. For every row: a clear message
// that names the file, an exit code that says so, nothing written to the hostile file, and the run goes on
// (a fixable manifest next to it still gets fixed). No stack trace, ever. The CLI runs in the test process
// (test/helpers/in-process.ts) except where the process is what the row is about: 20,000 levels of nesting,
// a heap limit, another user, stdin, a pipe (real processes of dist/cli.js).
import {spawnSync} from 'node:child_process'
import {chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {CLI, headroom, tempDir, type Run} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

interface JsonReport {
  summary: {errors: number; fixed: number; filesChanged: number}
  files: {
    path: string
    skipped: boolean
    changed: boolean
    findings: {ruleId: string; severity: string; message: string; status?: string}[]
  }[]
}

/** A sidecar with a limit only: needs 141Mi, so fix raises it to the istio-proxy floor 1Gi and pins the request. */
const OK = `apiVersion: v1
kind: Pod
metadata:
  name: ok
spec:
  containers:
  - name: app
    image: example/app:1
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.24.0
    resources:
      limits:
        memory: 100Mi
`

const pod = (sidecar: string) => `apiVersion: v1
kind: Pod
metadata:
  name: hostile
spec:
  containers:
  - name: app
    image: example/app:1
${sidecar}`

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodTree(dir)
    rmSync(dir, {recursive: true, force: true})
  }
})

function chmodTree(dir: string): void {
  try {
    chmodSync(dir, 0o755)
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name)
      const info = lstatSync(p)
      if (info.isSymbolicLink()) continue
      if (info.isDirectory()) chmodTree(p)
      else chmodSync(p, 0o644)
    }
  } catch {
    // best effort
  }
}

/** A repo in a fresh temp folder: `.headroomrc.json` `{}` keeps settings default (no config from above). */
function repo(files: Record<string, string | Buffer>): string {
  const root = tempDir('headroom-hostile-')
  dirs.push(root)
  const dir = path.join(root, 'repo')
  mkdirSync(dir)
  writeFileSync(path.join(dir, '.headroomrc.json'), '{}\n')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

function read(dir: string, name: string): Buffer {
  return readFileSync(path.join(dir, name))
}

function json(run: Run): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport
  } catch {
    throw new Error(`not a JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
}

/** No stack trace and no internal error reach the user for bad input. */
function expectNoTrace(run: Run): void {
  expect(run.stderr + run.stdout).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m)
  expect(run.stderr + run.stdout).not.toMatch(/internal error/i)
}

function fileReport(report: JsonReport, name: string) {
  const file = report.files.find((f) => f.path === name)
  if (!file) throw new Error(`${name} is not in the report: ${report.files.map((f) => f.path).join(', ')}`)
  return file
}

/** The standard row: `fix` on the repo; the hostile file is reported with `message`, unchanged, and ok.yaml is fixed. */
async function expectRow(
  files: Record<string, string | Buffer>,
  name: string,
  message: RegExp,
  codes: readonly number[] = [1, 2],
  how: 'process' | 'in-process' = 'in-process'
) {
  const dir = repo({...files, 'ok.yaml': OK})
  const before = read(dir, name)
  const run =
    how === 'process'
      ? headroom(['fix', '--format', 'json', '.'], {cwd: dir})
      : await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
  expectNoTrace(run)
  expect(codes, run.stderr).toContain(run.code)
  const report = json(run)
  const file = fileReport(report, name)
  expect(file.changed).toBe(false)
  expect(file.findings.map((f) => f.message).join('\n')).toMatch(message)
  expect(read(dir, name).equals(before), `${name} was written`).toBe(true)
  expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
  // The human report names the file too.
  const human = await headroomIn(['check', name], {cwd: dir})
  expect(human.stderr).toContain(name)
  expectNoTrace(human)
  return {dir, run, report, file}
}

describe('hostile input: every row of the catalogue', () => {
  it('invalid YAML: bad indentation', async () => {
    await expectRow(
      {'bad-indent.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n   image: b\n'},
      'bad-indent.yaml',
      /invalid YAML.*file left unchanged/
    )
  })

  it('invalid YAML: tabs as indentation', async () => {
    await expectRow(
      {'tabs.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n\tcontainers: []\n'},
      'tabs.yaml',
      /invalid YAML: Tabs/
    )
  })

  it('invalid YAML: an unclosed flow collection', async () => {
    await expectRow(
      {'unclosed.yaml': 'apiVersion: v1\nkind: Pod\nspec: {containers: [{name: a, image: b}\n'},
      'unclosed.yaml',
      /invalid YAML/
    )
  })

  it('duplicate keys', async () => {
    const dup = pod(
      '  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources: {limits: {memory: 100Mi}}\n    resources: {limits: {memory: 1Gi}}\n'
    )
    await expectRow({'dup.yaml': dup}, 'dup.yaml', /invalid YAML: Map keys must be unique/)
  })

  it('an empty file: nothing to check, not an error, the run goes on', async () => {
    // Empty manifests are common placeholders (kustomize, Argo CD); like kubeconform, they are not errors.
    const dir = repo({'empty.yaml': '', 'blank.yaml': '\n\n# only a comment\n', 'ok.yaml': OK})
    const run = await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(0)
    expect(fileReport(json(run), 'empty.yaml').changed).toBe(false)
    expect(read(dir, 'empty.yaml').length).toBe(0)
    expect(read(dir, 'blank.yaml').toString()).toBe('\n\n# only a comment\n')
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
  })

  it('a file of binary bytes named .yaml', async () => {
    const bytes = Buffer.alloc(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256
    await expectRow({'binary.yaml': bytes}, 'binary.yaml', /binary file, not a YAML or JSON manifest; not checked/)
  })

  it('a directory named x.yaml: walked as a folder, never read as a file', async () => {
    const dir = repo({'x.yaml/inner.yaml': OK, 'ok.yaml': OK})
    const run = await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(0)
    const report = json(run)
    expect(report.files.map((f) => f.path)).not.toContain('x.yaml')
    expect(read(dir, 'x.yaml/inner.yaml').toString()).toMatch(/memory: 1Gi/)
    // Named explicitly, it is a folder to walk, too.
    const other = repo({'y.yaml/deploy/pod.yml': OK})
    const named = await headroomIn(['fix', 'y.yaml'], {cwd: other})
    expectNoTrace(named)
    expect(named.code).toBe(0)
    expect(read(other, 'y.yaml/deploy/pod.yml').toString()).toMatch(/memory: 1Gi/)
  })

  it('a file over the size limit (default 10 MB) is skipped with a message; the limit is configurable', async () => {
    const big = `${pod(
      '  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources: {limits: {memory: 100Mi}}\n'
    )}# ${'x'.repeat(10 * 1024 * 1024)}\n`
    await expectRow(
      {'big.yaml': big},
      'big.yaml',
      /is 10 MB, over the 10 MB limit \(maxFileBytes, --max-file-bytes\); not checked/
    )
    // --max-file-bytes: now ok.yaml is too big as well.
    const dir = repo({'ok.yaml': OK})
    const flag = await headroomIn(['fix', '--format', 'json', '--max-file-bytes', '100', '.'], {cwd: dir})
    expectNoTrace(flag)
    expect(flag.code).toBe(1)
    expect(fileReport(json(flag), 'ok.yaml').findings[0]?.message).toMatch(/is \d+ bytes, over the 100 bytes limit/)
    expect(read(dir, 'ok.yaml').toString()).toBe(OK)
    // maxFileBytes in the config raises it.
    const raised = repo({'big.yaml': big})
    writeFileSync(path.join(raised, '.headroomrc.json'), JSON.stringify({maxFileBytes: 20 * 1024 * 1024}))
    const ok = await headroomIn(['fix', '--format', 'json', 'big.yaml'], {cwd: raised})
    expectNoTrace(ok)
    expect(ok.code).toBe(0)
    expect(read(raised, 'big.yaml').toString()).toMatch(/memory: 1Gi/)
    const bad = await headroomIn(['check', '--max-file-bytes', 'lots', '.'], {cwd: raised})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--max-file-bytes must be a whole number of bytes/)
  })

  it('an alias bomb (billion laughs) inside a pod spec: bounded time and memory', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
    const lines = levels.map((name, i) =>
      i === 0
        ? `    env: &a [${Array.from({length: 9}, (_, j) => `{name: V${j}, value: lol}`).join(', ')}]`
        : `    x-${name}: &${name} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(', ')}]`
    )
    const bomb = `apiVersion: v1
kind: Pod
metadata: {name: lol}
spec:
  containers:
  - name: app
    image: example/app:1
${lines.join('\n')}
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.24.0
    env: *i
    resources:
      limits:
        memory: 100Mi
`
    const dir = repo({'bomb.yaml': bomb, 'ok.yaml': OK})
    // 9^9 = 387 million nodes if expanded; with a 256 MB heap an expansion would crash the run (and take
    // far longer than the test's timeout): finishing with the finding below is the bound.
    const run = headroom(['fix', '--format', 'json', '.'], {cwd: dir, env: {NODE_OPTIONS: '--max-old-space-size=256'}})
    expectNoTrace(run)
    expect(run.code).toBe(1)
    const file = fileReport(json(run), 'bomb.yaml')
    expect(file.findings.map((f) => `${f.message} ${JSON.stringify(f)}`).join('\n')).toMatch(
      /alias|resource exhaustion/i
    )
    expect(read(dir, 'bomb.yaml').toString()).toBe(bomb)
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
  })

  it('deeply nested flow collections (20,000 levels) in a pod spec', async () => {
    const deep = pod(
      `  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    args: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`
    )
    await expectRow({'deep.yaml': deep}, 'deep.yaml', /nested too deeply to read safely/, [1, 2], 'process')
    const blockDeep = pod(`  - name: istio-proxy\n    args:\n    ${'- '.repeat(20_000)}x\n`)
    await expectRow(
      {'deep-block.yaml': blockDeep},
      'deep-block.yaml',
      /nested too deeply to read safely/,
      [1, 2],
      'process'
    )
    // A kind the repo pre-pass reads too (Lists, Namespaces, LimitRanges): it must not stop the run there.
    const listDeep = blockDeep.replace('kind: Pod', 'kind: PodList')
    await expectRow(
      {'deep-list.yaml': listDeep},
      'deep-list.yaml',
      /nested too deeply to read safely/,
      [1, 2],
      'process'
    )
  })

  it('flow collections nested a few hundred levels in a Namespace (read by the repo pre-pass): refused there as in the check, exit 1 with the whole JSON report', async () => {
    for (const depth of [300, 700, 1500]) {
      const namespace = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: deep\n  labels: {a: ${'[{b: '.repeat(depth)}x${'}]'.repeat(depth)}}\n`
      const {dir, run, file} = await expectRow(
        {'ns.yaml': namespace},
        'ns.yaml',
        /nested too deeply to read safely/,
        [1]
      )
      expect(file.findings.map((f) => f.ruleId)).toEqual(['yaml-syntax'])
      expect(run.stdout).not.toMatch(/internal error/)
      // the same refusal, at the same place, without the pre-filter
      const off = await headroomIn(['check', '--format', 'json', '.'], {cwd: dir, env: {HEADROOM_NO_PREFILTER: '1'}})
      expect(off.code).toBe(1)
      expect(fileReport(json(off), 'ns.yaml').findings).toEqual(file.findings)
    }
  })

  it('a stream of 200,000 empty documents (under the size limit): refused before parsing', async () => {
    // The count of `---` markers is taken before any parse (src/parse/yaml-adapter.ts): the message says
    // the stream was never handed to the parser (which would take 15 s and 700 MB on it).
    await expectRow(
      {'many.yaml': '---\n'.repeat(200_000)},
      'many.yaml',
      /has more than 50000 documents \(200000 `---` markers\); split the stream/
    )
  })

  it('memory: null', async () => {
    const file = (
      await expectRow(
        {
          'null.yaml': pod(
            '  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources:\n      limits:\n        memory: null\n'
          )
        },
        'null.yaml',
        /memory limit of istio-proxy is null/
      )
    ).file
    expect(file.findings.every((f) => f.status !== 'fixed')).toBe(true)
  })

  it('memory: {}', async () => {
    await expectRow(
      {
        'map.yaml': pod(
          '  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources: {limits: {memory: {}}}\n'
        )
      },
      'map.yaml',
      /memory limit of istio-proxy is a mapping, not a quantity/
    )
  })

  it('invalid quantities', async () => {
    const file = (
      await expectRow(
        {
          'units.yaml': pod(
            '  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources: {requests: {memory: 1.5gb}, limits: {memory: 512MB}}\n'
          )
        },
        'units.yaml',
        /"512MB" is not a Kubernetes quantity.*did you mean "512M" or "512Mi"/
      )
    ).file
    expect(file.findings.map((f) => f.message).join('\n')).toMatch(/"1\.5gb" is not a Kubernetes quantity/)
  })

  it('limit below request', async () => {
    const file = (
      await expectRow(
        {
          'below.yaml': pod(
            '  - name: worker\n    image: example/worker:1\n    resources: {requests: {memory: 512Mi}, limits: {memory: 256Mi}}\n'
          )
        },
        'below.yaml',
        /worker memory limit 256Mi is below its request 512Mi; the API server rejects this pod/
      )
    ).file
    expect(file.findings.some((f) => f.ruleId === 'memory-limit-below-request')).toBe(true)
  })

  it('${VAR} and {{ }} templates: reported as not checkable, never written (info, exit 0)', async () => {
    // Templates are deliberately info, not errors: a Helm chart folder must not fail every check. The
    // message names the file and says to render first; nothing is ever written into a template.
    const dir = repo({
      'envsubst.yaml': pod(
        '  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources: {limits: {memory: "${PROXY_MEMORY}"}}\n'
      ),
      'chart.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  containers:\n  - name: istio-proxy\n    image: docker.io/istio/proxyv2:1.24.0\n    resources:\n      limits:\n        memory: {{ .Values.memory }}\n`,
      'ok.yaml': OK
    })
    const before = {envsubst: read(dir, 'envsubst.yaml'), chart: read(dir, 'chart.yaml')}
    const run = await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(0)
    const report = json(run)
    expect(
      fileReport(report, 'envsubst.yaml')
        .findings.map((f) => f.message)
        .join('\n')
    ).toMatch(/template expression; render the chart first/)
    expect(
      fileReport(report, 'chart.yaml')
        .findings.map((f) => f.message)
        .join('\n')
    ).toMatch(/template syntax; not checked. Render it first/)
    expect(read(dir, 'envsubst.yaml').equals(before.envsubst)).toBe(true)
    expect(read(dir, 'chart.yaml').equals(before.chart)).toBe(true)
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
  })

  it('non-UTF-8 text (Latin-1, UTF-16)', async () => {
    const latin1 = Buffer.from(
      pod(
        '  - name: istio-proxy # caf\u00e9\n    image: docker.io/istio/proxyv2:1.24.0\n    resources: {limits: {memory: 100Mi}}\n'
      ),
      'latin1'
    )
    await expectRow({'latin1.yaml': latin1}, 'latin1.yaml', /is not UTF-8 text .*never written/)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(OK, 'utf16le')])
    await expectRow({'utf16.yaml': utf16}, 'utf16.yaml', /binary file|not UTF-8 text/)
    // On stdin, `fix -` must not echo a stream whose bytes it could not read back.
    const piped = spawnSync(process.execPath, [CLI, 'fix', '-'], {input: latin1, env: {...process.env, NO_COLOR: '1'}})
    expect(piped.status).toBe(2)
    expect(piped.stdout.length).toBe(0)
    expect(piped.stderr.toString()).toMatch(/stdin is not UTF-8 text.*nothing written/)
  })

  it('a file that cannot be read', () => {
    const dir = repo({'secret.yaml': OK, 'ok.yaml': OK})
    chmodSync(path.join(dir, 'secret.yaml'), 0o000)
    const root = process.getuid?.() === 0
    if (root) {
      // root reads anything: run the CLI as nobody over a tree nobody may write.
      chmodSync(path.dirname(dir), 0o777)
      chmodSync(dir, 0o777)
      for (const name of ['.headroomrc.json', 'ok.yaml']) chmodSync(path.join(dir, name), 0o666)
    }
    const result = spawnSync(process.execPath, [CLI, 'fix', '--format', 'json', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
      ...(root ? {uid: 65534, gid: 65534} : {})
    })
    const run: Run = {code: result.status, stdout: result.stdout, stderr: result.stderr}
    expectNoTrace(run)
    expect([1, 2]).toContain(run.code)
    const file = fileReport(json(run), 'secret.yaml')
    expect(file.findings.map((f) => f.message).join('\n')).toMatch(/cannot be read \(EACCES\)/)
    chmodSync(path.join(dir, 'secret.yaml'), 0o644)
    expect(read(dir, 'secret.yaml').toString()).toBe(OK)
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
  })

  it('a symlink that leads out of the tree: skipped when walking, never written through', async () => {
    const outside = repo({'target.yaml': OK})
    const dir = repo({'ok.yaml': OK})
    symlinkSync(path.join(outside, 'target.yaml'), path.join(dir, 'link.yaml'))
    const walked = await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
    expectNoTrace(walked)
    expect(walked.code).toBe(0)
    expect(read(outside, 'target.yaml').toString()).toBe(OK)
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
    // Named explicitly it is read (and checked), but fix refuses to write through it.
    const named = await headroomIn(['fix', '--format', 'json', 'link.yaml'], {cwd: dir})
    expectNoTrace(named)
    expect(named.code).toBe(1)
    const file = fileReport(json(named), 'link.yaml')
    expect(file.findings.map((f) => f.message + (f as {reason?: string}).reason).join('\n')).toMatch(
      /is a link to \.\.[/\\].*target\.yaml, outside the working folder; not written/
    )
    expect(read(outside, 'target.yaml').toString()).toBe(OK)
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true)
    // A linked folder is a link out of the tree too, named directly or through a glob.
    symlinkSync(outside, path.join(dir, 'vendor'))
    for (const arg of ['vendor/target.yaml', 'vendor/*.yaml']) {
      const through = await headroomIn(['fix', '--format', 'json', arg], {cwd: dir})
      expectNoTrace(through)
      expect(through.code).toBe(1)
      expect(through.stdout).toMatch(
        /is in a linked folder that leads to .*target\.yaml, outside the working folder; not written/
      )
      expect(read(outside, 'target.yaml').toString()).toBe(OK)
    }
  })

  it('a symlink loop: skipped when walking, a clear error when named', async () => {
    const dir = repo({'ok.yaml': OK})
    symlinkSync('loop-b.yaml', path.join(dir, 'loop-a.yaml'))
    symlinkSync('loop-a.yaml', path.join(dir, 'loop-b.yaml'))
    mkdirSync(path.join(dir, 'sub'))
    symlinkSync('..', path.join(dir, 'sub', 'up'))
    const walked = await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
    expectNoTrace(walked)
    expect(walked.code).toBe(0)
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
    const named = await headroomIn(['check', '--format', 'json', 'loop-a.yaml', 'ok.yaml'], {cwd: dir})
    expectNoTrace(named)
    expect([1, 2]).toContain(named.code)
    expect(
      fileReport(json(named), 'loop-a.yaml')
        .findings.map((f) => f.message)
        .join('\n')
    ).toMatch(/cannot be read \(ELOOP\)/)
  })

  it('invalid config: exit 2, the file it covers is named, nothing written, other folders go on', async () => {
    const dir = repo({'team/.headroomrc.yaml': 'headroom: [1, 2\n', 'team/app.yaml': OK, 'other/app.yaml': OK})
    const run = await headroomIn(['fix', '--format', 'json', '.'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(2)
    expect(run.stdout + run.stderr).toMatch(/invalid config team[/\\]\.headroomrc\.yaml/)
    expect(read(dir, 'team/app.yaml').toString()).toBe(OK)
    expect(read(dir, 'other/app.yaml').toString()).toMatch(/memory: 1Gi/)
    // At the top, a bad config stops the run before any file is read.
    const top = repo({'app.yaml': OK})
    writeFileSync(path.join(top, '.headroomrc.json'), '{"headroom": "lots"}')
    const stopped = await headroomIn(['fix', '.'], {cwd: top})
    expectNoTrace(stopped)
    expect(stopped.code).toBe(2)
    expect(stopped.stderr).toMatch(/invalid config \.headroomrc\.json: \/headroom/)
    expect(read(top, 'app.yaml').toString()).toBe(OK)
  })

  it('invalid audit JSON: exit 2 naming the audit file, nothing written', async () => {
    const dir = repo({'ok.yaml': OK, 'audit/bad.json': '{"status": "success", "data": {'})
    const run = await headroomIn(['fix', '--audit', 'audit/bad.json', '.'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/invalid audit data audit[/\\]bad\.json: .*not valid JSON/)
    expect(read(dir, 'ok.yaml').toString()).toBe(OK)
    const audit = await headroomIn(['audit', 'audit/bad.json'], {cwd: dir})
    expectNoTrace(audit)
    expect(audit.code).toBe(2)
    expect(audit.stderr).toMatch(/audit[/\\]bad\.json/)
  })

  it('NaN and ±Inf in Prometheus values are dropped, never used as numbers', async () => {
    const values = [
      [1_700_000_000, 'NaN'],
      [1_700_000_060, '+Inf'],
      [1_700_000_120, '-Inf'],
      [1_700_000_180, '52428800']
    ]
    const prom = {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          {
            metric: {
              __name__: 'container_memory_working_set_bytes',
              namespace: 'default',
              pod: 'ok',
              container: 'istio-proxy'
            },
            values
          }
        ]
      }
    }
    const dir = repo({'ok.yaml': OK, 'audit/prom.json': JSON.stringify(prom)})
    const run = await headroomIn(['fix', '--format', 'json', '--audit', 'audit/prom.json', 'ok.yaml'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(/NaN|Infinity/)
    expect(read(dir, 'ok.yaml').toString()).toMatch(/memory: 1Gi/)
    const audit = await headroomIn(['audit', 'audit/prom.json'], {cwd: dir})
    expectNoTrace(audit)
    expect(audit.code).toBe(0)
    expect(audit.stdout + audit.stderr).not.toMatch(/NaN|Infinity/)
    expect(audit.stdout).toMatch(/1 samples?/)
  })

  it('a pipe named x.yaml is refused up front instead of blocking the reader', () => {
    const dir = repo({'ok.yaml': OK})
    const made = spawnSync('mkfifo', [path.join(dir, 'pipe.yaml')])
    if (made.status !== 0) return
    const run = headroom(['check', 'pipe.yaml', 'ok.yaml'], {cwd: dir})
    expectNoTrace(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/not a regular file or folder .*: pipe\.yaml/)
  })

  it('an internal error names the file, says "internal error" with a hint to report it, and the run goes on', async () => {
    vi.resetModules()
    vi.doMock('../src/engine/analyze.js', async (original) => {
      const real = await original<typeof import('../src/engine/analyze.js')>()
      return {
        ...real,
        analyzeFile: (
          file: {path: string},
          ...rest: Parameters<typeof real.analyzeFile> extends [unknown, ...infer R] ? R : never
        ) => {
          if (file.path.includes('crash')) throw new TypeError("Cannot read properties of undefined (reading 'pairs')")
          return real.analyzeFile(file as Parameters<typeof real.analyzeFile>[0], ...rest)
        }
      }
    })
    try {
      const {runFiles} = await import('../src/run/run-files.js')
      const {restore} = await import('../src/run/check-file.js')
      const {ConfigResolver} = await import('../src/config/config-files.js')
      const {EMPTY_INDEX} = await import('../src/extract/repo-index.js')
      const dir = repo({'crash.yaml': OK, 'fine.yaml': OK})
      const setup = {command: 'check' as const, dryRun: false, cwd: dir, index: EMPTY_INDEX, overrides: {}}
      const [crash, fine] = await runFiles(['crash.yaml', 'fine.yaml'], setup, new ConfigResolver(dir, {}))
      const crashed = restore(crash!)
        .findings.map((f) => f.message)
        .join('\n')
      expect(crashed).toMatch(
        /^internal error while checking this file \(Cannot read properties.*\); file left unchanged\. Please report it/
      )
      expect(crashed).not.toMatch(/\n\s+at /)
      expect(crash!.internalError).toBe(true)
      expect(fine!.internalError).toBe(false)
      expect(
        restore(fine!)
          .findings.map((f) => f.message)
          .join('\n')
      ).toMatch(/istio-proxy memory limit 100Mi is below 141Mi/)
    } finally {
      vi.doUnmock('../src/engine/analyze.js')
      vi.resetModules()
    }
  })
})
