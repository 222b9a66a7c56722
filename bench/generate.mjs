// Seeded generator of a synthetic GitOps repository for the benchmark (and the prefilter equality test).
//
//   node bench/generate.mjs [--files N] [--seed S] [--out DIR]
//
// ~60% workload files (Deployment / StatefulSet / DaemonSet / CronJob / Job, each with an app container
// and a sidecar: some adequate, some not, some with only a limit or no resources, comments, native
// sidecars, a few flow-style maps, some with a Service / ServiceAccount document next to them), ~30% large
// ConfigMaps (block scalars, embedded YAML with `---` lines and pod templates inside, JSON dashboards) and
// ~10% large CRDs (20–100 KB: an openAPIV3Schema that mentions containers and resources). The same seed and N give
// the same bytes. Nothing but *.yaml files is written into the output folder (the CLI would read a
// *.json).
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** mulberry32: small, fast, good enough for test data, identical on every platform. */
export function rng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = (list) => list[Math.floor(next() * list.length)]
  const chance = (p) => next() < p
  return {next, int, pick, chance}
}

const TEAMS = [
  'payments',
  'shop',
  'search',
  'identity',
  'platform',
  'data',
  'ml',
  'growth',
  'risk',
  'mobile',
  'edge',
  'billing'
]
const WORDS = [
  'api',
  'worker',
  'gateway',
  'indexer',
  'ledger',
  'cart',
  'checkout',
  'auth',
  'session',
  'events',
  'reports',
  'sync',
  'feed',
  'media',
  'notify',
  'export',
  'import',
  'pricing',
  'catalog',
  'profile'
]
const LOREM =
  'the quick brown fox jumps over the lazy dog while operators page through dashboards and tune limits for every sidecar in the mesh before the next rollout'.split(
    ' '
  )

const SIDECARS = [
  {name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.24.0', request: 128, native: false},
  {name: 'linkerd-proxy', image: 'cr.l5d.io/linkerd/proxy:stable-2.14.10', request: 64, native: false},
  {name: 'envoy', image: 'envoyproxy/envoy:v1.31.2', request: 96, native: false},
  {name: 'fluent-bit', image: 'cr.fluentbit.io/fluent/fluent-bit:3.1.9', request: 32, native: true},
  {name: 'cloud-sql-proxy', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0', request: 64, native: false},
  {name: 'vault-agent', image: 'hashicorp/vault:1.17.2', request: 48, native: true},
  {name: 'daprd', image: 'daprio/daprd:1.14.1', request: 64, native: false},
  {name: 'otel-collector', image: 'otel/opentelemetry-collector-contrib:0.108.0', request: 128, native: true}
]

function words(r, n) {
  const out = []
  for (let i = 0; i < n; i++) out.push(r.pick(LOREM))
  return out.join(' ')
}

function labels(r, indent, name, team) {
  const pad = ' '.repeat(indent)
  let s = `${pad}app.kubernetes.io/name: ${name}\n${pad}app.kubernetes.io/part-of: ${team}\n`
  if (r.chance(0.5)) s += `${pad}team: ${team}\n`
  if (r.chance(0.3)) s += `${pad}app.kubernetes.io/version: "${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}"\n`
  return s
}

/** A sidecar's resources: adequate (limit ≥ request × 1.22 × 1.15), too low, limit only, or none. */
function sidecarResources(r, pad, request) {
  const mode = r.pick(['adequate', 'adequate', 'low', 'low', 'limit-only', 'none', 'flow', 'quoted'])
  const okLimit = Math.ceil(request * 1.22 * 1.15) + r.int(0, 64)
  const lowLimit = request + r.int(0, Math.floor(request * 0.3))
  switch (mode) {
    case 'adequate':
      return `${pad}resources:\n${pad}  requests:\n${pad}    cpu: ${r.int(10, 200)}m\n${pad}    memory: ${request}Mi\n${pad}  limits:\n${pad}    memory: ${okLimit}Mi\n`
    case 'low':
      return `${pad}resources:\n${pad}  requests:\n${pad}    cpu: ${r.int(10, 200)}m\n${pad}    memory: ${request}Mi\n${pad}  limits:\n${pad}    cpu: "1"\n${pad}    memory: ${lowLimit}Mi # from kubectl top\n`
    case 'limit-only':
      return `${pad}resources:\n${pad}  limits:\n${pad}    memory: ${lowLimit}Mi\n`
    case 'flow':
      return `${pad}resources:\n${pad}  requests: {cpu: 50m, memory: ${request}Mi}\n${pad}  limits: {memory: ${r.chance(0.5) ? okLimit : lowLimit}Mi}\n`
    case 'quoted':
      return `${pad}resources:\n${pad}  requests:\n${pad}    memory: "${request}Mi"\n${pad}  limits:\n${pad}    memory: '${r.chance(0.5) ? okLimit : lowLimit}Mi'\n`
    default:
      return ''
  }
}

function appContainer(r, pad, name, team) {
  let s = `${pad}- name: ${name}\n`
  s += `${pad}  image: registry.example.com/${team}/${name}:${r.int(1, 5)}.${r.int(0, 40)}.${r.int(0, 9)}\n`
  if (r.chance(0.5)) s += `${pad}  imagePullPolicy: IfNotPresent\n`
  s += `${pad}  ports:\n${pad}    - name: http\n${pad}      containerPort: ${r.pick([8080, 8000, 3000, 9000])}\n${pad}      protocol: TCP\n`
  const envs = r.int(1, 8)
  if (envs > 0) {
    s += `${pad}  env:\n`
    for (let i = 0; i < envs; i++) {
      s += `${pad}    - name: ${r.pick(WORDS).toUpperCase()}_${r.pick(['URL', 'PORT', 'TIMEOUT', 'MODE', 'LEVEL'])}_${i}\n`
      s += `${pad}      value: "${words(r, r.int(1, 4))}"\n`
    }
  }
  if (r.chance(0.6)) {
    s += `${pad}  readinessProbe:\n${pad}    httpGet:\n${pad}      path: /healthz/ready\n${pad}      port: http\n${pad}    periodSeconds: ${r.int(2, 30)}\n`
  }
  s += `${pad}  resources:\n${pad}    requests:\n${pad}      cpu: ${r.int(50, 2000)}m\n${pad}      memory: ${r.int(1, 16) * 128}Mi\n`
  if (r.chance(0.7)) s += `${pad}    limits:\n${pad}      memory: ${r.int(2, 32) * 128}Mi\n`
  return s
}

function sidecarContainer(r, pad, sidecar, native) {
  let s = ''
  if (r.chance(0.3)) s += `${pad}# ${words(r, r.int(4, 12))}\n`
  s += `${pad}- name: ${sidecar.name}\n${pad}  image: ${sidecar.image}\n`
  if (native) s += `${pad}  restartPolicy: Always\n`
  if (r.chance(0.5))
    s += `${pad}  args:\n${pad}    - proxy\n${pad}    - sidecar\n${pad}    - --log-level=${r.pick(['info', 'warn', 'debug'])}\n`
  s += sidecarResources(r, `${pad}  `, sidecar.request)
  return s
}

function podSpec(r, indent, name, team, kind) {
  const pad = ' '.repeat(indent)
  const sidecar = r.pick(SIDECARS)
  const native = sidecar.native && r.chance(0.7)
  let s = `${pad}metadata:\n${pad}  labels:\n${labels(r, indent + 4, name, team)}`
  if (r.chance(0.5)) {
    s += `${pad}  annotations:\n`
    if (sidecar.name === 'istio-proxy')
      s += `${pad}    # injected by hand; keep the webhook out\n${pad}    sidecar.istio.io/inject: "false"\n`
    s += `${pad}    prometheus.io/scrape: "true"\n${pad}    prometheus.io/port: "${r.int(8000, 9999)}"\n`
  }
  s += `${pad}spec:\n`
  if (kind === 'CronJob' || kind === 'Job') s += `${pad}  restartPolicy: ${r.pick(['Never', 'OnFailure'])}\n`
  s += `${pad}  serviceAccountName: ${name}\n`
  if (r.chance(0.4)) s += `${pad}  terminationGracePeriodSeconds: ${r.int(10, 90)}\n`
  const list = `${pad}    `
  if (native) s += `${pad}  initContainers:\n${sidecarContainer(r, list, sidecar, true)}`
  s += `${pad}  containers:\n${appContainer(r, list, name, team)}`
  if (!native) s += sidecarContainer(r, list, sidecar, false)
  if (r.chance(0.5)) {
    s += `${pad}  volumes:\n${pad}    - name: config\n${pad}      configMap:\n${pad}        name: ${name}-config\n`
  }
  return s
}

function workloadDoc(r, name, team) {
  const kind = r.pick(['Deployment', 'Deployment', 'Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job'])
  const apiVersion = kind === 'CronJob' || kind === 'Job' ? 'batch/v1' : 'apps/v1'
  let s = ''
  if (r.chance(0.4)) s += `# ${name}: ${words(r, r.int(5, 15))}\n# ${words(r, r.int(5, 15))}\n`
  s += `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ${team}\n  labels:\n${labels(r, 4, name, team)}spec:\n`
  if (kind === 'Deployment' || kind === 'StatefulSet') s += `  replicas: ${r.int(1, 12)}\n`
  if (kind === 'StatefulSet') s += `  serviceName: ${name}\n`
  if (kind === 'CronJob') {
    s += `  schedule: "${r.int(0, 59)} ${r.int(0, 23)} * * *"   # nightly\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      backoffLimit: ${r.int(0, 6)}\n      template:\n`
    return {kind, text: s + podSpec(r, 8, name, team, kind)}
  }
  if (kind === 'Job') s += `  backoffLimit: ${r.int(0, 6)}\n`
  if (kind !== 'Job') s += `  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${name}\n`
  s += `  template:\n`
  return {kind, text: s + podSpec(r, 4, name, team, kind)}
}

function serviceDoc(r, name, team) {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${team}\n  labels:\n${labels(r, 4, name, team)}spec:\n  selector:\n    app.kubernetes.io/name: ${name}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n`
}

function serviceAccountDoc(name, team) {
  return `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n  namespace: ${team}\n`
}

function workloadFile(r, name, team) {
  const docs = []
  const kinds = []
  if (r.chance(0.3)) {
    docs.push(serviceAccountDoc(name, team))
    kinds.push('ServiceAccount')
  }
  const w = workloadDoc(r, name, team)
  docs.push(w.text)
  kinds.push(w.kind)
  if (w.kind === 'Deployment' && r.chance(0.5)) {
    docs.push(serviceDoc(r, name, team))
    kinds.push('Service')
  }
  const lead = r.chance(0.2) ? '---\n' : ''
  return {text: lead + docs.join('---\n'), resources: docs.length}
}

// ConfigMaps: 4–24 KB of data, in block scalars.
function configBody(r, pad, target) {
  const kind = r.pick(['properties', 'nginx', 'embedded-yaml', 'json', 'pod-template'])
  const lines = []
  let size = 0
  const push = (line) => {
    lines.push(pad + line)
    size += pad.length + line.length + 1
  }
  let i = 0
  while (size < target) {
    i++
    switch (kind) {
      case 'properties':
        push(
          `${r.pick(WORDS)}.${r.pick(WORDS)}.${r.pick(['timeout', 'size', 'enabled', 'url'])}${i}=${words(r, r.int(1, 6))}`
        )
        break
      case 'nginx':
        push(`location /${r.pick(WORDS)}/${i} {`)
        push(`  proxy_pass http://${r.pick(WORDS)}.svc.cluster.local:8080;`)
        push(`  proxy_read_timeout ${r.int(5, 300)}s; # ${words(r, 3)}`)
        push('}')
        break
      case 'embedded-yaml':
        // A YAML stream inside a block scalar: `---` lines here are content, not document markers.
        push('---')
        push(`groups:`)
        push(`  - name: ${r.pick(WORDS)}-${i}`)
        push(`    rules:`)
        push(`      - alert: ${r.pick(WORDS)}High${i}`)
        push(`        expr: rate(http_requests_total{job="${r.pick(WORDS)}"}[5m]) > ${r.int(1, 100)}`)
        push(`        annotations: {summary: "${words(r, 5)}"}`)
        break
      case 'pod-template':
        // Jenkins-agent style pod templates: mention containers and resources, but are text.
        push(`- name: agent-${i}`)
        push(`  containers:`)
        push(`    - name: jnlp`)
        push(`      image: jenkins/inbound-agent:3256.v88a_f6e922152-${r.int(1, 9)}`)
        push(`      resources: {limits: {memory: ${r.int(1, 8) * 256}Mi}}`)
        break
      default:
        push(
          `{"id": ${i}, "title": "${words(r, 4)}", "targets": [{"expr": "sum(rate(${r.pick(WORDS)}_total[5m]))", "legendFormat": "{{pod}}"}], "gridPos": {"h": ${r.int(4, 12)}, "w": ${r.int(6, 24)}}},`
        )
    }
  }
  return `${lines.join('\n')}\n`
}

function configMapFile(r, name, team) {
  const target = r.int(4, 24) * 1024
  const keys = r.int(1, 4)
  let s = `# generated by ${r.pick(WORDS)}-config; do not edit by hand\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-config\n  namespace: ${team}\n  labels:\n${labels(r, 4, name, team)}data:\n`
  for (let k = 0; k < keys; k++) {
    s += `  ${r.pick(WORDS)}-${k}.${r.pick(['conf', 'yaml', 'properties', 'json'])}: ${r.pick(['|', '|-', '|+'])}\n`
    s += configBody(r, '    ', Math.floor(target / keys))
  }
  let resources = 1
  if (r.chance(0.15)) {
    s += `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-flags\n  namespace: ${team}\ndata:\n  FEATURE_X: "true"\n  LOG_LEVEL: info\n`
    resources++
  }
  return {text: s, resources}
}

// CRDs: a recursive openAPIV3Schema of 20–100 KB that mentions containers, resources, limits, memory.
function schema(r, pad, depth, budget) {
  let s = ''
  const props = r.int(3, 8)
  const used = new Set()
  s += `${pad}type: object\n`
  s += `${pad}description: ${words(r, r.int(6, 14))}\n${pad}  ${words(r, r.int(4, 12))}\n`
  s += `${pad}properties:\n`
  for (let i = 0; i < props && s.length < budget; i++) {
    let key =
      i === 0 && depth < 3
        ? r.pick(['containers', 'initContainers', 'resources', 'template', 'podSpec'])
        : `${r.pick(WORDS)}${r.pick(['Spec', 'Ref', 'Name', 'Count', 'Policy', 'Limits'])}`
    if (used.has(key)) key += i
    used.add(key)
    s += `${pad}  ${key}:\n`
    const inner = `${pad}    `
    if (depth < 5 && r.chance(0.55)) {
      if (r.chance(0.3)) {
        s += `${inner}type: array\n${inner}description: "${words(r, r.int(5, 12))}"\n${inner}items:\n`
        s += schema(r, `${inner}  `, depth + 1, Math.floor(budget / props))
      } else {
        s += schema(r, inner, depth + 1, Math.floor(budget / props))
      }
    } else if (key === 'resources' || key.endsWith('Limits')) {
      s += `${inner}type: object\n${inner}additionalProperties:\n${inner}  anyOf:\n${inner}    - type: integer\n${inner}    - type: string\n${inner}  pattern: ^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$\n${inner}  x-kubernetes-int-or-string: true\n${inner}description: 'Limits describes the maximum amount of compute resources allowed, e.g. memory: 128Mi'\n`
    } else {
      s += `${inner}type: ${r.pick(['string', 'integer', 'boolean'])}\n${inner}description: >-\n${inner}  ${words(r, r.int(8, 20))}\n${inner}  ${words(r, r.int(8, 20))}\n`
      if (r.chance(0.2)) s += `${inner}enum:\n${inner}  - ${r.pick(WORDS)}\n${inner}  - ${r.pick(WORDS)}\n`
    }
  }
  if (r.chance(0.3)) s += `${pad}required:\n${pad}  - ${r.pick(WORDS)}\n`
  return s
}

function crdFile(r, name) {
  const group = `${r.pick(WORDS)}.${r.pick(['example.com', 'acme.io', 'internal.dev'])}`
  const plural = `${name.replace(/-/g, '')}s`
  const kind = name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())
  const target = r.int(20, 100) * 1024
  let s = `---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${plural}.${group}\n  annotations:\n    controller-gen.kubebuilder.io/version: v0.16.1\nspec:\n  group: ${group}\n  names:\n    kind: ${kind}\n    listKind: ${kind}List\n    plural: ${plural}\n    singular: ${name.replace(/-/g, '')}\n  scope: Namespaced\n  versions:\n`
  const versions = target > 60 * 1024 ? 2 : 1
  for (let v = 0; v < versions; v++) {
    s += `    - name: v1beta${v + 1}\n      served: true\n      storage: ${v === versions - 1}\n      schema:\n        openAPIV3Schema:\n`
    let body = ''
    while (body.length < target / versions) body += schema(r, '          ', 0, target / versions - body.length)
    // Several top-level schema chunks would repeat `properties:`; keep only a valid mapping by nesting them.
    s += body.split('          type: object\n').length > 2 ? wrapChunks(body) : body
  }
  return {text: s, resources: 1}
}

/** Joins schema chunks so each becomes its own property (a map key may appear once). */
function wrapChunks(body) {
  const chunks = body.split(/^(?= {10}type: object\n)/m).filter(Boolean)
  let out = '          type: object\n          properties:\n'
  chunks.forEach((chunk, i) => {
    out += `            part${i}:\n${chunk.replace(/^(?=.)/gm, '    ')}`
  })
  return out
}

/**
 * Writes N files under `dir` and returns what was written. The mix is exact (60/30/10, shuffled by the
 * seed), so `resources` is known without parsing.
 */
export function generate({files = 5000, seed = 1, dir} = {}) {
  const r = rng(seed)
  const out = dir ?? mkdtempSync(path.join(tmpdir(), 'headroom-bench-'))
  const kinds = []
  for (let i = 0; i < files; i++) kinds.push(i < files * 0.6 ? 'workload' : i < files * 0.9 ? 'configmap' : 'crd')
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1))
    ;[kinds[i], kinds[j]] = [kinds[j], kinds[i]]
  }
  let resources = 0
  let bytes = 0
  const made = new Set()
  let smallest
  for (let i = 0; i < files; i++) {
    const team = TEAMS[i % TEAMS.length]
    const name = `${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`
    const folder =
      kinds[i] === 'crd'
        ? path.join(out, 'crds', String(i % 50))
        : path.join(out, 'apps', team, String(Math.floor(i / 100)))
    if (!made.has(folder)) {
      mkdirSync(folder, {recursive: true})
      made.add(folder)
    }
    const made1 =
      kinds[i] === 'workload'
        ? workloadFile(r, name, team)
        : kinds[i] === 'configmap'
          ? configMapFile(r, name, team)
          : crdFile(r, name)
    const file = path.join(folder, `${name}.${kinds[i] === 'crd' ? 'crd.yaml' : r.chance(0.1) ? 'yml' : 'yaml'}`)
    writeFileSync(file, made1.text)
    resources += made1.resources
    bytes += Buffer.byteLength(made1.text)
    if (kinds[i] === 'workload' && (!smallest || made1.text.length < smallest.size))
      smallest = {file, size: made1.text.length}
  }
  return {dir: out, files, seed, resources, bytes, smallWorkload: smallest?.file}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name)
    return i === -1 ? fallback : process.argv[i + 1]
  }
  const dir = arg('--out', undefined)
  if (dir) mkdirSync(dir, {recursive: true})
  const result = generate({
    files: Number(arg('--files', 5000)),
    seed: Number(arg('--seed', 1)),
    dir: dir && path.resolve(dir)
  })
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}
