// Webhook-injected sidecars (issue 3): every injector row × enabled / disabled / annotated / defaulted /
// adequate / inadequate, the Istio pair rule, rendered output that already holds the container, and
// "possibly injected". Then end to end with the CLI: a Namespace, LimitRange or ResourceQuota in another
// file of the repo, and the real istio / linkerd injection inputs of ../shared/corpus.
//
// Expected numbers are worked out by hand (baseline × 1.22 × 1.15, rounded up to a whole Mi), never taken
// from the code under test.
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {INJECTORS} from '../src/classify/injectors.js'
import {DEFAULT_FLOORS} from '../src/classify/floors.js'
import {resolveSettings, type HeadroomConfig} from '../src/config/settings.js'
import {analyzeText, prepare, type FileResult} from '../src/engine/analyze.js'
import {EMPTY_INDEX, indexFile, type RepoIndex} from '../src/extract/repo-index.js'
import {CORPUS, removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const RULE = 'injected-sidecar-memory-headroom'

interface Template {
  apiVersion?: string
  kind?: string
  namespace?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  /** extra containers (rendered output) as YAML list items, indented for `containers:` */
  containers?: string
  initContainers?: string
}

/** A workload whose pod template carries the given labels and annotations (all values double-quoted). */
function workload(t: Template): string {
  const map = (name: string, m: Record<string, string> | undefined) =>
    m && Object.keys(m).length > 0
      ? `      ${name}:\n${Object.entries(m)
          .map(([k, v]) => `        ${k}: "${v}"\n`)
          .join('')}`
      : ''
  const meta = map('labels', t.labels) + map('annotations', t.annotations)
  return [
    `apiVersion: ${t.apiVersion ?? 'apps/v1'}\n`,
    `kind: ${t.kind ?? 'Deployment'}\n`,
    'metadata:\n',
    '  name: app\n',
    t.namespace ? `  namespace: ${t.namespace}\n` : '',
    'spec:\n',
    '  template:\n',
    meta ? `    metadata:\n${meta}` : '',
    '    spec:\n',
    t.initContainers ? `      initContainers:\n${t.initContainers}` : '',
    '      containers:\n',
    '        - name: app\n',
    '          image: example/app:1\n',
    t.containers ?? ''
  ].join('')
}

function namespaceIndex(yaml: string): RepoIndex {
  const prepared = prepare({path: 'namespaces.yaml', text: yaml})
  if (!prepared.ok) throw new Error('namespace fixture does not parse')
  return indexFile(prepared.file)
}

const runPlain = run
/**
 * Class floors (issue 12) are turned off here so the numbers stay the hand-worked formula; they are tested
 * in test/evidence-first.test.ts.
 */
const NO_FLOORS = Object.fromEntries(DEFAULT_FLOORS.map((f) => [f.classId, {floor: null}]))

function run(text: string, options: {fix?: boolean; config?: HeadroomConfig; index?: RepoIndex} = {}): FileResult {
  const config = {...options.config, sidecars: {...NO_FLOORS, ...options.config?.sidecars}}
  return analyzeText({path: 'app.yaml', text}, resolveSettings(config), {
    fix: options.fix ?? false,
    index: options.index ?? EMPTY_INDEX
  })
}

const injectedFindings = (result: FileResult) => result.findings.filter((f) => f.ruleId === RULE)

/** Pod-template annotations of the (first) document after a fix. */
function annotationsAfter(text: string): Record<string, unknown> {
  const data = parse(text) as {spec: {template: {metadata?: {annotations?: Record<string, unknown>}}}}
  return data.spec.template.metadata?.annotations ?? {}
}

// ---------------------------------------------------------------------------------------------------------
// The matrix

interface Row {
  id: string
  container: string
  request: string
  limit: string
  /** how the row turns injection on; Knative: the kind itself */
  enable: Template
  /** a value that turns it off on the pod (none for Knative) */
  disable?: Template
  /** defaults: required limit when the defaults are inadequate, or 'adequate' */
  defaulted: {required: string; writesRequest?: string} | 'adequate'
  /** annotated with a request: [request, limit that is just enough, limit one Mi short] */
  annotated: [request: string, enough: string, short: string]
  /** a Namespace the row's workloads need (App Mesh's webhook only sees labelled namespaces) */
  namespace?: string
}

const ROWS: Row[] = [
  {
    id: 'istio',
    container: 'istio-proxy',
    request: 'sidecar.istio.io/proxyMemory',
    limit: 'sidecar.istio.io/proxyMemoryLimit',
    enable: {labels: {'sidecar.istio.io/inject': 'true'}},
    disable: {labels: {'sidecar.istio.io/inject': 'false'}},
    // 128Mi default request: 128 × 1.403 = 179.6 -> 180Mi, and the default limit is 1024Mi.
    defaulted: 'adequate',
    // 256 × 1.403 = 359.2 -> 360Mi
    annotated: ['256Mi', '360Mi', '359Mi']
  },
  {
    id: 'linkerd',
    container: 'linkerd-proxy',
    request: 'config.linkerd.io/proxy-memory-request',
    limit: 'config.linkerd.io/proxy-memory-limit',
    enable: {annotations: {'linkerd.io/inject': 'enabled'}},
    disable: {annotations: {'linkerd.io/inject': 'disabled'}},
    // no defaults: the default request 128Mi, and no limit at all
    defaulted: {required: '180Mi', writesRequest: '128Mi'},
    // 64 × 1.403 = 89.8 -> 90Mi
    annotated: ['64Mi', '90Mi', '89Mi']
  },
  {
    id: 'vault',
    container: 'vault-agent',
    request: 'vault.hashicorp.com/agent-requests-mem',
    limit: 'vault.hashicorp.com/agent-limits-mem',
    enable: {annotations: {'vault.hashicorp.com/agent-inject': 'true'}},
    disable: {annotations: {'vault.hashicorp.com/agent-inject': 'false'}},
    // 64Mi / 128Mi defaults: 64 × 1.403 = 89.8 -> 90Mi <= 128Mi
    defaulted: 'adequate',
    // 100 × 1.403 = 140.3 -> 141Mi
    annotated: ['100Mi', '141Mi', '140Mi']
  },
  {
    id: 'dapr',
    container: 'daprd',
    request: 'dapr.io/sidecar-memory-request',
    limit: 'dapr.io/sidecar-memory-limit',
    enable: {annotations: {'dapr.io/enabled': 'true'}},
    disable: {annotations: {'dapr.io/enabled': 'false'}},
    defaulted: {required: '180Mi', writesRequest: '128Mi'},
    // 200 × 1.403 = 280.6 -> 281Mi
    annotated: ['200Mi', '281Mi', '280Mi']
  },
  {
    id: 'consul',
    container: 'consul-dataplane',
    request: 'consul.hashicorp.com/sidecar-proxy-memory-request',
    limit: 'consul.hashicorp.com/sidecar-proxy-memory-limit',
    enable: {annotations: {'consul.hashicorp.com/connect-inject': 'true'}},
    disable: {annotations: {'consul.hashicorp.com/connect-inject': 'false'}},
    defaulted: {required: '180Mi', writesRequest: '128Mi'},
    // 50 × 1.403 = 70.15 -> 71Mi
    annotated: ['50Mi', '71Mi', '70Mi']
  },
  {
    id: 'appmesh',
    container: 'envoy',
    request: 'appmesh.k8s.aws/memoryRequest',
    limit: 'appmesh.k8s.aws/memoryLimit',
    enable: {namespace: 'mesh', annotations: {'appmesh.k8s.aws/sidecarInjectorWebhook': 'enabled'}},
    disable: {annotations: {'appmesh.k8s.aws/sidecarInjectorWebhook': 'disabled'}},
    namespace:
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mesh\n  labels:\n    appmesh.k8s.aws/sidecarInjectorWebhook: enabled\n',
    // 32Mi default request, no default limit: 32 × 1.403 = 44.9 -> 45Mi; the default request keeps applying
    defaulted: {required: '45Mi'},
    annotated: ['32Mi', '45Mi', '44Mi']
  },
  {
    id: 'knative',
    container: 'queue-proxy',
    request: 'queue.sidecar.serving.knative.dev/memory-resource-request',
    limit: 'queue.sidecar.serving.knative.dev/memory-resource-limit',
    enable: {apiVersion: 'serving.knative.dev/v1', kind: 'Service'},
    // A stock install sets no queue-proxy memory (the 400Mi / 800Mi defaults need queueproxy.resource-defaults)
    defaulted: {required: '180Mi', writesRequest: '128Mi'},
    annotated: ['400Mi', '562Mi', '561Mi']
  }
]

const withAnnotations = (t: Template, extra: Record<string, string>): Template => ({
  ...t,
  annotations: {...t.annotations, ...extra}
})

describe('the injector table', () => {
  it('has exactly the rows of issue 3, with their defaults', () => {
    // (the injectors added for issue 13 are tested in test/upstream-injectors.test.ts)
    expect(INJECTORS.map((i) => i.id).slice(ROWS.length)).toEqual(['opentelemetry', 'jaeger', 'gcsfuse'])
    const table = INJECTORS.slice(0, ROWS.length).map((i) => [
      i.id,
      i.container,
      i.requestAnnotation,
      i.limitAnnotation,
      i.defaultRequest && Number(i.defaultRequest.n / i.defaultRequest.d) / 1048576,
      i.defaultLimit && Number(i.defaultLimit.n / i.defaultLimit.d) / 1048576
    ])
    const knative = INJECTORS.find((i) => i.id === 'knative')?.optionalDefaults
    expect([knative?.request, knative?.limit].map((q) => q && Number(q.n / q.d) / 1048576)).toEqual([400, 800])
    expect(table).toEqual(
      ROWS.map((r) => [
        r.id,
        r.container,
        r.request,
        r.limit,
        {istio: 128, vault: 64, appmesh: 32}[r.id],
        {istio: 1024, vault: 128}[r.id]
      ])
    )
  })
})

describe.each(ROWS.map((r) => [r.id, r] as const))('injector %s', (_id, row) => {
  const rowIndex = row.namespace ? namespaceIndex(row.namespace) : undefined
  const run = (text: string, options: {fix?: boolean; config?: HeadroomConfig; index?: RepoIndex} = {}) =>
    runPlain(text, {index: rowIndex, ...options})
  it('enabled, defaulted', () => {
    const text = workload(row.enable)
    const found = injectedFindings(run(text))
    if (row.defaulted === 'adequate') {
      expect(found).toEqual([])
      return
    }
    // No default limit: unbounded. Without evidence it is a warning that fix leaves alone (issue 12).
    expect(found).toHaveLength(1)
    const finding = found[0]
    expect(finding?.severity).toBe('warning')
    expect(finding?.status).toBe('needs-evidence')
    expect(finding?.subject?.container).toBe(row.container)
    expect(finding?.data).toMatchObject({
      injector: row.id,
      certainty: 'enabled',
      currentLimitBytes: null,
      limitSource: 'unbounded',
      needs: 'evidence'
    })
    expect(finding?.message).toContain(`${row.container} (injected by `)
    expect(finding?.message).toContain(`has no memory limit (unbounded); a limit nobody measured could OOM-kill it`)
    expect(finding?.message).toContain(`or set sidecars.${row.container}.limit`)
    expect(run(text, {fix: true}).output).toBeUndefined()
    // With a limit configured for the class, fix writes it (and the request, so it does not become the limit).
    const config = {sidecars: {[row.container]: {limit: row.defaulted.required, floor: null}}}
    const configured = injectedFindings(run(text, {config}))[0]
    expect(configured?.message).toContain(
      `has no memory limit (unbounded); fix would set ${row.defaulted.required} (sidecars.${row.container}.limit ${row.defaulted.required})`
    )
    expect(configured?.data).toMatchObject({requiredLimit: row.defaulted.required})
    const fixed = run(text, {fix: true, config})
    expect(fixed.findings.find((f) => f.ruleId === RULE)?.status).toBe('fixed')
    const expected: Record<string, string> = {...row.enable.annotations, [row.limit]: row.defaulted.required}
    if (row.defaulted.writesRequest)
      expect(configured?.message).toContain(`fix would set ${row.request} to ${row.defaulted.writesRequest}`)
    if (row.defaulted.writesRequest) expected[row.request] = row.defaulted.writesRequest
    expect(annotationsAfter(fixed.output ?? '')).toEqual(expected)
    expect(run(fixed.output ?? '', {fix: true, config}).output).toBeUndefined()
  })

  it('enabled, annotated, adequate', () => {
    const [request, enough] = row.annotated
    expect(
      injectedFindings(run(workload(withAnnotations(row.enable, {[row.request]: request, [row.limit]: enough}))))
    ).toEqual([])
  })

  it('enabled, annotated, inadequate: the limit annotation is raised, nothing else changes', () => {
    const [request, enough, short] = row.annotated
    const text = workload(withAnnotations(row.enable, {[row.request]: request, [row.limit]: short}))
    const found = injectedFindings(run(text))
    expect(found.map((f) => [f.severity, f.data?.requiredLimit, f.data?.certainty])).toEqual([
      ['error', enough, 'enabled']
    ])
    expect(found[0]?.message).toContain(
      `memory limit ${short} (${row.limit}) is below ${enough} (request ${request} × drift 1.22 × headroom 1.15)`
    )
    const fixed = run(text, {fix: true})
    expect(fixed.output).toBe(text.replace(`${row.limit}: "${short}"`, `${row.limit}: "${enough}"`))
  })

  it.skipIf(!row.disable)(
    'disabled on the pod, even in a namespace that injects: nothing is checked, not even a tiny limit',
    () => {
      const text = workload({
        ...withAnnotations(row.disable ?? {}, {[row.request]: '1Mi', [row.limit]: '1Mi'}),
        namespace: 'shop'
      })
      const index = namespaceIndex(
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {istio-injection: enabled, appmesh.k8s.aws/sidecarInjectorWebhook: enabled}\n  annotations: {linkerd.io/inject: enabled}\n'
      )
      expect(injectedFindings(run(text, {index})).filter((f) => f.data?.injector === row.id)).toEqual([])
    }
  )

  it('rendered output that already holds the container is checked once, as a declared sidecar', () => {
    const [request, enough, short] = row.annotated
    const rendered = `        - name: ${row.container}\n          image: example/${row.container}:1\n          resources:\n            requests:\n              memory: ${request}\n            limits:\n              memory: ${short}\n`
    const text = workload({
      ...withAnnotations(row.enable, {[row.request]: request, [row.limit]: short}),
      containers: rendered
    })
    const result = run(text)
    expect(injectedFindings(result)).toEqual([])
    const declared = result.findings.filter((f) => f.ruleId === 'sidecar-memory-headroom')
    expect(declared.map((f) => [f.subject?.container, f.data?.requiredLimit])).toEqual([[row.container, enough]])
  })

  it('config can turn the injector off', () => {
    const text = workload(withAnnotations(row.enable, {[row.request]: '1Mi', [row.limit]: '1Mi'}))
    expect(injectedFindings(run(text, {config: {injectors: {[row.id]: {enabled: false}}}}))).toEqual([])
  })
})

describe('defaults from config', () => {
  it('a defaultLimit override that is too low makes the defaulted Istio proxy inadequate; the fix writes both memory keys', () => {
    const text = workload({labels: {'sidecar.istio.io/inject': 'true'}})
    const config = {injectors: {istio: {defaultLimit: '150Mi'}}}
    const [finding] = injectedFindings(run(text, {config}))
    expect(finding?.message).toBe(
      'istio-proxy (injected by Istio: label sidecar.istio.io/inject: "true") memory limit 150Mi (Istio default) is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15); ' +
        'fix would set sidecar.istio.io/proxyMemory to 128Mi; Istio then no longer applies its default CPU request/limit; set sidecar.istio.io/proxyCPU if you rely on it'
    )
    const fixed = run(text, {fix: true, config})
    expect(annotationsAfter(fixed.output ?? '')).toEqual({
      'sidecar.istio.io/proxyMemoryLimit': '180Mi',
      'sidecar.istio.io/proxyMemory': '128Mi'
    })
    expect(run(fixed.output ?? '', {fix: true, config}).output).toBeUndefined()
  })

  it('defaults set for Linkerd make the defaulted proxy adequate; null removes a default', () => {
    const linkerd = workload({annotations: {'linkerd.io/inject': 'enabled'}})
    expect(
      injectedFindings(run(linkerd, {config: {injectors: {linkerd: {defaultRequest: '64Mi', defaultLimit: '90Mi'}}}}))
    ).toEqual([])
    const vault = workload({annotations: {'vault.hashicorp.com/agent-inject': 'true'}})
    const [finding] = injectedFindings(run(vault, {config: {injectors: {vault: {defaultLimit: null}}}}))
    // No default limit any more: unbounded, so it needs evidence (issue 12)
    expect(finding?.message).toContain(
      'vault-agent (injected by Vault Agent: annotation vault.hashicorp.com/agent-inject: "true") has no memory limit (unbounded); a limit nobody measured'
    )
    expect(finding?.status).toBe('needs-evidence')
  })
})

describe('Istio: any resource annotation drops every default', () => {
  const label = {'sidecar.istio.io/inject': 'true'}

  it('proxyMemoryLimit alone: the request becomes the limit, so the fix pins proxyMemory to the old limit', () => {
    const text = workload({labels: label, annotations: {'sidecar.istio.io/proxyMemoryLimit': '150Mi'}})
    const [finding] = injectedFindings(run(text))
    // 150 × 1.403 = 210.45 -> 211Mi
    expect(finding?.message).toBe(
      'istio-proxy (injected by Istio: label sidecar.istio.io/inject: "true") memory limit 150Mi (sidecar.istio.io/proxyMemoryLimit) is below 211Mi ' +
        '(no request, so the request defaults to the limit 150Mi × drift 1.22 × headroom 1.15); fix would set sidecar.istio.io/proxyMemory to 150Mi'
    )
    const fixed = run(text, {fix: true})
    expect(annotationsAfter(fixed.output ?? '')).toEqual({
      'sidecar.istio.io/proxyMemoryLimit': '211Mi',
      'sidecar.istio.io/proxyMemory': '150Mi'
    })
    expect(run(fixed.output ?? '', {fix: true}).output).toBeUndefined()
  })

  it('proxyMemory alone: no limit at all (not the 1024Mi default), so it needs evidence; a configured limit is raised to leave headroom', () => {
    const text = workload({labels: label, annotations: {'sidecar.istio.io/proxyMemory': '1Gi'}})
    const [finding] = injectedFindings(run(text))
    expect(finding?.message).toBe(
      'istio-proxy (injected by Istio: label sidecar.istio.io/inject: "true") has no memory limit (unbounded), because Istio drops its defaults once a resource annotation is set; ' +
        'a limit nobody measured could OOM-kill it, so size one from measurements: headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson …, or set sidecars.istio-proxy.limit'
    )
    expect([finding?.severity, finding?.status]).toEqual(['warning', 'needs-evidence'])
    expect(run(text, {fix: true}).output).toBeUndefined()
    // 1024 × 1.403 = 1436.7 -> 1437Mi, more than the configured 1Gi
    const config = {sidecars: {'istio-proxy': {limit: '1Gi'}}}
    expect(injectedFindings(run(text, {config}))[0]?.message).toContain(
      'fix would set 1437Mi (sidecars.istio-proxy.limit 1Gi, raised to request 1Gi × drift 1.22 × headroom 1.15)'
    )
    expect(annotationsAfter(run(text, {fix: true, config}).output ?? '')).toEqual({
      'sidecar.istio.io/proxyMemory': '1Gi',
      'sidecar.istio.io/proxyMemoryLimit': '1437Mi'
    })
  })

  it('proxyCPU alone also drops the memory defaults: both memory keys are written, no CPU note', () => {
    const text = workload({labels: label, annotations: {'sidecar.istio.io/proxyCPU': '500m'}})
    const config = {sidecars: {'istio-proxy': {limit: '180Mi', floor: null}}}
    const [finding] = injectedFindings(run(text, {config}))
    expect(finding?.message).toContain(
      'has no memory limit (unbounded), because Istio drops its defaults once a resource annotation is set; fix would set 180Mi (sidecars.istio-proxy.limit 180Mi)'
    )
    expect(finding?.message).not.toContain('CPU')
    expect(annotationsAfter(run(text, {fix: true, config}).output ?? '')).toEqual({
      'sidecar.istio.io/proxyCPU': '500m',
      'sidecar.istio.io/proxyMemoryLimit': '180Mi',
      'sidecar.istio.io/proxyMemory': '128Mi'
    })
  })

  it('a limit above the required value is never lowered', () => {
    const text = workload({
      labels: label,
      annotations: {'sidecar.istio.io/proxyMemory': '128Mi', 'sidecar.istio.io/proxyMemoryLimit': '2Gi'}
    })
    expect(run(text, {fix: true}).output).toBeUndefined()
  })
})

describe('possibly injected (injection decided outside the repo)', () => {
  const text = workload({
    namespace: 'shop',
    annotations: {'config.linkerd.io/proxy-memory-request': '64Mi', 'config.linkerd.io/proxy-memory-limit': '70Mi'}
  })

  it('is reported at info, pointing at the limit annotation, and never fixed', () => {
    const result = run(text, {fix: true})
    expect(result.output).toBeUndefined()
    const found = injectedFindings(result)
    expect(found.map((f) => [f.severity, f.line, f.status, f.data?.certainty])).toEqual([
      ['info', 11, undefined, 'possible']
    ])
    expect(found[0]?.message).toBe(
      'linkerd-proxy (possibly injected by Linkerd: its resource annotations are set but injection is decided outside the repo) memory limit 70Mi ' +
        '(config.linkerd.io/proxy-memory-limit) is below 90Mi (request 64Mi × drift 1.22 × headroom 1.15)'
    )
  })

  it('the severity is configurable, or off', () => {
    expect(injectedFindings(run(text, {config: {possiblyInjected: 'warning'}})).map((f) => f.severity)).toEqual([
      'warning'
    ])
    expect(injectedFindings(run(text, {config: {possiblyInjected: 'error'}})).map((f) => f.severity)).toEqual(['error'])
    expect(injectedFindings(run(text, {config: {possiblyInjected: 'off'}}))).toEqual([])
  })

  it('becomes certain (an error, fixed) once a Namespace in the repo enables injection', () => {
    const index = namespaceIndex(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  annotations:\n    linkerd.io/inject: enabled\n'
    )
    const result = run(text, {fix: true, index})
    const [finding] = injectedFindings(result)
    expect(finding?.severity).toBe('error')
    expect(finding?.message).toContain(
      'linkerd-proxy (injected by Linkerd: namespace shop has linkerd.io/inject=enabled (namespaces.yaml))'
    )
    expect(finding?.status).toBe('fixed')
  })

  it('an adequate possibly-injected sidecar is not reported', () => {
    expect(
      injectedFindings(
        run(workload({annotations: {'dapr.io/sidecar-memory-request': '64Mi', 'dapr.io/sidecar-memory-limit': '90Mi'}}))
      )
    ).toEqual([])
  })

  it('Istio proxyCPU alone, namespace unknown: possibly injected without a memory limit (istio testdata traffic-annotations)', () => {
    const [finding] = injectedFindings(run(workload({annotations: {'sidecar.istio.io/proxyCPU': '4000m'}})))
    expect(finding?.severity).toBe('info')
    expect(finding?.message).toContain('istio-proxy (possibly injected by Istio')
    expect(finding?.message).toContain('has no memory limit (unbounded), because Istio drops its defaults')
  })
})

describe('namespace-level injection (index from another document)', () => {
  const ns = (labels: string) =>
    namespaceIndex(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n${labels}`)
  const deployment = (extra: Template = {}) =>
    workload({
      namespace: 'shop',
      ...extra,
      annotations: {
        'sidecar.istio.io/proxyMemory': '256Mi',
        'sidecar.istio.io/proxyMemoryLimit': '300Mi',
        ...extra.annotations
      }
    })

  it('istio-injection=enabled and istio.io/rev=<any> enable Istio', () => {
    for (const labels of ['    istio-injection: enabled\n', '    istio.io/rev: 1-24-0\n']) {
      const [finding] = injectedFindings(run(deployment(), {index: ns(labels)}))
      expect(finding?.severity, labels).toBe('error')
      expect(finding?.message).toContain(`namespace shop has ${labels.trim().replace(': ', '=')} (namespaces.yaml)`)
    }
  })

  it('a pod label sidecar.istio.io/inject: "false" opts out of an injecting namespace', () => {
    expect(
      injectedFindings(
        run(deployment({labels: {'sidecar.istio.io/inject': 'false'}}), {index: ns('    istio-injection: enabled\n')})
      )
    ).toEqual([])
  })

  it('istio-injection=disabled wins over istio.io/rev on the same namespace', () => {
    expect(
      injectedFindings(run(deployment(), {index: ns('    istio-injection: disabled\n    istio.io/rev: canary\n')}))
    ).toEqual([])
  })

  it('istio-injection=disabled on the namespace wins over the pod label (neither Istio webhook matches)', () => {
    expect(
      injectedFindings(
        run(deployment({labels: {'sidecar.istio.io/inject': 'true'}}), {index: ns('    istio-injection: disabled\n')})
      )
    ).toEqual([])
  })

  it('a namespace in the repo is matched by name only: another namespace does not enable', () => {
    const other = workload({namespace: 'other', annotations: {'sidecar.istio.io/proxyMemory': '256Mi'}})
    expect(injectedFindings(run(other, {index: ns('    istio-injection: enabled\n')})).map((f) => f.severity)).toEqual([
      'info'
    ])
  })
})

// ---------------------------------------------------------------------------------------------------------
// End to end: facts in other files of the repo

function repo(files: Record<string, string>): string {
  const dir = tempDir('headroom-injected-')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const ORDERS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 4
  template:
    metadata:
      annotations:
        sidecar.istio.io/proxyMemory: 256Mi
        sidecar.istio.io/proxyMemoryLimit: 300Mi
    spec:
      containers:
        - name: orders
          image: example/orders:3
          resources:
            requests:
              memory: 100Mi
            limits:
              memory: 100Mi
`

interface JsonReport {
  summary: {errors: number; infos: number; fixed: number}
  namespaces: {
    namespace: string
    workloads: number
    addedLimitBytes: number
    addedRequestBytes: number
    quotaExceeded?: {name: string; limit: string; neededBytes: number}
  }[]
  files: {
    path: string
    findings: {
      ruleId: string
      severity: string
      message: string
      line: number
      status?: string
      subject?: {container: string}
    }[]
    workloads: {before: unknown; after?: unknown}[]
  }[]
}

describe('CLI: Namespace, LimitRange and ResourceQuota in other files', () => {
  it('a Namespace with istio-injection=enabled in another file turns injection on (error, exit 1)', async () => {
    const dir = repo({
      'namespaces/shop.yaml':
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n',
      'apps/orders.yaml': ORDERS
    })
    try {
      const run = await headroomIn(['check', '.'], {cwd: dir})
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(
        "apps/orders.yaml:12:44  error  istio-proxy (injected by Istio: namespace shop has istio-injection=enabled (namespaces/shop.yaml)) memory limit 300Mi (sidecar.istio.io/proxyMemoryLimit) is below 360Mi (request 256Mi × drift 1.22 × headroom 1.15); fix would set 1Gi (istio-proxy floor: Istio's default sidecar limit)  injected-sidecar-memory-headroom"
      )
    } finally {
      removeTree(dir)
    }
  })

  it('istio.io/rev in a namespace List, in another file, also counts; checking only the app file does not see it', async () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata:\n      name: shop\n      labels:\n        istio.io/rev: stable\n'
    const dir = repo({'cluster/namespaces.yaml': list, 'apps/orders.yaml': ORDERS})
    try {
      const whole = await headroomIn(['check', '.'], {cwd: dir})
      expect(whole.code).toBe(1)
      expect(whole.stderr).toContain(
        'error  istio-proxy (injected by Istio: namespace shop has istio.io/rev=stable (cluster/namespaces.yaml))'
      )
      const alone = await headroomIn(['check', 'apps/orders.yaml'], {cwd: dir})
      expect(alone.code).toBe(0)
      expect(alone.stderr).toContain('info  istio-proxy (possibly injected by Istio')
    } finally {
      removeTree(dir)
    }
  })

  it('a Namespace written as JSON counts too', async () => {
    const json = `${JSON.stringify(
      {apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'shop', labels: {'istio-injection': 'enabled'}}},
      null,
      2
    )}\n`
    const dir = repo({'namespaces/shop.json': json, 'apps/orders.yaml': ORDERS})
    try {
      const run = await headroomIn(['check', '.'], {cwd: dir})
      expect(run.stderr).toContain(
        'error  istio-proxy (injected by Istio: namespace shop has istio-injection=enabled (namespaces/shop.json))'
      )
      expect(run.code).toBe(1)
    } finally {
      removeTree(dir)
    }
  })

  it('fix writes the annotation; without the Namespace file the same workload is only "possibly injected" and left alone', async () => {
    const dir = repo({
      'namespaces/shop.yaml':
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n',
      'apps/orders.yaml': ORDERS
    })
    const alone = repo({'apps/orders.yaml': ORDERS})
    try {
      expect((await headroomIn(['fix', '.'], {cwd: dir})).code).toBe(0)
      expect(readFileSync(path.join(dir, 'apps/orders.yaml'), 'utf8')).toBe(
        ORDERS.replace('proxyMemoryLimit: 300Mi', 'proxyMemoryLimit: 1Gi')
      )
      expect((await headroomIn(['check', '.'], {cwd: dir})).code).toBe(0)
      const run = await headroomIn(['fix', '.'], {cwd: alone})
      expect(run.code).toBe(0)
      expect(readFileSync(path.join(alone, 'apps/orders.yaml'), 'utf8')).toBe(ORDERS)
    } finally {
      removeTree(dir)
      removeTree(alone)
    }
  })

  it('a LimitRange in another file clamps the fix, and says so', async () => {
    const limitRange =
      'apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: caps\n  namespace: shop\nspec:\n  limits:\n    - type: Container\n      max:\n        memory: 330Mi\n'
    const dir = repo({
      'policy/limits.yaml': limitRange,
      'namespaces/shop.yaml':
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    istio-injection: enabled\n',
      'apps/orders.yaml': ORDERS
    })
    try {
      const run = await headroomIn(['fix', '.'], {cwd: dir})
      expect(run.stderr).toContain('; clamped to LimitRange caps max 330Mi')
      expect(readFileSync(path.join(dir, 'apps/orders.yaml'), 'utf8')).toContain(
        '        sidecar.istio.io/proxyMemoryLimit: 330Mi\n'
      )
      // Already at the LimitRange max: reported, cannot be fixed, exit 1.
      const again = await headroomIn(['fix', '.'], {cwd: dir})
      expect(again.code).toBe(1)
      expect(again.stderr).toContain(
        'cannot fix: it is already at LimitRange caps max 330Mi; raise the LimitRange first'
      )
    } finally {
      removeTree(dir)
    }
  })

  it('a ResourceQuota in another file: the fix summary and the JSON namespaces warn with the numbers', async () => {
    // headroom 28% (config file): 128Mi × 1.22 × 1.28 = 199.9 -> 200Mi.
    // Pod limit before: 4 × (100Mi + 180Mi) = 1120Mi, within the quota; after: 4 × (100Mi + 200Mi) = 1200Mi > 1150Mi.
    const app = ORDERS.replace(
      '        sidecar.istio.io/proxyMemory: 256Mi\n        sidecar.istio.io/proxyMemoryLimit: 300Mi\n',
      '        sidecar.istio.io/proxyMemory: 128Mi\n        sidecar.istio.io/proxyMemoryLimit: 180Mi\n'
    ).replace('    metadata:\n', '    metadata:\n      labels:\n        sidecar.istio.io/inject: "true"\n')
    const quota =
      'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: mem\n  namespace: shop\nspec:\n  hard:\n    limits.memory: 1150Mi\n'
    const dir = repo({
      'policy/quota.yaml': quota,
      'apps/orders.yaml': app,
      '.headroomrc.yaml': 'headroom: 28%\nsidecars: {istio-proxy: {floor: null}}\n'
    })
    try {
      const text = await headroomIn(['fix', '--dry-run', '.'], {cwd: dir})
      expect(text.stderr).toContain(
        'Pod memory added by the fix:\n  shop: limits +80Mi, requests +0 (1 workload × 4 replicas)\n'
      )
      expect(text.stderr).toContain(
        '  warning: ResourceQuota mem in shop allows limits.memory 1150Mi; the fixed workloads alone need 1200Mi'
      )
      const json = JSON.parse(
        (await headroomIn(['fix', '--dry-run', '--format', 'json', '.'], {cwd: dir})).stdout
      ) as JsonReport
      expect(json.namespaces).toEqual([
        {
          namespace: 'shop',
          workloads: 1,
          addedLimitBytes: 80 * 1048576,
          addedRequestBytes: 0,
          quotaExceeded: {name: 'mem', limit: '1150Mi', neededBytes: 1200 * 1048576}
        }
      ])
      expect(json.files.find((f) => f.path === 'apps/orders.yaml')?.workloads).toEqual([
        {
          kind: 'Deployment',
          name: 'orders',
          namespace: 'shop',
          document: 0,
          replicas: 4,
          before: {requestBytes: 228 * 1048576, limitBytes: 280 * 1048576, limitUnbounded: false},
          after: {requestBytes: 228 * 1048576, limitBytes: 300 * 1048576, limitUnbounded: false}
        }
      ])
    } finally {
      removeTree(dir)
    }
  })
})

// ---------------------------------------------------------------------------------------------------------
// The real corpus: istio and linkerd injection inputs and outputs

const corpus = existsSync(CORPUS)
const ISTIO = 'istio__istio/pkg/kube/inject/testdata/inject'
const LINKERD = 'linkerd__linkerd2/controller/proxy-injector/fake/data'

describe.skipIf(!corpus)('corpus: istio and linkerd injection test data', () => {
  it('istio: *.injected outputs (which hold istio-proxy) are never counted twice; inputs are handled sensibly', async () => {
    const injected = existsSync(path.join(CORPUS, ISTIO)) ? readdirInjected(path.join(CORPUS, ISTIO)) : []
    expect(injected.length).toBeGreaterThan(100)
    const run = await headroomIn(['check', '--format', 'json', ISTIO, ...injected.map((f) => `${ISTIO}/${f}`)], {
      cwd: CORPUS
    })
    expect(run.stderr).not.toMatch(/internal error/)
    const report = JSON.parse(run.stdout) as JsonReport
    const byPath = new Map(report.files.map((f) => [f.path, f]))
    for (const name of injected) {
      const file = byPath.get(`${ISTIO}/${name}`)
      expect(file, name).toBeDefined()
      const text = readFileSync(path.join(CORPUS, ISTIO, name), 'utf8')
      if (text.includes('name: istio-proxy'))
        expect(
          file?.findings.filter((f) => f.ruleId === RULE),
          name
        ).toEqual([])
    }
    // No istio input enables injection in the repo: nothing is an injected error.
    const injectedErrors = report.files.flatMap((f) =>
      f.findings.filter((x) => x.ruleId === RULE && x.severity !== 'info').map((x) => `${f.path}: ${x.message}`)
    )
    expect(injectedErrors).toEqual([])
    // proxyCPU alone: if injected, istio-proxy has no memory limit (its own .injected golden shows exactly that).
    const traffic = byPath.get(`${ISTIO}/traffic-annotations.yaml`)?.findings.filter((f) => f.ruleId === RULE)
    expect(traffic?.map((f) => f.severity)).toEqual(['info'])
    expect(traffic?.[0]?.message).toContain('istio-proxy (possibly injected by Istio')
    // 1Gi request / 2Gi limit: 1Gi × 1.403 = 1437Mi <= 2Gi
    expect(byPath.get(`${ISTIO}/resource_annotations.yaml`)?.findings).toEqual([])
  })

  it('linkerd: namespace-level injection from a Namespace in another file; a rendered proxy is not counted twice', async () => {
    const run = await headroomIn(['check', '--format', 'json', LINKERD], {cwd: CORPUS})
    const report = JSON.parse(run.stdout) as JsonReport
    const findings = (name: string) =>
      report.files.find((f) => f.path === `${LINKERD}/${name}`)?.findings.filter((f) => f.ruleId === RULE) ?? []
    const opaque = findings('pod-with-opaque-ports.yaml')
    expect(opaque.map((f) => [f.severity, f.status])).toEqual([['warning', 'needs-evidence']])
    expect(opaque[0]?.message).toMatch(
      /^linkerd-proxy \(injected by Linkerd: namespace kube-public has linkerd\.io\/inject=enabled \(.*namespace-.*\.yaml\)\) has no memory limit \(unbounded\); a limit nobody measured/
    )
    expect(readFileSync(path.join(CORPUS, LINKERD, 'deployment-with-injected-proxy.yaml'), 'utf8')).toContain(
      'name: linkerd-proxy'
    )
    expect(findings('deployment-with-injected-proxy.yaml')).toEqual([])
  })
})

function readdirInjected(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.injected'))
    .sort()
}
