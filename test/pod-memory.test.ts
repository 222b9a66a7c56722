// Pod-level memory (issue 3): max(Σ app + Σ sidecars, max_i(init_i + native sidecars declared before i)),
// with injected sidecars, limit-only containers, unbounded limits and pod-level resources (KEP-2837); and
// the before/after totals a fix reports. A property test compares podMemory with an independent
// reference implementation of the formula on random container lists.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {classifyWorkload} from '../src/classify/containers.js'
import {resolveSettings} from '../src/config/settings.js'
import {analyzeText, prepare} from '../src/engine/analyze.js'
import {podMemory, type PodMemory} from '../src/engine/pod-memory.js'
import {EMPTY_INDEX} from '../src/extract/repo-index.js'
import {extractWorkloads} from '../src/extract/workloads.js'
import {formatCosts, namespaceCosts} from '../src/report/cost.js'
import {ROOT} from './helpers/cli.js'

const Mi = (n: number) => BigInt(n) * 1048576n
const settings = resolveSettings({})

function pod(text: string): PodMemory {
  const prepared = prepare({path: 'pod.yaml', text})
  if (!prepared.ok) throw new Error('does not parse')
  const [workload] = extractWorkloads(prepared.file, settings.kinds)
  if (!workload) throw new Error('no workload')
  return podMemory(classifyWorkload(workload, settings, EMPTY_INDEX))
}

interface C {
  name: string
  request?: string
  limit?: string
  native?: boolean
}

function container(c: C, indent = '    '): string {
  const lines = [`${indent}- name: ${c.name}`, `${indent}  image: example/${c.name}:1`]
  if (c.native) lines.push(`${indent}  restartPolicy: Always`)
  if (c.request !== undefined || c.limit !== undefined) {
    lines.push(`${indent}  resources:`)
    if (c.request !== undefined) lines.push(`${indent}    requests:`, `${indent}      memory: ${c.request}`)
    if (c.limit !== undefined) lines.push(`${indent}    limits:`, `${indent}      memory: ${c.limit}`)
  }
  return `${lines.join('\n')}\n`
}

function podYaml(
  init: C[],
  containers: C[],
  extra: {annotations?: Record<string, string>; labels?: Record<string, string>; spec?: string} = {}
): string {
  const meta = (name: string, m?: Record<string, string>) =>
    m
      ? `  ${name}:\n${Object.entries(m)
          .map(([k, v]) => `    ${k}: "${v}"\n`)
          .join('')}`
      : ''
  return [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n',
    meta('labels', extra.labels),
    meta('annotations', extra.annotations),
    'spec:\n',
    extra.spec ?? '',
    init.length > 0 ? `  initContainers:\n${init.map((c) => container(c)).join('')}` : '',
    `  containers:\n${containers.map((c) => container(c)).join('')}`
  ].join('')
}

const both = (n: number): Partial<C> => ({request: `${n}Mi`, limit: `${n}Mi`})

describe('pod formula with native sidecars: declaration order matters', () => {
  const app: C = {name: 'app', ...both(200)}
  const sidecar: C = {name: 'proxy', native: true, ...both(100)}
  const migrate: C = {name: 'migrate', ...both(350)}

  it('an init container declared before the native sidecar runs alone: max(100 + 200, 350) = 350Mi', () => {
    expect(pod(podYaml([migrate, sidecar], [app]))).toEqual({request: Mi(350), limit: Mi(350)})
  })

  it('declared after it, it runs next to the sidecar: max(100 + 200, 350 + 100) = 450Mi', () => {
    expect(pod(podYaml([sidecar, migrate], [app]))).toEqual({request: Mi(450), limit: Mi(450)})
  })

  it('only the sidecars declared before an init container count in its phase', () => {
    const second: C = {name: 'logs', native: true, ...both(50)}
    // phases: steady 100 + 50 + 200 = 350; migrate after proxy only: 350 + 100 = 450
    expect(pod(podYaml([sidecar, migrate, second], [app]))).toEqual({request: Mi(450), limit: Mi(450)})
    // both before: 350 + 150 = 500
    expect(pod(podYaml([sidecar, second, migrate], [app]))).toEqual({request: Mi(500), limit: Mi(500)})
  })

  it('init containers never add up with each other', () => {
    const a: C = {name: 'a', ...both(300)}
    const b: C = {name: 'b', ...both(250)}
    expect(pod(podYaml([a, b], [{name: 'app', ...both(100)}]))).toEqual({request: Mi(300), limit: Mi(300)})
  })
})

describe('pod formula: requests and limits of single containers', () => {
  it('a limit-only container is requested at its limit (the API server copies it)', () => {
    expect(
      pod(
        podYaml(
          [],
          [
            {name: 'app', limit: '256Mi'},
            {name: 'envoy', request: '64Mi', limit: '128Mi'}
          ]
        )
      )
    ).toEqual({request: Mi(320), limit: Mi(384)})
  })

  it('a container without a limit makes its phase, and so the pod, unbounded; its request counts as 0', () => {
    expect(pod(podYaml([], [{name: 'app'}, {name: 'envoy', ...both(128)}]))).toEqual({request: Mi(128), limit: null})
    // A limitless init container makes its phase unbounded even when every long-running container has a limit.
    expect(pod(podYaml([{name: 'setup'}], [{name: 'app', ...both(128)}]))).toEqual({request: Mi(128), limit: null})
  })

  it('an unusable value makes the total unknown, not zero', () => {
    expect(pod(podYaml([], [{name: 'app', request: '512MB', limit: '1Gi'}]))).toEqual({
      request: undefined,
      limit: Mi(1024)
    })
    expect(pod(podYaml([], [{name: 'app', request: '1Gi', limit: 'null'}]))).toEqual({
      request: Mi(1024),
      limit: undefined
    })
  })
})

describe('pod formula: injected sidecars count like declared ones', () => {
  const app: C = {name: 'app', ...both(200)}

  it('Istio defaults add 128Mi / 1024Mi to the long-running sum', () => {
    expect(pod(podYaml([], [app], {labels: {'sidecar.istio.io/inject': 'true'}}))).toEqual({
      request: Mi(328),
      limit: Mi(1224)
    })
  })

  it('annotations replace the defaults; a limit-only annotation is also the request', () => {
    expect(
      pod(
        podYaml([], [app], {
          labels: {'sidecar.istio.io/inject': 'true'},
          annotations: {'sidecar.istio.io/proxyMemoryLimit': '300Mi'}
        })
      )
    ).toEqual({
      request: Mi(500),
      limit: Mi(500)
    })
  })

  it('an injected sidecar without a limit makes the pod unbounded', () => {
    expect(pod(podYaml([], [app], {annotations: {'linkerd.io/inject': 'enabled'}}))).toEqual({
      request: Mi(200),
      limit: null
    })
  })

  it('a "possibly injected" sidecar is not counted', () => {
    expect(pod(podYaml([], [app], {annotations: {'config.linkerd.io/proxy-memory-limit': '100Mi'}}))).toEqual({
      request: Mi(200),
      limit: Mi(200)
    })
  })

  it('rendered output holding the injected container is counted once', () => {
    const rendered: C = {name: 'istio-proxy', ...both(128)}
    expect(pod(podYaml([], [app, rendered], {labels: {'sidecar.istio.io/inject': 'true'}}))).toEqual({
      request: Mi(328),
      limit: Mi(328)
    })
  })

  it('injected and native sidecars together: an init container after the native one runs next to it', () => {
    // steady: 200 + 100 (native) + 128/1024 (Istio default); init 400 after the native sidecar: 500
    const yaml = podYaml(
      [
        {name: 'proxy', native: true, ...both(100)},
        {name: 'seed', ...both(400)}
      ],
      [app],
      {labels: {'sidecar.istio.io/inject': 'true'}}
    )
    expect(pod(yaml)).toEqual({request: Mi(500), limit: Mi(1324)})
  })
})

describe('pod-level resources (KEP-2837)', () => {
  it('a pod-level limit bounds the pod even when a container has none', () => {
    const spec = '  resources:\n    limits:\n      memory: 1Gi\n'
    expect(pod(podYaml([], [{name: 'app'}, {name: 'envoy', ...both(128)}], {spec})).limit).toBe(Mi(1024))
  })

  it('a pod-level request is the pod request', () => {
    const spec = '  resources:\n    requests:\n      memory: 768Mi\n    limits:\n      memory: 1Gi\n'
    expect(
      pod(
        podYaml(
          [],
          [
            {name: 'app', ...both(256)},
            {name: 'envoy', ...both(128)}
          ],
          {spec}
        )
      ).request
    ).toBe(Mi(768))
  })
})

describe('before and after a fix (JSON workloads, fix summary)', () => {
  const fixture = readFileSync(path.join(ROOT, 'fixtures/pod-native-sidecar-order/input.yaml'), 'utf8')

  it('the native sidecar fix raises the init phase it runs in', () => {
    const result = analyzeText({path: 'job.yaml', text: fixture}, settings, {fix: true})
    // before: steady 100 + 200 = 300; wait-for-db (before the sidecar) 64; schema (after it) 300 + 100 = 400
    // after: the sidecar limit 100Mi -> 141Mi: limits 141 + 200 = 341 and 300 + 141 = 441; requests unchanged
    expect(result.workloads).toEqual([
      {
        document: 0,
        kind: 'Job',
        name: 'migrate',
        namespace: undefined,
        replicas: 1,
        before: {request: Mi(400), limit: Mi(400)},
        after: {request: Mi(400), limit: Mi(441)},
        quota: undefined
      }
    ])
    expect(formatCosts(namespaceCosts([result]))).toEqual([
      'Pod memory added by the fix:',
      '  default: limits +41Mi, requests +0 (1 workload × 1 replica)'
    ])
  })

  it('check mode reports the totals before, without after', () => {
    const result = analyzeText({path: 'job.yaml', text: fixture}, settings, {fix: false})
    expect(result.workloads?.map((w) => [w.before, w.after])).toEqual([[{request: Mi(400), limit: Mi(400)}, undefined]])
  })

  it('costs are multiplied by replicas and grouped per namespace', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: a, namespace: shop}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - {name: app, image: example/app:1, resources: {limits: {memory: 100Mi}}}
        - {name: envoy, image: envoyproxy/envoy:v1, resources: {requests: {memory: 128Mi}, limits: {memory: 140Mi}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: b, namespace: shop}
spec:
  template:
    spec:
      containers:
        - {name: app, image: example/app:1, resources: {limits: {memory: 100Mi}}}
        - {name: envoy, image: envoyproxy/envoy:v1, resources: {limits: {memory: 128Mi}}}
`
    const result = analyzeText({path: 'shop.yaml', text}, resolveSettings({sidecars: {envoy: {floor: null}}}), {
      fix: true
    })
    // a: +40Mi limit × 3; b: limit-only 128Mi -> 180Mi (+52Mi), request pinned at 128Mi (unchanged)
    expect(formatCosts(namespaceCosts([result]))).toEqual([
      'Pod memory added by the fix:',
      '  shop: limits +172Mi, requests +0 (2 workloads, 4 pods with their replicas)'
    ])
  })

  it('a raise in a pod whose limit stays unbounded is counted per container, not as +0 (issue 12)', () => {
    // The app has no limit, so the pod limit is unbounded before and after; the sidecar goes 128Mi -> 180Mi.
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - {name: app, image: example/app:1}
        - {name: envoy, image: envoyproxy/envoy:v1, resources: {requests: {memory: 128Mi}, limits: {memory: 128Mi}}}
`
    const result = analyzeText({path: 'web.yaml', text}, resolveSettings({sidecars: {envoy: {floor: null}}}), {
      fix: true
    })
    expect(result.workloads?.map((w) => [w.before.limit, w.after?.limit, w.containerLimitDelta])).toEqual([
      [null, null, Mi(52)]
    ])
    expect(formatCosts(namespaceCosts([result]))).toEqual([
      'Pod memory added by the fix:',
      '  shop: limits +156Mi, requests +0 (1 workload × 3 replicas; a pod limit stays unbounded (a container has none), so limits count the containers raised)'
    ])
  })
})

// ---------------------------------------------------------------------------------------------------------
// Property: podMemory agrees with a straightforward reading of the formula.

interface Gen {
  native: boolean
  request: number | undefined
  limit: number | undefined
}

function reference(init: Gen[], apps: Gen[]): PodMemory {
  const value = (g: Gen) => ({
    request: Mi(g.request ?? g.limit ?? 0),
    limit: g.limit === undefined ? null : Mi(g.limit)
  })
  const phases: Gen[][] = [[...apps, ...init.filter((g) => g.native)]]
  init.forEach((g, i) => {
    if (!g.native) phases.push([g, ...init.slice(0, i).filter((s) => s.native)])
  })
  let request = 0n
  let limit: bigint | null = 0n
  for (const phase of phases) {
    const values = phase.map(value)
    const r = values.reduce((t, v) => t + v.request, 0n)
    if (r > request) request = r
    if (limit !== null) {
      if (values.some((v) => v.limit === null)) limit = null
      else {
        const l = values.reduce((t, v) => t + (v.limit as bigint), 0n)
        if (l > limit) limit = l
      }
    }
  }
  return {request, limit}
}

describe('property: podMemory = max(Σ app + Σ sidecars, max_i(init_i + sidecars before i))', () => {
  const mem = fc.option(fc.integer({min: 0, max: 2048}), {nil: undefined})
  const gen = (native: fc.Arbitrary<boolean>) =>
    fc
      .record({native, request: mem, limit: mem})
      .map((g) =>
        g.request !== undefined && g.limit !== undefined && g.limit < g.request ? {...g, limit: g.request} : g
      )

  it('holds for random init / native sidecar / app lists', () => {
    fc.assert(
      fc.property(
        fc.array(gen(fc.boolean()), {maxLength: 5}),
        fc.array(gen(fc.constant(false)), {minLength: 1, maxLength: 3}),
        (init, apps) => {
          const toC =
            (prefix: string) =>
            (g: Gen, i: number): C => ({
              name: `${prefix}${i}`,
              native: g.native,
              request: g.request === undefined ? undefined : `${g.request}Mi`,
              limit: g.limit === undefined ? undefined : `${g.limit}Mi`
            })
          expect(pod(podYaml(init.map(toC('init')), apps.map(toC('app'))))).toEqual(reference(init, apps))
        }
      ),
      {numRuns: 150}
    )
  })
})
