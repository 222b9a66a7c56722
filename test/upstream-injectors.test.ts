// Injectors as upstream implements them (issue 13 point 3) and namespace facts with a scope (point 4).
// Inputs are real files of ../shared/corpus where one exists (copied into fixtures/upstream-injectors with
// attribution); the scope tests build small repos on disk because scopes are folders.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {resolveSettings, type HeadroomConfig} from '../src/config/settings.js'
import {analyzeText, prepare, type FileResult} from '../src/engine/analyze.js'
import {EMPTY_INDEX, indexFile, mergeIndex, namespaceConflicts, type RepoIndex} from '../src/extract/repo-index.js'
import {scanIndex} from '../src/run/scan-index.js'
import {ROOT, removeTree, treeOf} from './helpers/cli.js'

const RULE = 'injected-sidecar-memory-headroom'
const FIXTURES = path.join(ROOT, 'fixtures/upstream-injectors')
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8')

function indexOf(...texts: [string, string][]): RepoIndex {
  return texts.reduce((index, [file, text]) => {
    const prepared = prepare({path: file, text})
    if (!prepared.ok) throw new Error(`${file} does not parse`)
    return mergeIndex(index, indexFile(prepared.file))
  }, EMPTY_INDEX)
}

function check(
  file: string,
  text: string,
  index: RepoIndex = EMPTY_INDEX,
  config: HeadroomConfig = {},
  fix = false
): FileResult {
  return analyzeText({path: file, text}, resolveSettings(config), {fix, index})
}

const injected = (result: FileResult) => result.findings.filter((f) => f.ruleId === RULE)

describe('Linkerd: namespace annotations', () => {
  const pod = fixture('linkerd-pod-without-opaque-ports.yaml')
  const namespace = fixture('linkerd-namespace-with-opaque-ports.yaml')

  it('linkerd.io/inject on the namespace is an annotation, and injects its pods', () => {
    const found = injected(check('pod.yaml', pod, indexOf(['ns.yaml', namespace])))
    expect(found.map((f) => [f.severity, f.data?.certainty])).toEqual([['warning', 'enabled']])
    expect(found[0]?.message).toContain('namespace kube-public has linkerd.io/inject=enabled')
  })

  it('a namespace label of that name does not inject (the webhook reads the annotation)', () => {
    const labelled = namespace.replace(
      '  annotations:\n    linkerd.io/inject: enabled',
      '  labels:\n    linkerd.io/inject: enabled\n  annotations:'
    )
    expect(injected(check('pod.yaml', pod, indexOf(['ns.yaml', labelled])))).toEqual([])
  })

  it("the namespace's memory annotations are its pods' defaults: a 100Mi limit and request need 141Mi, written on the pod", () => {
    const sized = `${namespace}    config.linkerd.io/proxy-memory-request: 100Mi\n    config.linkerd.io/proxy-memory-limit: 100Mi\n`
    const index = indexOf(['ns.yaml', sized])
    const found = injected(check('pod.yaml', pod, index))
    // 100 × 1.22 × 1.15 = 140.3 -> 141Mi
    expect(found.map((f) => f.data?.requiredLimit)).toEqual(['141Mi'])
    expect(found[0]?.message).toContain(
      'memory limit 100Mi (namespace kube-public config.linkerd.io/proxy-memory-limit (ns.yaml))'
    )
    // (the class floor, Linkerd's HA value, is what a default run writes; without it the formula's 141Mi)
    expect(check('pod.yaml', pod, index, {}, true).output).toContain('config.linkerd.io/proxy-memory-limit: 250Mi')
    const fixed = check('pod.yaml', pod, index, {sidecars: {'linkerd-proxy': {floor: null}}}, true)
    expect(fixed.output).toContain('config.linkerd.io/proxy-memory-limit: 141Mi')
  })

  it('a pod annotation overrides the namespace default', () => {
    const sized = `${namespace}    config.linkerd.io/proxy-memory-limit: 100Mi\n`
    const own = pod.replace(
      '  namespace: kube-public\n',
      '  namespace: kube-public\n  annotations:\n    config.linkerd.io/proxy-memory-request: 64Mi\n    config.linkerd.io/proxy-memory-limit: 90Mi\n'
    )
    expect(own).not.toBe(pod)
    expect(injected(check('pod.yaml', own, indexOf(['ns.yaml', sized])))).toEqual([])
  })
})

describe('App Mesh: only pods of labelled namespaces', () => {
  const pod = fixture('appmesh-pod.yaml')

  it('a pod annotation alone is "possibly injected" (info, never fixed) when the namespace is not in the repo', () => {
    const result = check('pod.yaml', pod, EMPTY_INDEX, {}, true)
    expect(injected(result).map((f) => [f.severity, f.data?.certainty, f.status])).toEqual([
      ['info', 'possible', 'needs-evidence']
    ])
    expect(result.output).toBeUndefined()
  })

  it('nothing is injected when the namespace is in the repo without the label', () => {
    const index = indexOf(['ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mesh\n'])
    expect(injected(check('pod.yaml', pod, index))).toEqual([])
  })

  it('the label on the namespace injects', () => {
    const index = indexOf([
      'ns.yaml',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: mesh\n  labels:\n    appmesh.k8s.aws/sidecarInjectorWebhook: enabled\n'
    ])
    expect(injected(check('pod.yaml', pod, index)).map((f) => [f.severity, f.data?.certainty])).toEqual([
      ['warning', 'enabled']
    ])
  })
})

describe('Istio: labels select the webhook, the annotation alone does not', () => {
  const base = fixture('istio-traffic-annotations.yaml')

  it('sidecar.istio.io/inject as an annotation alone: possibly injected', () => {
    const asked = base.replace('      annotations:\n', '      annotations:\n        sidecar.istio.io/inject: "true"\n')
    expect(asked).not.toBe(base)
    const found = injected(check('pod.yaml', asked))
    expect(found.map((f) => [f.severity, f.data?.certainty])).toEqual([['info', 'possible']])
    expect(found[0]?.message).toContain(
      'annotation sidecar.istio.io/inject: "true", which injects only in a namespace with the label istio-injection'
    )
  })

  it('the istio.io/rev pod label injects', () => {
    const labelled = base.replace(
      '      labels:\n        app: traffic\n',
      '      labels:\n        app: traffic\n        istio.io/rev: canary\n'
    )
    expect(labelled).not.toBe(base)
    expect(injected(check('pod.yaml', labelled)).map((f) => [f.severity, f.data?.certainty])).toEqual([
      ['warning', 'enabled']
    ])
  })
})

describe('Knative: queue-proxy memory defaults are an injector setting', () => {
  const service =
    'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: hello\nspec:\n  template:\n    spec:\n      containers:\n        - image: example/hello:1\n'

  it('a stock install sets no queue-proxy memory limit', () => {
    expect(injected(check('ksvc.yaml', service)).map((f) => f.data?.currentLimitBytes)).toEqual([null])
  })

  it('with resourceDefaults: 400Mi request / 800Mi limit, which has the headroom', () => {
    expect(
      injected(check('ksvc.yaml', service, EMPTY_INDEX, {injectors: {knative: {resourceDefaults: true}}}))
    ).toEqual([])
  })
})

describe('namespace facts have a scope', () => {
  const pod = fixture('linkerd-pod-without-opaque-ports.yaml')
  const enabled = fixture('linkerd-namespace-with-opaque-ports.yaml')
  const disabled = enabled.replace('linkerd.io/inject: enabled', 'linkerd.io/inject: disabled')

  async function findingsIn(
    files: Record<string, string>,
    target: string
  ): Promise<{found: FileResult; conflicts: string[]}> {
    const dir = treeOf(files)
    try {
      const index = await scanIndex(Object.keys(files), dir)
      return {found: check(target, files[target] ?? '', index), conflicts: namespaceConflicts(index)}
    } finally {
      removeTree(dir)
    }
  }

  it("the Namespace in the workload's own kustomization decides, not another kustomization's", async () => {
    const files = {
      'a/kustomization.yaml': 'resources: [ns.yaml, pod.yaml]\n',
      'a/ns.yaml': disabled,
      'a/pod.yaml': pod,
      'b/kustomization.yaml': 'resources: [ns.yaml]\n',
      'b/ns.yaml': enabled
    }
    const {found, conflicts} = await findingsIn(files, 'a/pod.yaml')
    expect(injected(found)).toEqual([])
    expect(conflicts).toEqual([])
  })

  it('outside any kustomization the run decides; definitions that disagree leave injection undecided, with one warning', async () => {
    const files = {'x/ns.yaml': disabled, 'y/ns.yaml': enabled, 'z/pod.yaml': pod}
    const {found, conflicts} = await findingsIn(files, 'z/pod.yaml')
    expect(conflicts).toEqual([
      'namespace kube-public is defined differently in x/ns.yaml and y/ns.yaml, so injection there is undecided'
    ])
    const found2 = injected(found)
    expect(found2.map((f) => [f.severity, f.data?.certainty])).toEqual([['info', 'possible']])
    expect(found2[0]?.message).toContain(
      'possibly injected by Linkerd: namespace kube-public is defined differently in x/ns.yaml and y/ns.yaml'
    )
  })

  it("a workload without metadata.namespace is in its kustomization's namespace, else default (never undefined)", async () => {
    const plain = pod.replace(/\n {2}namespace: kube-public/, '')
    expect(plain).not.toBe(pod)
    const files = {
      'k/kustomization.yaml': 'namespace: kube-public\nresources: [pod.yaml]\n',
      'k/pod.yaml': plain,
      'ns/ns.yaml': enabled
    }
    const {found} = await findingsIn(files, 'k/pod.yaml')
    expect(injected(found)[0]?.message).toContain('namespace kube-public has linkerd.io/inject=enabled')
    const outside = await findingsIn(
      {'p/pod.yaml': plain, 'ns/ns.yaml': enabled.replace('kube-public', 'default')},
      'p/pod.yaml'
    )
    expect(injected(outside.found)[0]?.message).toContain('namespace default has linkerd.io/inject=enabled')
  })
})

describe('OpenTelemetry operator: the sidecar is sized by the collector the annotation names', () => {
  const collector = fixture('otel-collector-sidecar.yaml')
  const app = fixture('otel-app.yaml')

  it('not judged when the collector is not in the repo', () => {
    expect(injected(check('app.yaml', app))).toEqual([])
  })

  it('with the collector in the repo: its spec.resources decide, and the fix belongs there (reported, not written)', () => {
    const sized = collector.replace(
      '  mode: sidecar\n',
      '  mode: sidecar\n  resources:\n    requests:\n      memory: 100Mi\n    limits:\n      memory: 120Mi\n'
    )
    expect(sized).not.toBe(collector)
    const index = indexOf(['collector.yaml', sized])
    const result = check('app.yaml', app, index, {}, true)
    const found = injected(result)
    // 100 × 1.22 × 1.15 = 140.3 -> 141Mi
    expect(found.map((f) => [f.data?.requiredLimit, f.status])).toEqual([['141Mi', 'unfixable']])
    expect(found[0]?.message).toContain(
      'otc-container (injected by OpenTelemetry Operator: annotation sidecar.opentelemetry.io/inject: "kuttl-otel-sidecar-other-namespace/sidecar-for-my-app") memory limit 120Mi (OpenTelemetryCollector kuttl-otel-sidecar-other-namespace/sidecar-for-my-app spec.resources.limits.memory (collector.yaml))'
    )
    expect(found[0]?.reason).toBe(
      'its memory is set by OpenTelemetryCollector kuttl-otel-sidecar-other-namespace/sidecar-for-my-app (collector.yaml): raise spec.resources.limits.memory there'
    )
    expect(result.output).toBeUndefined()
  })

  it('"true" is the one sidecar-mode collector of the namespace', () => {
    const byTrue = app.replace('"kuttl-otel-sidecar-other-namespace/sidecar-for-my-app"', '"true"')
    expect(byTrue).not.toBe(app)
    const sized = collector.replace(
      '  mode: sidecar\n',
      '  mode: sidecar\n  resources:\n    limits:\n      memory: 1Gi\n    requests:\n      memory: 256Mi\n'
    )
    expect(injected(check('app.yaml', byTrue, indexOf(['collector.yaml', sized])))).toEqual([])
    const small = sized.replace('memory: 1Gi', 'memory: 300Mi')
    expect(
      injected(check('app.yaml', byTrue, indexOf(['collector.yaml', small]))).map((f) => f.data?.requiredLimit)
    ).toEqual(['360Mi'])
  })
})

describe('Jaeger operator: the annotation is on the Deployment', () => {
  const deployment =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n  namespace: obs\n  annotations:\n    sidecar.jaegertracing.io/inject: "tracing"\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: app\n'
  const jaeger =
    'apiVersion: jaegertracing.io/v1\nkind: Jaeger\nmetadata:\n  name: tracing\n  namespace: obs\nspec:\n  agent:\n    resources:\n      requests:\n        memory: 64Mi\n      limits:\n        memory: 64Mi\n'

  it("the named Jaeger's agent resources size the jaeger-agent sidecar", () => {
    const found = injected(check('app.yaml', deployment, indexOf(['jaeger.yaml', jaeger])))
    expect(found.map((f) => [f.subject?.container, f.data?.requiredLimit])).toEqual([['jaeger-agent', '90Mi']])
    expect(
      injected(check('app.yaml', deployment.replace('"tracing"', '"false"'), indexOf(['jaeger.yaml', jaeger])))
    ).toEqual([])
  })
})

describe('GKE Cloud Storage FUSE', () => {
  it('"0" asks for no limit on purpose: nothing to check', () => {
    const text = fixture('gcsfuse-unlimited.yaml')
    expect(text).toContain('gke-gcsfuse/memory-limit: "0"')
    expect(injected(check('job.yaml', text))).toEqual([])
  })

  it('a limit alone is the request too (the webhook copies it), so it has no headroom over itself', () => {
    const found = injected(check('pod.yaml', fixture('gcsfuse-limit-only.yaml')))
    expect(found.map((f) => [f.subject?.container, f.data?.currentLimitBytes, f.data?.baselineBytes])).toEqual([
      ['gke-gcsfuse-sidecar', 10 * 2 ** 30, 10 * 2 ** 30]
    ])
    expect(found[0]?.message).not.toContain('CPU')
  })

  it('without memory annotations the sidecar is not judged (its defaults depend on GKE Standard or Autopilot)', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    gke-gcsfuse/volumes: "true"\nspec:\n  containers:\n    - name: app\n      image: app\n'
    expect(injected(check('pod.yaml', pod))).toEqual([])
  })

  it('a request alone is the limit too', () => {
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    gke-gcsfuse/volumes: "true"\n    gke-gcsfuse/memory-request: 1Gi\nspec:\n  containers:\n    - name: app\n      image: app\n'
    const found = injected(check('pod.yaml', pod))
    expect(found.map((f) => f.data?.currentLimitBytes)).toEqual([2 ** 30])
    expect(found[0]?.message).toContain('(gke-gcsfuse/memory-request (the limit follows the request))')
  })
})
