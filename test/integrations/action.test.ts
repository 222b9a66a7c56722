// The GitHub Action bundle (dist/action.js) run the way the runner runs it: INPUT_* variables, the event
// payload file, GITHUB_WORKSPACE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, in a real git repository with a
// real PR merge commit made after main moved on past the branch point.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {headroom, removeTree, tempDir} from '../helpers/cli.js'
import {withCrashingAnalysis} from '../helpers/crash.js'
import {ACTION, BAD, GOOD, ROOT, commitAll, deployment, git, has, initRepo, run, writeFiles} from './helpers.js'

interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

function runAction(
  workspace: string,
  inputs: Record<string, string>,
  event: {name: string; payload: unknown}
): ActionRun {
  const runnerDir = tempDir('headroom-runner-')
  const eventPath = path.join(runnerDir, 'event.json')
  const outputPath = path.join(runnerDir, 'output')
  const summaryPath = path.join(runnerDir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(event.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/deploy',
    GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD').trim(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null'
  }
  // The runner passes every input, with action.yml's default when the workflow does not set it.
  const defaults = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, {default?: string}>
  }
  for (const [name, spec] of Object.entries(defaults.inputs))
    env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? ''
  // The runner starts the action in the workspace.
  const result = run(process.execPath, [ACTION], {cwd: workspace, env})
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'))
  const summary = readFileSync(summaryPath, 'utf8')
  removeTree(runnerDir)
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary}
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as the runner reads $GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    out[name!] = value.join('\n')
  }
  return out
}

/**
 * One of each kind of file the per-file check treats differently: a finding, a clean file, a file over
 * the size limit (2 MB here, from the .headroomrc both front ends find), binary, Latin-1, broken YAML,
 * lone-CR line breaks and a Helm template.
 */
function writeParityTree(dir: string): void {
  writeFiles(dir, {
    '.headroomrc.yaml': 'maxFileBytes: 2097152\n',
    'k8s/bad.yaml': deployment('bad', BAD),
    'k8s/good.yaml': deployment('good', GOOD),
    'big.yaml': `${deployment('big', BAD)}${'# padding\n'.repeat(220_000)}`,
    'broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata: [1, 2\n',
    'old-mac.yaml': 'apiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: mac\r',
    'chart.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n'
  })
  writeFileSync(path.join(dir, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x62, 0x0a]))
  writeFileSync(
    path.join(dir, 'latin1.yaml'),
    Buffer.from('apiVersion: v1\nkind: ConfigMap\nname: caf\xe9\n', 'latin1')
  )
}

function annotations(stdout: string, level: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
}

function annotatedFiles(stdout: string): string[] {
  return [...new Set(annotations(stdout, 'error').map((l) => /file=([^,]+)/.exec(l)?.[1] ?? ''))].sort()
}

describe.skipIf(!has('git'))('GitHub Action: dist/action.js as the runner runs it', () => {
  let origin = ''
  let baseSha = ''
  let headSha = ''
  let payload: unknown
  const clones: string[] = []

  beforeAll(() => {
    origin = tempDir('headroom-origin-')
    initRepo(origin)
    writeFiles(origin, {
      'k8s/shop/checkout.yaml': deployment('checkout', BAD, {comment: 'already on main, lacks headroom'}),
      'k8s/shop/cart.yaml': deployment('cart', GOOD),
      'README.md': 'deploy repo\n'
    })
    commitAll(origin, 'main: initial')
    git(origin, 'checkout', '-q', '-b', 'feature')
    writeFiles(origin, {
      'k8s/payments/ledger.yaml': deployment('ledger', BAD, {namespace: 'payments', replicas: 3}),
      'k8s/shop/cart.yaml': deployment('cart', BAD, {comment: 'the PR lowers this limit'})
    })
    commitAll(origin, 'feature: add ledger, lower cart')
    headSha = git(origin, 'rev-parse', 'HEAD').trim()
    // main moves on after the branch point: it touches a file the PR never touched.
    git(origin, 'checkout', '-q', 'main')
    writeFiles(origin, {
      'k8s/shop/checkout.yaml': deployment('checkout', BAD, {comment: 'main edited this after the branch point'}),
      'k8s/logging/shipper.yaml': deployment('shipper', BAD)
    })
    baseSha = commitAll(origin, 'main: moves on')
    // GitHub's merge commit for the PR (refs/pull/N/merge): first parent the base tip, second the PR head.
    git(origin, 'checkout', '-q', '--detach', 'main')
    git(origin, 'merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge feature into main', 'feature')
    git(origin, 'branch', 'pull-1-merge')
    git(origin, 'checkout', '-q', 'main')
    payload = {
      action: 'synchronize',
      number: 1,
      pull_request: {number: 1, base: {ref: 'main', sha: baseSha}, head: {ref: 'feature', sha: headSha}}
    }
  })

  afterAll(() => {
    for (const dir of [origin, ...clones]) removeTree(dir)
  })

  function clone(args: string[]): string {
    const dir = tempDir('headroom-ws-')
    clones.push(dir)
    git(path.dirname(dir), 'clone', '-q', ...args, `file://${origin}`, dir)
    return dir
  }

  it('the scenario is one where a two-dot diff against base.sha would be wrong', () => {
    const twoDot = git(origin, 'diff', '--name-only', baseSha, headSha).split('\n').filter(Boolean)
    expect(twoDot).toContain('k8s/shop/checkout.yaml')
    const threeDot = git(origin, 'diff', '--name-only', `${baseSha}...${headSha}`).split('\n').filter(Boolean)
    expect(threeDot.sort()).toEqual(['k8s/payments/ledger.yaml', 'k8s/shop/cart.yaml'])
  })

  it('changed-only on the PR merge commit (fetch-depth 2): only the files the PR changed are checked', () => {
    const workspace = clone(['--depth', '2', '--branch', 'pull-1-merge'])
    expect(git(workspace, 'rev-parse', 'HEAD^2').trim()).toBe(headSha)
    const sarif = 'reports/headroom.sarif'
    const result = runAction(workspace, {'changed-only': 'true', 'sarif-file': sarif}, {name: 'pull_request', payload})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(annotatedFiles(result.stdout)).toEqual(['k8s/payments/ledger.yaml', 'k8s/shop/cart.yaml'])
    expect(result.stdout).not.toContain('checkout.yaml')
    expect(result.stdout).not.toContain('shipper.yaml')
    // Annotations point at the exact limit value.
    const ledger = annotations(result.stdout, 'error').find((l) => l.includes('ledger.yaml'))!
    expect(ledger).toMatch(
      /line=\d+,col=23,endLine=\d+,endColumn=28,title=kube-headroom \(sidecar-memory-headroom\)::istio-proxy memory limit 140Mi is below 180Mi/
    )
    expect(result.outputs).toEqual({findings: '2', fixed: '0', 'sarif-file': path.join(workspace, sarif)})
    const log = JSON.parse(readFileSync(path.join(workspace, sarif), 'utf8')) as {
      runs: {results: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}[]}[]
    }
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort()).toEqual([
      'k8s/payments/ledger.yaml',
      'k8s/shop/cart.yaml'
    ])
    expect(result.summary).toContain('## kube-headroom: 2 findings to fix')
    expect(result.summary).toContain('git diff HEAD^1 HEAD')
    expect(result.summary).toContain('| | File | Workload | Container | Current → required | Why |')
    expect(result.summary).toMatch(
      /\[k8s\/payments\/ledger\.yaml:\d+\]\(https:\/\/github\.com\/acme\/deploy\/blob\/[0-9a-f]{40}\/k8s\/payments\/ledger\.yaml#L\d+\) \| Deployment payments\/ledger \| istio-proxy \| 140Mi → 1Gi \|/
    )
    // 40Mi per pod: ledger × 3 replicas + cart × 2 replicas = 200Mi
    expect(result.summary).toContain('+80Mi summed per pod, **+200Mi** across all replicas')
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024)
  })

  it('changed-only with the PR head checked out and full history: base...head (three dots)', () => {
    const workspace = clone([])
    git(workspace, 'checkout', '-q', '--detach', headSha)
    const result = runAction(workspace, {'changed-only': 'true'}, {name: 'pull_request', payload})
    expect(result.code).toBe(1)
    expect(annotatedFiles(result.stdout)).toEqual(['k8s/payments/ledger.yaml', 'k8s/shop/cart.yaml'])
    expect(result.summary).toContain('...')
  })

  it('a staged rollout (namespace input): only that namespace is annotated and fixed; the summary says what was left out', () => {
    const workspace = clone(['--branch', 'feature'])
    const result = runAction(workspace, {namespace: 'pay*', mode: 'fix'}, {name: 'push', payload: {}})
    expect(result.stderr).toBe('')
    expect(result.outputs).toMatchObject({findings: '0', fixed: '1'})
    // (istio-proxy 140Mi is raised to its class floor, Istio's default limit)
    expect(readFileSync(path.join(workspace, 'k8s/payments/ledger.yaml'), 'utf8')).toContain('memory: 1Gi')
    expect(readFileSync(path.join(workspace, 'k8s/shop/cart.yaml'), 'utf8')).not.toContain('1Gi')
    // (markdown-escaped: pay\*)
    expect(result.summary).toMatch(/2 findings outside the selection \(--namespace pay\\\*\) left out/)
  })

  it('without the history to tell, it warns and checks everything rather than too little', () => {
    const workspace = clone(['--depth', '1', '--branch', 'feature'])
    const result = runAction(workspace, {'changed-only': 'true'}, {name: 'pull_request', payload})
    expect(annotations(result.stdout, 'warning').join('\n')).toMatch(/cannot tell which files the pull request changed/)
    expect(annotatedFiles(result.stdout)).toEqual([
      'k8s/payments/ledger.yaml',
      'k8s/shop/cart.yaml',
      'k8s/shop/checkout.yaml'
    ])
  })

  it('mode fix rewrites only the PR files in the workspace, then passes', () => {
    const workspace = clone(['--depth', '2', '--branch', 'pull-1-merge'])
    const checkoutBefore = readFileSync(path.join(workspace, 'k8s/shop/checkout.yaml'), 'utf8')
    const result = runAction(workspace, {'changed-only': 'true', mode: 'fix'}, {name: 'pull_request', payload})
    expect(result.code).toBe(0)
    expect(result.outputs.findings).toBe('0')
    expect(result.outputs.fixed).toBe('2')
    expect(annotations(result.stdout, 'error')).toEqual([])
    expect(annotations(result.stdout, 'notice').filter((l) => l.includes('Fixed: istio-proxy'))).toHaveLength(2)
    expect(readFileSync(path.join(workspace, 'k8s/payments/ledger.yaml'), 'utf8')).toContain(
      'memory: 1Gi # sized from kubectl top'
    )
    expect(readFileSync(path.join(workspace, 'k8s/shop/checkout.yaml'), 'utf8')).toBe(checkoutBefore)
    expect(git(workspace, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      ' M k8s/payments/ledger.yaml',
      ' M k8s/shop/cart.yaml'
    ])
    expect(result.summary).toContain('2 sidecar limits fixed')
  })

  it('on push, changed-only does not apply: every manifest is checked; fail-on never passes', () => {
    const workspace = clone(['--branch', 'main'])
    const result = runAction(
      workspace,
      {'changed-only': 'true', 'fail-on': 'never', summary: 'false'},
      {name: 'push', payload: {}}
    )
    expect(result.code).toBe(0)
    expect(annotatedFiles(result.stdout)).toEqual(['k8s/logging/shipper.yaml', 'k8s/shop/checkout.yaml'])
    expect(result.summary).toBe('')
    expect(result.outputs.findings).toBe('2')
  })

  it('audit input: measured evidence sizes the limits; a bad audit file fails the step (exit 2)', () => {
    const workspace = tempDir('headroom-audit-')
    clones.push(workspace)
    initRepo(workspace)
    const fixtures = path.join(ROOT, 'fixtures/audit')
    writeFiles(workspace, {
      'manifests/workloads.yaml': readFileSync(path.join(fixtures, 'manifests/workloads.yaml'), 'utf8'),
      'audit/samples-oom.json': readFileSync(path.join(fixtures, 'samples-oom.json'), 'utf8'),
      'audit/broken.json': readFileSync(path.join(fixtures, 'malformed/prometheus-value-number.json'), 'utf8')
    })
    commitAll(workspace, 'manifests and measurements')
    const result = runAction(
      workspace,
      {paths: 'manifests', audit: 'audit/samples-oom.json', summary: 'false'},
      {name: 'push', payload: {}}
    )
    expect(result.code).toBe(1)
    expect(annotations(result.stdout, 'error').join('\n')).toContain('OOM-killed at limit L = 256Mi')
    const bad = runAction(
      workspace,
      {paths: 'manifests', audit: 'audit/samples-oom.json\naudit/broken.json'},
      {name: 'push', payload: {}}
    )
    expect(bad.code).toBe(2)
    expect(bad.stdout).toContain(
      'invalid audit data audit/broken.json: /data/result/0/value/1 must be a string (got 123)'
    )
  })

  it('caps annotations at 10 per level and points to the summary for the rest', () => {
    const workspace = tempDir('headroom-many-')
    clones.push(workspace)
    initRepo(workspace)
    const files: Record<string, string> = {}
    for (let i = 0; i < 25; i++)
      files[`apps/app-${String(i).padStart(2, '0')}.yaml`] = deployment(`app-${i}`, `${130 + i}Mi`)
    writeFiles(workspace, files)
    commitAll(workspace, 'many')
    const result = runAction(workspace, {}, {name: 'push', payload: {}})
    expect(result.code).toBe(1)
    const errors = annotations(result.stdout, 'error')
    expect(errors).toHaveLength(10)
    // Most important first: the lowest limits (largest shortfall) are annotated.
    expect(errors[0]).toContain('app-00.yaml')
    expect(annotations(result.stdout, 'notice').join('\n')).toMatch(
      /15 more findings not annotated .*see the job summary/
    )
    // The rest are logged inside a stop-commands block, so none of those lines is a command.
    const stop = /^::stop-commands::(\S+)$/m.exec(result.stdout)
    expect(stop).not.toBeNull()
    const block = result.stdout.slice(result.stdout.indexOf(stop![0]), result.stdout.indexOf(`::${stop![1]}::`))
    expect(block).toContain('app-24.yaml')
    expect(result.summary.split('\n').filter((l) => l.startsWith('| ❌'))).toHaveLength(25)
    expect(result.outputs.findings).toBe('25')
  })

  it('screens hostile files like the CLI: binary and non-UTF-8 files are one error each, never parsed', () => {
    const workspace = tempDir('headroom-hostile-')
    clones.push(workspace)
    initRepo(workspace)
    writeFiles(workspace, {'ok.yaml': deployment('ok', GOOD)})
    writeFileSync(path.join(workspace, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x00, 0x62, 0x0a]))
    writeFileSync(path.join(workspace, 'latin1.yaml'), Buffer.from('name: caf\xe9\n', 'latin1'))
    commitAll(workspace, 'hostile')
    const result = runAction(workspace, {mode: 'fix'}, {name: 'push', payload: {}})
    expect(result.code).toBe(1)
    const errors = annotations(result.stdout, 'error')
    expect(errors.find((l) => l.includes('file=binary.yaml'))).toMatch(/contains NUL bytes/)
    expect(errors.find((l) => l.includes('file=latin1.yaml'))).toMatch(
      /is not UTF-8 text \(binary, or another encoding such as Latin-1 or UTF-16\); not checked and never written/
    )
    expect(readFileSync(path.join(workspace, 'latin1.yaml'))).toEqual(Buffer.from('name: caf\xe9\n', 'latin1'))
  })

  it('gives the findings and messages the CLI gives on the same tree: rules, oversized, binary, non-UTF-8, broken YAML, templates', () => {
    const workspace = tempDir('headroom-parity-')
    clones.push(workspace)
    initRepo(workspace)
    writeParityTree(workspace)
    commitAll(workspace, 'parity')
    const cli = headroom(['check', '--format', 'json', '.'], {cwd: workspace, env: {HEADROOM_WORKERS: '0'}})
    expect(cli.code).toBe(1)
    const report = JSON.parse(cli.stdout) as {
      files: {
        path: string
        findings: {ruleId: string; severity: string; message: string; line: number; column: number}[]
      }[]
    }
    const fromCli = report.files.flatMap((f) =>
      f.findings.map((x) => `${f.path}:${x.line}:${x.column} ${x.severity} ${x.ruleId} ${x.message}`)
    )
    const result = runAction(
      workspace,
      {'sarif-file': 'out/headroom.sarif', 'fail-on': 'error'},
      {name: 'push', payload: {}}
    )
    expect(result.code).toBe(1)
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'out/headroom.sarif'), 'utf8')) as {
      runs: {
        tool: {driver: {rules: {id: string; name: string; shortDescription: {text: string}}[]}}
        results: {
          ruleId: string
          level: string
          message: {text: string}
          locations: {
            physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number}}
          }[]
        }[]
      }[]
    }
    const level = (l: string) => (l === 'note' ? 'info' : l)
    const fromAction = sarif.runs[0]!.results.map((r) => {
      const {artifactLocation, region} = r.locations[0]!.physicalLocation
      return `${artifactLocation.uri}:${region.startLine}:${region.startColumn} ${level(r.level)} ${r.ruleId} ${r.message.text}`
    })
    expect(fromAction).toEqual(fromCli)
    // Every kind of file-level refusal is in the comparison, with the CLI's words (MB, not bytes).
    const ids = new Set(fromCli.map((line) => line.split(' ')[2]))
    for (const id of ['sidecar-memory-headroom', 'file-too-large', 'not-text', 'yaml-syntax', 'template'])
      expect(ids, id).toContain(id)
    expect(fromCli.find((l) => l.startsWith('big.yaml'))).toMatch(
      /file-too-large is 2\.1 MB, over the 2 MB limit \(maxFileBytes, --max-file-bytes\); not checked$/
    )
    // The rules SARIF lists for them are the registry's, not "kube-headroom <id>".
    const internal = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'internal')
    expect(internal?.name).toBe('Internal')
    expect(internal?.shortDescription.text).toMatch(/^A bug in headroom/)
    // The annotations say the same as the CLI, file by file.
    for (const line of fromCli.filter((l) => / error /.test(l))) {
      const [where, , , ...words] = line.split(' ')
      const file = where!.split(':')[0]
      expect(
        annotations(result.stdout, 'error').some(
          (a) => a.includes(`file=${file},`) && a.endsWith(`::${words.join(' ')}`)
        ),
        line
      ).toBe(true)
    }
  })

  it('an invalid config covering some files: those are reported as the CLI reports them, the rest are checked, exit 2', () => {
    const workspace = tempDir('headroom-badconfig-')
    clones.push(workspace)
    initRepo(workspace)
    writeFiles(workspace, {
      'team-a/.headroomrc.yaml': 'headroom: lots\n',
      'team-a/app.yaml': deployment('app', BAD),
      'team-b/app.yaml': deployment('other', BAD)
    })
    commitAll(workspace, 'bad config')
    const cli = headroom(['check', '--format', 'json', '.'], {cwd: workspace})
    expect(cli.code).toBe(2)
    const report = JSON.parse(cli.stdout) as {files: {path: string; findings: {ruleId: string; message: string}[]}[]}
    const result = runAction(workspace, {'fail-on': 'never'}, {name: 'push', payload: {}})
    expect(result.code).toBe(2)
    const errors = annotations(result.stdout, 'error')
    for (const file of report.files)
      for (const finding of file.findings)
        expect(
          errors.some((a) => a.includes(`file=${file.path},`) && a.endsWith(`(${finding.ruleId})::${finding.message}`)),
          `${file.path} ${finding.ruleId}`
        ).toBe(true)
    expect(report.files.map((f) => f.findings.map((x) => x.ruleId).join())).toEqual([
      'config',
      'sidecar-memory-headroom'
    ])
    expect(result.stdout).toMatch(/kube-headroom: 1 file was not checked/)
  })

  it('rejects a bad input with an error annotation and exit 2', () => {
    const workspace = clone(['--branch', 'main'])
    const result = runAction(workspace, {mode: 'rewrite'}, {name: 'push', payload: {}})
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/^::error title=kube-headroom::input mode must be one of check, fix, not "rewrite"$/m)
    const flag = runAction(workspace, {headroom: 'lots'}, {name: 'push', payload: {}})
    expect(flag.code).toBe(2)
    expect(flag.stdout).toMatch(/^::error title=kube-headroom::invalid config .*headroom/m)
  })

  it('action.yml runs the committed bundle on node24 and declares the documented inputs and outputs', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      runs: {using: string; main: string}
      inputs: Record<string, {default?: string}>
      outputs: Record<string, unknown>
    }
    expect(action.runs).toEqual({using: 'node24', main: 'dist/action.js'})
    expect(existsSync(path.join(ROOT, action.runs.main))).toBe(true)
    expect(Object.keys(action.inputs).sort()).toEqual([
      'audit',
      'changed-only',
      'config',
      'drift',
      'fail-on',
      'headroom',
      'mode',
      'namespace',
      'paths',
      'resource',
      'sarif-file',
      'summary'
    ])
    expect(action.inputs.paths?.default).toBe('.')
    expect(Object.keys(action.outputs).sort()).toEqual(['findings', 'fixed', 'sarif-file'])
  })
})

describe('GitHub Action: an internal error in one file', () => {
  // The engine is replaced in this process (test/helpers/crash.ts): analyzeFile throws for crash.yaml. The
  // Action and the CLI's runner both run here.
  it('is reported on that file as the CLI reports it; the other files are still checked; the step exits 2', async () => {
    const workspace = tempDir('headroom-internal-')
    writeFiles(workspace, {'crash.yaml': deployment('crash', BAD), 'fine.yaml': deployment('fine', BAD)})
    try {
      await withCrashingAnalysis(
        (file) => file.path.includes('crash'),
        async () => {
          const {runAction} = await import('../../src/integrations/action/run.js')
          const {runFiles} = await import('../../src/run/run-files.js')
          const {restore} = await import('../../src/run/check-file.js')
          const {ConfigResolver} = await import('../../src/config/config-files.js')
          const {scanIndex} = await import('../../src/run/scan-index.js')
          const written: string[] = []
          const code = await runAction(
            {GITHUB_WORKSPACE: workspace, 'INPUT_SARIF-FILE': 'headroom.sarif', INPUT_SUMMARY: 'false'},
            {write: (text) => void written.push(text)}
          )
          const stdout = written.join('')
          expect(code).toBe(2)
          const errors = annotations(stdout, 'error')
          expect(errors.find((l) => l.includes('file=crash.yaml,'))).toMatch(
            /title=kube-headroom \(internal\)::internal error while checking this file \(Cannot read properties of undefined \(reading 'pairs'\)\); file left unchanged\. Please report it/
          )
          expect(errors.find((l) => l.includes('file=fine.yaml,'))).toMatch(
            /istio-proxy memory limit 140Mi is below 180Mi/
          )
          expect(stdout).toMatch(/kube-headroom: 1 file was not checked \(an invalid config or an internal error\)/)
          // What the CLI's runner makes of the same files: the same findings, word for word.
          const setup = {
            command: 'check' as const,
            dryRun: false,
            cwd: workspace,
            index: await scanIndex(['crash.yaml', 'fine.yaml'], workspace),
            overrides: {}
          }
          const outcomes = await runFiles(['crash.yaml', 'fine.yaml'], setup, new ConfigResolver(workspace, {}))
          expect(outcomes.map((o) => Boolean(o.internalError))).toEqual([true, false])
          const sarif = JSON.parse(readFileSync(path.join(workspace, 'headroom.sarif'), 'utf8')) as {
            runs: {results: {ruleId: string; message: {text: string}}[]}[]
          }
          expect(sarif.runs[0]!.results.map((r) => `${r.ruleId} ${r.message.text}`)).toEqual(
            outcomes.flatMap((o) => restore(o).findings.map((f) => `${f.ruleId} ${f.message}`))
          )
        }
      )
    } finally {
      removeTree(workspace)
    }
  })
})
