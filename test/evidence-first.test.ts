// Issue 12: fixes that can never cause the outage they exist to prevent. Effective limits as the cluster
// applies them (LimitRange defaults), evidence-first sizing of unbounded sidecars (needs-evidence, audit
// evidence, a configured limit), class floors, helpers and gateways, and the numbers and words seen wrong
// on real runs (`--headroom 10`, one quantity -> bytes conversion).
//
// Expected numbers are worked out by hand (baseline × 1.22 × 1.15, rounded up to a whole Mi).
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {loadAudit} from '../src/audit/data.js'
import {createEvidence} from '../src/audit/estimate.js'
import {classifyWorkload} from '../src/classify/containers.js'
import {
  parseHeadroom,
  resolveSettings,
  SettingsError,
  type HeadroomConfig,
  type Settings
} from '../src/config/settings.js'
import {analyzeText, prepare, type FileResult} from '../src/engine/analyze.js'
import {extractWorkloads} from '../src/extract/workloads.js'
import {removeTree, ROOT, treeOf} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'
import {effectiveLimits} from './helpers/effective-limits.js'

const MI = 1048576
const RULE = 'sidecar-memory-headroom'
const NO_FLOORS: HeadroomConfig = {
  sidecars: {'istio-proxy': {floor: null}, envoy: {floor: null}, 'linkerd-proxy': {floor: null}}
}

function run(text: string, options: {fix?: boolean; config?: HeadroomConfig; settings?: Settings} = {}): FileResult {
  return analyzeText({path: 'app.yaml', text}, options.settings ?? resolveSettings(options.config ?? {}), {
    fix: options.fix ?? false
  })
}

/** A Deployment with an application container and one sidecar whose `resources` block is given as YAML flow. */
function pod(sidecar: string, image: string, resources?: string, meta = 'name: checkout, namespace: shop'): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {${meta}}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: checkout',
    '          image: shop/checkout:1.4',
    `        - name: ${sidecar}`,
    `          image: ${image}`,
    ...(resources ? [`          resources: ${resources}`] : []),
    ''
  ].join('\n')
}

const repo = (files: Record<string, string>) => treeOf(files, 'headroom-evidence-')

describe('unbounded sidecar, nothing measured: a warning with status needs-evidence, never fixed', () => {
  const text = pod('cloud-sql-proxy', 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1', '{requests: {memory: 2Gi}}')

  it('says what it needs, carries the status in check and fix, and fix changes nothing', () => {
    const checked = run(text)
    expect(checked.findings.map((f) => [f.severity, f.status, f.message])).toEqual([
      [
        'warning',
        'needs-evidence',
        'cloud-sql-proxy has no memory limit (unbounded); a limit nobody measured could OOM-kill it, so size one from measurements: ' +
          'headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson …, or set sidecars.cloud-sql-proxy.limit'
      ]
    ])
    expect(checked.findings[0]?.fix).toBeUndefined()
    expect(checked.findings[0]?.data).toMatchObject({
      currentLimitBytes: null,
      limitSource: 'unbounded',
      needs: 'evidence'
    })
    const fixed = run(text, {fix: true})
    expect(fixed.output).toBeUndefined()
    expect(fixed.findings.map((f) => f.status)).toEqual(['needs-evidence'])
  })

  it('the severity is configurable (needsEvidence), or off', () => {
    expect(run(text, {config: {needsEvidence: 'error'}}).findings.map((f) => f.severity)).toEqual(['error'])
    expect(run(text, {config: {needsEvidence: 'info'}}).findings.map((f) => f.severity)).toEqual(['info'])
    expect(run(text, {config: {needsEvidence: 'off'}}).findings).toEqual([])
  })

  it('CLI: fix exits 0 when only such warnings remain; JSON and SARIF carry the status; an error severity exits 1', async () => {
    const dir = repo({'app.yaml': text})
    try {
      const fix = await headroomIn(['fix', '.'], {cwd: dir})
      expect(fix.code).toBe(0)
      expect(fix.stderr).toContain('warning  cloud-sql-proxy has no memory limit (unbounded)')
      expect(readFileSync(path.join(dir, 'app.yaml'), 'utf8')).toBe(text)
      const json = JSON.parse((await headroomIn(['check', '--format', 'json', '.'], {cwd: dir})).stdout) as {
        files: {findings: {status?: string; severity: string}[]}[]
      }
      expect(json.files.flatMap((f) => f.findings.map((x) => [x.severity, x.status]))).toEqual([
        ['warning', 'needs-evidence']
      ])
      const sarif = JSON.parse((await headroomIn(['check', '--format', 'sarif', '.'], {cwd: dir})).stdout) as {
        runs: {results: {level: string; properties?: {status?: string}}[]}[]
      }
      expect(sarif.runs[0]?.results.map((r) => [r.level, r.properties?.status])).toEqual([
        ['warning', 'needs-evidence']
      ])
      writeFileSync(path.join(dir, '.headroomrc.yaml'), 'needsEvidence: error\n')
      expect((await headroomIn(['check', '.'], {cwd: dir})).code).toBe(1)
    } finally {
      removeTree(dir)
    }
  })
})

describe('unbounded sidecar with audit evidence: sized from the observed peak', () => {
  // samples-drift-1.30.ndjson: shop/checkout istio-proxy, 240 points from 30 pods over 5.9 h (enough).
  const evidence = async (config: HeadroomConfig = {}) => {
    const data = await loadAudit(['samples-drift-1.30.ndjson'], {cwd: path.join(ROOT, 'fixtures/audit')})
    const base = resolveSettings(config)
    return {...base, evidence: createEvidence(data, base)}
  }

  it('no request: limit = observed peak × drift × (1 + headroom), and the peak is written as the request', async () => {
    const settings = await evidence(NO_FLOORS)
    const seen = settings.evidence?.container({
      namespace: 'shop',
      kind: 'Deployment',
      workload: 'checkout',
      container: 'istio-proxy'
    })
    const drift = Number(settings.evidence?.sidecarClass('istio-proxy', settings.drift)?.applied.text)
    expect(seen?.enough).toBe(true)
    const peakMi = Math.ceil((seen?.observedPeakBytes ?? 0) / MI)
    const limitMi = Math.ceil(peakMi * drift * 1.15 - 1e-9)
    const text = pod('istio-proxy', 'docker.io/istio/proxyv2:1.24.0')
    const first = run(text, {fix: true, settings})
    const [finding] = first.findings
    expect(finding?.status).toBe('fixed')
    expect(finding?.message).toContain(
      `istio-proxy has no memory limit (unbounded); fix would set ${limitMi}Mi (observed peak ${peakMi}Mi (240 points from 30 pods over 5.9 h) × drift`
    )
    expect(finding?.message).toContain(`fix would set requests.memory to ${peakMi}Mi`)
    expect(first.output).toBe(
      `${text}          resources:\n            limits:\n              memory: ${limitMi}Mi\n            requests:\n              memory: ${peakMi}Mi\n`
    )
    expect(run(first.output ?? '', {fix: true, settings}).output).toBeUndefined()
  })

  it('a request above the peak stays the baseline; the class floor still applies to what is written', async () => {
    const text = pod('istio-proxy', 'docker.io/istio/proxyv2:1.24.0', '{requests: {memory: 2Gi}}')
    const plain = run(text, {fix: true, settings: await evidence(NO_FLOORS)})
    // 2048 × drift ≥ 1.22 × 1.15 > 2873Mi
    expect(plain.findings[0]?.message).toMatch(/fix would set \d{4}Mi \(request 2Gi ≥ observed peak \d+Mi × drift/)
    const peakOnly = run(pod('istio-proxy', 'docker.io/istio/proxyv2:1.24.0'), {fix: true, settings: await evidence()})
    // the observed peak is far below what Istio ships (1024Mi): the written limit is the floor
    expect(peakOnly.findings[0]?.message).toContain(", raised to the istio-proxy floor: Istio's default sidecar limit)")
    expect(peakOnly.output).toContain('              memory: 1Gi\n')
  })

  it('not enough data for that container: still needs evidence, and says how much there is', async () => {
    const data = await loadAudit(['samples-oom.json'], {cwd: path.join(ROOT, 'fixtures/audit')})
    const base = resolveSettings()
    const settings = {...base, evidence: createEvidence(data, base)}
    const text = pod('envoy', 'envoyproxy/envoy:v1.31.0', '{requests: {memory: 200Mi}}', 'name: cart, namespace: shop')
    const [finding] = run(text, {settings}).findings
    expect(finding?.status).toBe('needs-evidence')
    expect(finding?.message).toContain(
      'size one from measurements (the audit data has 20 points over 0.3 h for it; 100 over 3 h are needed)'
    )
    expect(run(text, {settings, fix: true}).output).toBeUndefined()
  })
})

describe('a limit configured for the class (sidecars.<class>.limit)', () => {
  it('is written for an unbounded sidecar, with the defaultRequest as its request, and never below headroom over a declared request', () => {
    const bare = pod('cloud-sql-proxy', 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1')
    const config: HeadroomConfig = {sidecars: {'cloud-sql-proxy': {limit: '256Mi'}}}
    const fixed = run(bare, {fix: true, config})
    expect(fixed.findings[0]?.message).toBe(
      'cloud-sql-proxy has no memory limit (unbounded); fix would set 256Mi (sidecars.cloud-sql-proxy.limit 256Mi); fix would set requests.memory to 128Mi (defaultRequest)'
    )
    expect(fixed.output).toContain(
      '            limits:\n              memory: 256Mi\n            requests:\n              memory: 128Mi\n'
    )
    // 512Mi request × 1.403 = 718.3 -> 719Mi, above the configured 256Mi
    const requested = run(
      pod('cloud-sql-proxy', 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1', '{requests: {memory: 512Mi}}'),
      {config}
    )
    expect(requested.findings[0]?.message).toBe(
      'cloud-sql-proxy has no memory limit (unbounded); fix would set 719Mi (sidecars.cloud-sql-proxy.limit 256Mi, raised to request 512Mi × drift 1.22 × headroom 1.15)'
    )
  })
})

describe('class floors', () => {
  const linkerd = pod(
    'linkerd-proxy',
    'cr.l5d.io/linkerd/proxy:edge-24.11.8',
    '{requests: {memory: 64Mi}, limits: {memory: 70Mi}}'
  )

  it('a raise is never written below the floor; a configured floor replaces it; null turns it off', () => {
    // 64 × 1.403 = 89.8 -> 90Mi; Linkerd's HA values give the proxy 250Mi
    expect(run(linkerd).findings[0]?.message).toBe(
      "linkerd-proxy memory limit 70Mi is below 90Mi (request 64Mi × drift 1.22 × headroom 1.15); fix would set 250Mi (linkerd-proxy floor: Linkerd's HA proxy limit)"
    )
    expect(run(linkerd, {fix: true}).output).toContain('limits: {memory: 250Mi}')
    const custom = run(linkerd, {fix: true, config: {sidecars: {'linkerd-proxy': {floor: '200Mi'}}}})
    expect(custom.findings[0]?.message).toContain('; fix would set 200Mi (sidecars.linkerd-proxy.floor)')
    expect(custom.output).toContain('limits: {memory: 200Mi}')
    expect(run(linkerd, {fix: true, config: {sidecars: {'linkerd-proxy': {floor: null}}}}).output).toContain(
      'limits: {memory: 90Mi}'
    )
  })

  it('a floor never makes a raise that fits under a pod-level limit unfixable: it is capped there', () => {
    const text = linkerd
      .replace('    spec:\n', '    spec:\n      resources: {limits: {memory: 400Mi}}\n')
      .replace(
        '      resources: {limits: {memory: 400Mi}}\n      containers',
        '      resources: {limits: {memory: 120Mi}}\n      containers'
      )
    const result = run(text, {fix: true})
    expect(result.findings[0]?.message).toContain(
      "; fix would set 120Mi (linkerd-proxy floor: Linkerd's HA proxy limit, capped by the pod-level limit)"
    )
    expect(result.output).toContain('limits: {memory: 120Mi}')
  })
})

describe('effective limits: what the cluster applies', () => {
  it('a LimitRange default at least the required limit is no finding at all', () => {
    const limitRange =
      'apiVersion: v1\nkind: LimitRange\nmetadata: {name: d, namespace: shop}\nspec:\n  limits:\n    - type: Container\n      default: {memory: 1Gi}\n---\n'
    expect(
      run(limitRange + pod('istio-proxy', 'docker.io/istio/proxyv2:1.24.0', '{requests: {memory: 128Mi}}')).findings
    ).toEqual([])
    // Another namespace's LimitRange does not apply: unbounded.
    expect(
      run(
        limitRange +
          pod(
            'istio-proxy',
            'docker.io/istio/proxyv2:1.24.0',
            '{requests: {memory: 128Mi}}',
            'name: c, namespace: other'
          )
      ).findings.map((f) => f.status)
    ).toEqual(['needs-evidence'])
  })

  it('property: no fix lowers an effective limit, and none limits an unbounded container without evidence', () => {
    const quantity = fc.option(
      fc.integer({min: 1, max: 4096}).map((n) => `${n}Mi`),
      {nil: undefined}
    )
    fc.assert(
      fc.property(
        quantity,
        quantity,
        quantity,
        quantity,
        quantity,
        fc.constantFrom('istio-proxy', 'linkerd-proxy', 'cloud-sql-proxy', 'envoy'),
        (request, limit, lrDefault, lrRequest, lrMax, sidecar) => {
          const items = [
            lrDefault && `default: {memory: ${lrDefault}}`,
            lrRequest && `defaultRequest: {memory: ${lrRequest}}`,
            lrMax && `max: {memory: ${lrMax}}`
          ].filter(Boolean)
          const limitRange = items.length
            ? `apiVersion: v1\nkind: LimitRange\nmetadata: {name: d, namespace: shop}\nspec:\n  limits:\n    - type: Container\n${items.map((i) => `      ${i}\n`).join('')}---\n`
            : ''
          const resources = [request && `requests: {memory: ${request}}`, limit && `limits: {memory: ${limit}}`]
            .filter(Boolean)
            .join(', ')
          const text = limitRange + pod(sidecar, 'example/sidecar:1', resources ? `{${resources}}` : undefined)
          const result = run(text, {fix: true})
          if (result.output === undefined) return
          const before = effectiveLimits('app.yaml', text)
          const after = effectiveLimits('app.yaml', result.output)
          for (const [key, was] of before) {
            const now = after.get(key)
            if (was === null) expect(now, key).toBeNull()
            else
              expect(
                now === null || (now !== undefined && was !== undefined && now >= was),
                `${key}: ${String(was)} -> ${String(now)}`
              ).toBe(true)
          }
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('workloads vs sidecars: helpers and gateways', () => {
  const roles = (text: string, config: HeadroomConfig = {}) => {
    const prepared = prepare({path: 'a.yaml', text})
    if (!prepared.ok) throw new Error('does not parse')
    const settings = resolveSettings(config)
    return extractWorkloads(prepared.file, settings.kinds).map((w) =>
      classifyWorkload(w, settings).classified.map((c) => `${c.name}:${c.role}`)
    )
  }
  const deployment = (labels: string, annotations: string, containers: string[]) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: gw${labels ? `, labels: {${labels}}` : ''}}\nspec:\n  template:\n    metadata: {annotations: {${annotations}}}\n    spec:\n      containers:\n${containers.map((c) => `        - ${c}\n`).join('')}`
  const envoy = '{name: envoy, image: docker.io/envoyproxy/envoy:distroless-v1.32.1}'

  it('a helper does not make the proxy next to it a sidecar; an application does', () => {
    expect(
      roles(deployment('', '', [envoy, '{name: shutdown-manager, image: docker.io/envoyproxy/gateway:v1.2.0}']))
    ).toEqual([['envoy:app', 'shutdown-manager:helper']])
    expect(
      roles(deployment('', '', [envoy, '{name: kube-rbac-proxy, image: quay.io/brancz/kube-rbac-proxy:v0.18.1}']))
    ).toEqual([['envoy:app', 'kube-rbac-proxy:helper']])
    expect(
      roles(
        deployment('', '', [
          envoy,
          '{name: reloader, image: quay.io/prometheus-operator/prometheus-config-reloader:v0.76.0}'
        ])
      )
    ).toEqual([['envoy:app', 'reloader:helper']])
    expect(
      roles(
        deployment('', '', [
          '{name: web, image: example/web:1}',
          envoy,
          '{name: kube-rbac-proxy, image: quay.io/brancz/kube-rbac-proxy:v0.18.1}'
        ])
      )
    ).toEqual([['web:app', 'envoy:sidecar', 'kube-rbac-proxy:helper']])
    // The helper list is configurable.
    expect(
      roles(deployment('', '', [envoy, '{name: sync, image: example/sync:1}']), {helpers: {names: ['sync']}})
    ).toEqual([['envoy:app', 'sync:helper']])
  })

  it.each([
    [
      'Envoy Gateway owning-gateway label',
      'gateway.envoyproxy.io/owning-gateway-name: eg',
      '',
      [envoy, '{name: app, image: example/app:1}']
    ],
    [
      'Envoy Gateway managed-by + component proxy',
      'app.kubernetes.io/managed-by: envoy-gateway, app.kubernetes.io/component: proxy',
      '',
      [envoy, '{name: app, image: example/app:1}']
    ],
    [
      'Istio gateway template',
      '',
      'inject.istio.io/templates: gateway',
      ['{name: istio-proxy, image: auto}', '{name: httpbin, image: kennethreitz/httpbin}']
    ],
    [
      'istio: ingressgateway label',
      'istio: ingressgateway',
      '',
      ['{name: istio-proxy, image: docker.io/istio/proxyv2:1.24.0}', '{name: app, image: example/app:1}']
    ],
    ['Contour', '', '', ['{name: contour, image: ghcr.io/projectcontour/contour:v1.30.0}', envoy]],
    [
      'Emissary',
      'app.kubernetes.io/name: emissary-ingress',
      '',
      ['{name: ambassador, image: docker.io/emissaryingress/emissary:3.9.1}', envoy]
    ]
  ])('%s: the proxy is the workload', (_name, labels, annotations, containers) => {
    const found = roles(deployment(labels, annotations, containers))[0] ?? []
    expect(found.filter((r) => r.endsWith(':sidecar'))).toEqual([])
  })

  it('a mesh sidecar next to a gateway proxy is still a sidecar; the gateway proxy is still checked by the generic rules', () => {
    const text = deployment('', '', [
      '{name: contour, image: ghcr.io/projectcontour/contour:v1.30.0}',
      '{name: envoy, image: docker.io/envoyproxy/envoy:v1.32.1, resources: {requests: {memory: 512Mi}, limits: {memory: 256Mi}}}',
      '{name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:edge-24.11.8}'
    ])
    expect(roles(text)).toEqual([['contour:app', 'envoy:app', 'linkerd-proxy:sidecar']])
    expect(run(text).findings.map((f) => [f.ruleId, f.subject?.container])).toEqual([
      ['memory-limit-below-request', 'envoy'],
      [RULE, 'linkerd-proxy']
    ])
  })
})

describe('wrong numbers and words seen on real runs', () => {
  it('a bare headroom above 1 is refused with "did you mean N%?" (flag, config, annotation); 1 and 0.5 are fractions', async () => {
    expect(() => parseHeadroom('10', '/headroom')).toThrow(SettingsError)
    expect(() => parseHeadroom(10, '/headroom')).toThrow(/did you mean 10%\?/)
    expect(parseHeadroom('10%', '/headroom').value).toEqual({n: 1n, d: 10n})
    expect(parseHeadroom('1', '/headroom').value).toEqual({n: 1n, d: 1n})
    expect(parseHeadroom(0.5, '/headroom').value).toEqual({n: 1n, d: 2n})
    const text = pod(
      'istio-proxy',
      'docker.io/istio/proxyv2:1.24.0',
      '{requests: {memory: 128Mi}, limits: {memory: 140Mi}}'
    )
    const dir = repo({'app.yaml': text})
    try {
      const flag = await headroomIn(['fix', '--headroom', '10', '.'], {cwd: dir})
      expect(flag.code).toBe(2)
      expect(flag.stderr).toContain('did you mean 10%?')
      expect(readFileSync(path.join(dir, 'app.yaml'), 'utf8')).toBe(text)
      writeFileSync(path.join(dir, '.headroomrc.yaml'), 'headroom: 10\n')
      const config = await headroomIn(['check', '.'], {cwd: dir})
      expect(config.code).toBe(2)
      expect(config.stderr).toContain('/headroom headroom 10 is ambiguous')
      expect(config.stderr).toContain('did you mean 10%?')
    } finally {
      removeTree(dir)
    }
    const annotated = text.replace(
      'metadata: {name: checkout, namespace: shop}',
      'metadata: {name: checkout, namespace: shop, annotations: {headroom.io/headroom: "10"}}'
    )
    const bad = run(annotated).findings.filter((f) => f.ruleId === 'invalid-headroom-annotation')
    expect(bad.map((f) => f.message)).toEqual([
      'annotation headroom.io/headroom: headroom 10 is ambiguous: a bare number is a fraction (10 = 1000%); did you mean 10%? Write 0.15 or 15% for fifteen percent'
    ])
  })

  it('one quantity -> bytes conversion: 0.1Gi is the same currentLimitBytes in both headroom rules', () => {
    // 0.1Gi = 107374182.4 bytes: whole bytes round up, everywhere
    const declared = run(
      pod('istio-proxy', 'docker.io/istio/proxyv2:1.24.0', '{requests: {memory: 100Mi}, limits: {memory: 0.1Gi}}')
    )
    const injected = run(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cart}\nspec:\n  template:\n    metadata:\n      annotations:\n        linkerd.io/inject: enabled\n' +
        '        config.linkerd.io/proxy-memory-request: 100Mi\n        config.linkerd.io/proxy-memory-limit: 0.1Gi\n    spec:\n      containers:\n        - {name: cart, image: example/cart:1}\n'
    )
    const current = (r: FileResult) => r.findings.map((f) => f.data?.currentLimitBytes)
    expect(current(declared)).toEqual([107374183])
    expect(current(injected)).toEqual([107374183])
  })
})
