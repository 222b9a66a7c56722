// The Argo CD Config Management Plugin: its generate command, exactly as written in
// integrations/argocd/plugin.yaml, run locally with `kubectl kustomize` standing in for `kustomize build`
// and the committed CLI as `headroom`. Plus the kustomize Component that installs it.
import {cpSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse, parseAllDocuments} from 'yaml'
import {CLI, copyTree, headroom, removeTree, tempDir} from '../helpers/cli.js'
import {ROOT, executable, has, run, writeFiles} from './helpers.js'

interface Plugin {
  apiVersion: string
  kind: string
  metadata: {name: string}
  spec: {
    generate: {command: string[]; args: string[]}
    discover: {fileName: string}
    parameters: {static: {name: string}[]}
  }
}

const pluginText = readFileSync(path.join(ROOT, 'integrations/argocd/plugin.yaml'), 'utf8')
const plugin = parse(pluginText) as Plugin

describe.skipIf(!has('kubectl') || !has('bash'))('Argo CD plugin generate command', () => {
  let repo = ''
  let bin = ''
  let env: NodeJS.ProcessEnv = {}

  beforeAll(() => {
    repo = copyTree(path.join(ROOT, 'examples/gitops-repo'))
    bin = tempDir('headroom-argocd-bin-')
    // `kustomize build DIR` → `kubectl kustomize DIR`; `headroom` → the committed bundle.
    executable(path.join(bin, 'kustomize'), '#!/bin/sh\n[ "$1" = build ] && shift\nexec kubectl kustomize "$@"\n')
    executable(path.join(bin, 'headroom'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`)
    env = {PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME, NO_COLOR: '1'}
  })
  afterAll(() => {
    removeTree(repo)
    removeTree(bin)
  })

  /** Runs the plugin's generate command in `dir` the way argocd-cmp-server does. */
  function generate(dir: string, extra: NodeJS.ProcessEnv = {}) {
    const [command, ...args] = [...plugin.spec.generate.command, ...plugin.spec.generate.args]
    return run(command!, args, {cwd: dir, env: {...env, ...extra}})
  }

  it('is a ConfigManagementPlugin v2 whose generate pipes kustomize build into headroom fix -', () => {
    expect(plugin.apiVersion).toBe('argoproj.io/v1alpha1')
    expect(plugin.kind).toBe('ConfigManagementPlugin')
    const script = plugin.spec.generate.args.join('\n')
    expect(script).toMatch(/^set -euo pipefail$/m)
    expect(script).toMatch(/kustomize build \. \| headroom fix .*-$/m)
    expect(plugin.spec.parameters.static.map((p) => p.name)).toEqual(['headroom', 'drift'])
  })

  it('renders the app with every sidecar fixed', () => {
    const out = generate(path.join(repo, 'overlays/prod'))
    expect(out.status, out.stderr).toBe(0)
    expect(parseAllDocuments(out.stdout).length).toBeGreaterThan(10)
    // the ledger cloud-sql-proxy has no limit: a needs-evidence warning, never a guessed limit
    expect(out.stderr).toMatch(/3 fixed, 1 warning/)
    const check = headroom(['check', '-'], {input: out.stdout})
    expect(check.code, check.stderr).toBe(0)
  })

  it('takes headroom and drift from PARAM_* (Application parameters) over ARGOCD_ENV_* (plugin env)', () => {
    const dir = path.join(repo, 'overlays/prod')
    const param = generate(dir, {PARAM_HEADROOM: '20%', ARGOCD_ENV_HEADROOM: '50%'})
    expect(param.status, param.stderr).toBe(0)
    expect(param.stderr).toContain(
      'istio-proxy memory limit 140Mi is below 188Mi (request 128Mi × drift 1.22 × headroom 1.2)'
    )
    const envOnly = generate(dir, {ARGOCD_ENV_DRIFT: '1.3'})
    expect(envOnly.stderr).toContain(
      'istio-proxy memory limit 140Mi is below 192Mi (request 128Mi × drift 1.3 × headroom 1.15)'
    )
    const bad = generate(dir, {PARAM_DRIFT: 'fast'})
    expect(bad.status).not.toBe(0)
    expect(bad.stdout).toBe('')
  })

  it('fails, with no output, when the render fails or renders nothing (Argo CD would prune everything)', () => {
    const empty = tempDir('headroom-argocd-empty-')
    const broken = tempDir('headroom-argocd-broken-')
    try {
      writeFiles(empty, {
        'kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n'
      })
      writeFiles(broken, {
        'kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [missing.yaml]\n'
      })
      const nothing = generate(empty)
      expect(nothing.status).toBe(2)
      expect(nothing.stdout).toBe('')
      expect(nothing.stderr).toMatch(/empty input on stdin/)
      const failed = generate(broken)
      expect(failed.status).not.toBe(0)
      expect(failed.stdout).toBe('')
    } finally {
      removeTree(empty)
      removeTree(broken)
    }
  })
})

describe.skipIf(!has('kubectl'))('Argo CD install: the kustomize Component', () => {
  it('adds the plugin ConfigMap and the cmp sidecar to argocd-repo-server', () => {
    const dir = tempDir('headroom-argocd-install-')
    try {
      writeFiles(dir, {
        'repo-server.yaml': [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata: {name: argocd-repo-server}',
          'spec:',
          '  selector: {matchLabels: {app: repo-server}}',
          '  template:',
          '    metadata: {labels: {app: repo-server}}',
          '    spec:',
          '      containers:',
          '        - name: argocd-repo-server',
          '          image: quay.io/argoproj/argocd:v2.14.0',
          '      volumes:',
          '        - {name: var-files, emptyDir: {}}',
          '        - {name: plugins, emptyDir: {}}',
          ''
        ].join('\n'),
        'kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [repo-server.yaml]\ncomponents: [kube-headroom]\n'
      })
      // As a user vendors it (or points at it with a remote ref): the folder as it is in this repo.
      cpSync(path.join(ROOT, 'integrations/argocd'), path.join(dir, 'kube-headroom'), {recursive: true})
      const out = run('kubectl', ['kustomize', dir], {cwd: dir})
      expect(out.status, out.stderr).toBe(0)
      const docs = parseAllDocuments(out.stdout).map(
        (d) => d.toJS() as {kind: string; metadata: {name: string}; data?: Record<string, string>; spec?: unknown}
      )
      const configMap = docs.find((d) => d.kind === 'ConfigMap')!
      expect(configMap.metadata.name).toBe('kube-headroom-cmp')
      expect(configMap.data?.['plugin.yaml']).toBe(pluginText)
      const deployment = docs.find((d) => d.kind === 'Deployment') as {
        spec: {
          template: {
            spec: {
              containers: {name: string; volumeMounts: {name: string; mountPath: string}[]}[]
              volumes: {name: string}[]
            }
          }
        }
      }
      const sidecar = deployment.spec.template.spec.containers.find((c) => c.name === 'kube-headroom-cmp')!
      expect(sidecar.volumeMounts.map((m) => m.mountPath)).toContain('/home/argocd/cmp-server/config/plugin.yaml')
      expect(deployment.spec.template.spec.volumes.map((v) => v.name).sort()).toEqual([
        'kube-headroom-cmp-config',
        'kube-headroom-cmp-tmp',
        'plugins',
        'var-files'
      ])
      // The plugin sidecar's own limit passes the rule it enforces.
      const check = headroom(['check', '-'], {input: out.stdout})
      expect(check.code, check.stderr).toBe(0)
    } finally {
      removeTree(dir)
    }
  })
})
