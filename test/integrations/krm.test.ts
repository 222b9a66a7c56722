// The KRM function (dist/krm.js, `headroom krm`): ResourceList in, fixed ResourceList with results out.
// Then the real hosts: `kpt fn eval --exec`, `kpt fn render --allow-exec` (Kptfile pipeline), and the
// kustomize legacy exec plugin under `kubectl kustomize --enable-alpha-plugins`.
import {readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse, parseAllDocuments} from 'yaml'
import {CLI, copyTree, headroom, removeTree, tempDir} from '../helpers/cli.js'
import {withCrashingAnalysis} from '../helpers/crash.js'
import {BAD, GOOD, KRM, ROOT, deployment, executable, has, run, writeFiles} from './helpers.js'

const ANNOTATIONS = (index: number, file: string) =>
  [
    '    annotations:',
    `      config.kubernetes.io/index: '${index}'`,
    `      config.kubernetes.io/path: '${file}'`,
    `      internal.config.kubernetes.io/index: '${index}'`,
    `      internal.config.kubernetes.io/path: '${file}'`,
    "      internal.config.kubernetes.io/seqindent: 'wide'"
  ].join('\n')

/** A ResourceList as kpt writes it: items in compact sequence style, head comments kept. */
function resourceList(functionConfig: string): string {
  return `apiVersion: config.kubernetes.io/v1
kind: ResourceList
items:
- # checkout: sized from kubectl top
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: checkout
    namespace: shop
${ANNOTATIONS(0, 'shop/checkout.yaml')}
  spec:
    replicas: 3
    template:
      spec:
        containers:
        - name: app
          image: shop/checkout:1.4
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          resources:
            requests: {memory: 128Mi}
            limits:
              memory: "140Mi"   # from kubectl top, Nov load test
- apiVersion: v1
  kind: Pod
  metadata:
    name: template-only
    annotations:
      config.kubernetes.io/local-config: "true"
  spec:
    containers:
    - name: app
      image: x
    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.24.0
      resources:
        limits: {memory: 100Mi}
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: cart
    namespace: shop
${ANNOTATIONS(1, 'shop/checkout.yaml')}
  spec:
    template:
      spec:
        containers:
        - name: app
          image: shop/cart:2
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          resources:
            requests: {memory: 128Mi}
            limits: {memory: 512Mi}
${functionConfig}`
}

const CONFIGMAP = `functionConfig:
  apiVersion: v1
  kind: ConfigMap
  metadata:
    name: function-input
  data: {headroom: 20%}
`

interface Result {
  message: string
  severity: string
  resourceRef: Record<string, string>
  field: {path: string; currentValue: string; proposedValue: string}
  file: {path: string; index: number}
  tags: Record<string, string>
}

describe('KRM function: ResourceList in, ResourceList out', () => {
  it('fixes items with byte-exact edits, skips local-config items, and reports results', () => {
    const input = resourceList(CONFIGMAP)
    const out = run(KRM, [], {cwd: ROOT, input})
    expect(out.stderr).toBe('')
    expect(out.status).toBe(0)
    const [edited, resultsText] = [
      out.stdout.slice(0, out.stdout.indexOf('results:\n')),
      out.stdout.slice(out.stdout.indexOf('results:\n'))
    ]
    // Only the limit value changed: quoting, comment spacing, annotations, the local-config item all as they were.
    expect(edited).toBe(input.replace('memory: "140Mi"   # from kubectl top', 'memory: "1Gi"   # from kubectl top'))
    const list = parse(out.stdout) as {kind: string; results: Result[]}
    expect(list.kind).toBe('ResourceList')
    expect(list.results).toEqual([
      {
        message:
          "fixed: istio-proxy memory limit 140Mi is below 188Mi (request 128Mi × drift 1.22 × headroom 1.2); fix would set 1Gi (istio-proxy floor: Istio's default sidecar limit)",
        severity: 'info',
        resourceRef: {apiVersion: 'apps/v1', kind: 'Deployment', name: 'checkout', namespace: 'shop'},
        field: {
          path: 'spec.template.spec.containers[1].resources.limits.memory',
          currentValue: '140Mi',
          proposedValue: '1Gi'
        },
        file: {path: 'shop/checkout.yaml', index: 0},
        tags: {rule: 'sidecar-memory-headroom', container: 'istio-proxy', status: 'fixed'}
      }
    ])
    expect(resultsText.startsWith('results:\n')).toBe(true)
    // headroom krm is the same function.
    const viaCli = run(process.execPath, [CLI, 'krm'], {cwd: ROOT, input})
    expect(viaCli.status).toBe(0)
    expect(viaCli.stdout).toBe(out.stdout)
  })

  it('a HeadroomPolicy in check mode reports without editing, and fails with the reason on stderr', () => {
    const policy = `functionConfig:
  apiVersion: headroom.io/v1
  kind: HeadroomPolicy
  metadata:
    name: sidecars
  spec:
    mode: check
    failOn: error
    drift: "1.3"
`
    const out = run(KRM, [], {cwd: ROOT, input: resourceList(policy)})
    expect(out.status).toBe(1)
    expect(out.stderr).toMatch(
      /^headroom krm: 1 finding left at failOn error:\n {2}error: istio-proxy memory limit 140Mi is below 192Mi \(request 128Mi × drift 1\.3 × headroom 1\.15\); fix would set 1Gi \(istio-proxy floor: Istio's default sidecar limit\)\n$/
    )
    const list = parse(out.stdout) as {items: unknown[]; results: Result[]}
    expect(out.stdout).toContain('memory: "140Mi"')
    expect(list.results[0]).toMatchObject({severity: 'error', field: {currentValue: '140Mi', proposedValue: '1Gi'}})
  })

  it('takes a staged-rollout selection (namespace, resource): items outside it are neither fixed nor reported, only counted', () => {
    const configMap = 'functionConfig: {apiVersion: v1, kind: ConfigMap, data: {resource: deploy/cart}}\n'
    const input = resourceList(configMap)
    const out = run(KRM, [], {cwd: ROOT, input})
    expect(out.status).toBe(0)
    expect(out.stdout.slice(0, out.stdout.indexOf('results:\n'))).toBe(input)
    expect((parse(out.stdout) as {results: Result[]}).results).toEqual([
      {
        message: '1 finding outside the selection (--resource deploy/cart) left out, neither reported nor fixed',
        severity: 'info'
      }
    ])
    const policy =
      'functionConfig: {apiVersion: headroom.io/v1, kind: HeadroomPolicy, spec: {mode: check, namespace: [sh*]}}\n'
    const checked = run(KRM, [], {cwd: ROOT, input: resourceList(policy)})
    expect(checked.status).toBe(1)
    expect(checked.stderr).toMatch(/istio-proxy memory limit 140Mi/)
    const bad = run(KRM, [], {
      cwd: ROOT,
      input: resourceList(
        'functionConfig: {apiVersion: headroom.io/v1, kind: HeadroomPolicy, spec: {resource: [a/b/c]}}\n'
      )
    })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/spec: resource must be TYPE or TYPE\/NAME/)
  })

  it('refuses what it cannot use, with exit 1 and a reason', () => {
    const cases: [string, RegExp][] = [
      ['', /empty input/],
      ['apiVersion: v1\nkind: ConfigMap\n', /expected one config\.kubernetes\.io\/v1 ResourceList/],
      [
        resourceList('functionConfig: {apiVersion: v1, kind: ConfigMap, data: {headrom: 20%}}\n'),
        /data\.headrom is not a known option/
      ],
      [resourceList('functionConfig: {apiVersion: v1, kind: ConfigMap, data: {headroom: lots}}\n'), /headroom/],
      [
        resourceList('functionConfig: {apiVersion: headroom.io/v1, kind: HeadroomPolicy, spec: {failOn: sometimes}}\n'),
        /spec\.failOn must be one of error, warning, never/
      ]
    ]
    for (const [input, reason] of cases) {
      const out = run(KRM, [], {cwd: ROOT, input})
      expect(out.status, input).toBe(1)
      expect(out.stderr).toMatch(reason)
    }
  })

  it('dist/krm.js is executable, so it works as an exec path directly', () => {
    expect(statSync(KRM).mode & 0o111).not.toBe(0)
    expect(readFileSync(KRM, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})

describe.skipIf(!has('kpt'))('kpt runs the function', () => {
  let dir = ''
  beforeAll(() => {
    dir = tempDir('headroom-kpt-')
  })
  afterAll(() => removeTree(dir))

  it('kpt fn eval DIR --exec: fixes the package in place, keeps comments, second run changes nothing', () => {
    const pkg = path.join(dir, 'eval')
    writeFiles(pkg, {
      'shop/checkout.yaml': deployment('checkout', BAD, {comment: 'checkout: keep this comment', namespace: 'shop'}),
      'shop/cart.yaml': deployment('cart', GOOD, {namespace: 'shop'})
    })
    const results = path.join(dir, 'eval-results')
    const first = run('kpt', ['fn', 'eval', pkg, '--exec', KRM, '--results-dir', results, '--', 'headroom=15%'], {
      cwd: dir
    })
    expect(first.status, first.stderr).toBe(0)
    const checkout = readFileSync(path.join(pkg, 'shop/checkout.yaml'), 'utf8')
    expect(checkout).toContain('# checkout: keep this comment')
    expect(checkout).toMatch(/memory: 1Gi +# sized from kubectl top/)
    expect(readFileSync(path.join(pkg, 'shop/cart.yaml'), 'utf8')).toBe(deployment('cart', GOOD, {namespace: 'shop'}))
    const report = readFileSync(path.join(results, 'results.yaml'), 'utf8')
    expect(report).toContain('spec.template.spec.containers[1].resources.limits.memory')
    expect(report).toContain('path: shop/checkout.yaml')
    const second = run('kpt', ['fn', 'eval', pkg, '--exec', KRM], {cwd: dir})
    expect(second.status).toBe(0)
    expect(readFileSync(path.join(pkg, 'shop/checkout.yaml'), 'utf8')).toBe(checkout)
  })

  it('kpt fn render --allow-exec: a Kptfile pipeline with a HeadroomPolicy; a failing policy fails the render', () => {
    const pkg = path.join(dir, 'render')
    // An executable wrapper, as a Kptfile would name an installed headroom-krm.
    const wrapper = executable(
      path.join(dir, 'bin/headroom-krm'),
      `#!/bin/sh\nexec "${process.execPath}" "${KRM}" "$@"\n`
    )
    const kptfile = (policy: string) => `apiVersion: kpt.dev/v1
kind: Kptfile
metadata:
  name: shop
  annotations:
    config.kubernetes.io/local-config: "true"
pipeline:
  mutators:
    - exec: ${wrapper}
      configPath: ${policy}
`
    const policy = (spec: string) => `apiVersion: headroom.io/v1
kind: HeadroomPolicy
metadata:
  name: sidecars
  annotations:
    config.kubernetes.io/local-config: "true"
spec:
${spec}`
    writeFiles(pkg, {
      Kptfile: kptfile('headroom-policy.yaml'),
      'headroom-policy.yaml': policy('  headroom: 20%\n'),
      'checkout.yaml': deployment('checkout', BAD, {comment: 'keep me'}),
      'strict-policy.yaml': policy('  mode: check\n  failOn: error\n')
    })
    const rendered = run('kpt', ['fn', 'render', pkg, '--allow-exec'], {cwd: dir})
    expect(rendered.status, rendered.stderr).toBe(0)
    const checkout = readFileSync(path.join(pkg, 'checkout.yaml'), 'utf8')
    expect(checkout).toMatch(/memory: 1Gi +# sized from kubectl top/)
    expect(checkout).toContain('# keep me')
    // The policy objects are local config: untouched.
    expect(readFileSync(path.join(pkg, 'headroom-policy.yaml'), 'utf8')).toBe(policy('  headroom: 20%\n'))

    writeFileSync(path.join(pkg, 'checkout.yaml'), deployment('checkout', BAD))
    writeFileSync(path.join(pkg, 'Kptfile'), kptfile('strict-policy.yaml'))
    const strict = run('kpt', ['fn', 'render', pkg, '--allow-exec'], {cwd: dir})
    expect(strict.status).not.toBe(0)
    expect(strict.stdout + strict.stderr).toMatch(/headroom krm: 1 finding left at failOn error/)
    expect(readFileSync(path.join(pkg, 'checkout.yaml'), 'utf8')).toBe(deployment('checkout', BAD))
  })
})

describe.skipIf(!has('kubectl'))('kustomize legacy exec plugin under kubectl kustomize', () => {
  let dir = ''
  beforeAll(() => {
    dir = copyTree(path.join(ROOT, 'examples/gitops-repo'))
  })
  afterAll(() => removeTree(dir))

  it('transformers: [policy.yaml] fixes the rendered stream; the result checks clean', () => {
    const base = path.join(dir, 'base')
    writeFileSync(
      path.join(base, 'policy.yaml'),
      'apiVersion: headroom.io/v1\nkind: HeadroomPolicy\nmetadata:\n  name: sidecars\nspec:\n  headroom: 15%\n'
    )
    writeFileSync(
      path.join(base, 'kustomization.yaml'),
      `${readFileSync(path.join(base, 'kustomization.yaml'), 'utf8')}\ntransformers:\n  - policy.yaml\n`
    )
    const env = {...process.env, KUSTOMIZE_PLUGIN_HOME: path.join(ROOT, 'integrations/kustomize/plugins')}
    const plain = run('kubectl', ['kustomize', path.join(dir, 'overlays/prod')], {cwd: dir})
    expect(plain.status, plain.stderr).not.toBe(0) // without the flag kustomize refuses plugins
    const out = run('kubectl', ['kustomize', '--enable-alpha-plugins', path.join(dir, 'overlays/prod')], {
      cwd: dir,
      env
    })
    expect(out.status, out.stderr).toBe(0)
    const docs = parseAllDocuments(out.stdout)
    expect(docs.length).toBeGreaterThan(10)
    const before = headroom(['check', '--format', 'json', '-'], {
      input: run('kubectl', ['kustomize', path.join(ROOT, 'examples/gitops-repo/overlays/prod')], {cwd: ROOT}).stdout
    })
    expect(before.code).toBe(1)
    const after = headroom(['check', '--format', 'json', '-'], {input: out.stdout})
    expect(after.code, after.stderr).toBe(0)
    expect(out.stdout).toMatch(/memory: 360Mi/)
  })

  it('a failing policy fails the build with the reason', () => {
    const base = path.join(dir, 'base')
    writeFileSync(
      path.join(base, 'policy.yaml'),
      'apiVersion: headroom.io/v1\nkind: HeadroomPolicy\nmetadata:\n  name: sidecars\nspec:\n  mode: check\n'
    )
    const env = {...process.env, KUSTOMIZE_PLUGIN_HOME: path.join(ROOT, 'integrations/kustomize/plugins')}
    const out = run('kubectl', ['kustomize', '--enable-alpha-plugins', base], {cwd: dir, env})
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/finding.* left at failOn error/)
  })
})

describe('KRM function: an internal error in one item', () => {
  // The engine is replaced in this process (test/helpers/crash.ts): analyzeFile throws for the cart item.
  it('is an `internal` result on that item, as the CLI and the Action report it; the other items are still checked', async () => {
    await withCrashingAnalysis(
      (file) => file.text.includes('name: cart'),
      async () => {
        const {runResourceList} = await import('../../src/integrations/krm/resource-list.js')
        const outcome = runResourceList(resourceList(CONFIGMAP.replace('headroom: 20%', 'headroom: 20%, mode: check')))
        expect(outcome.code).toBe(1)
        const results = (parse(outcome.stdout) as {results: Result[]}).results
        expect(results.map((r) => `${r.resourceRef.name} ${r.severity} ${r.tags.rule}`)).toEqual([
          'checkout error sidecar-memory-headroom',
          'cart error internal'
        ])
        expect(results[1]?.message).toMatch(
          /^internal error while checking this file \(Cannot read properties of undefined \(reading 'pairs'\)\); file left unchanged\. Please report it/
        )
        // Nothing was rewritten: the input comes back with the results appended.
        expect(
          outcome.stdout.startsWith(resourceList(CONFIGMAP.replace('headroom: 20%', 'headroom: 20%, mode: check')))
        ).toBe(true)
      }
    )
  })
})
