// `headroom collect --prometheus` through the real CLI (dist/cli.js) against a fake Prometheus on 127.0.0.1
// (loopback only, ephemeral ports; http, and https with a certificate openssl makes for the test). The fake
// answers /api/v1/series and /api/v1/query_range like Prometheus does (the envelope, the 11,000-points refusal
// with its exact message, errors with errorType), evaluating the queries' selectors on its own containers.
// Then `headroom audit` / `check` / `fix --audit` read what collect wrote.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import fc from 'fast-check'
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {loadAudit} from '../src/audit/data.js'
import {PROMETHEUS_MAX_POINTS, pages, pointsIn, timeRange} from '../src/audit/prometheus-pages.js'
import {KEPT_LABELS, PROMETHEUS_METRICS} from '../src/audit/prometheus-queries.js'
import {removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'

const MI = 1048576
const MAX_RESOLUTION =
  'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)'

// ---- the containers the fake knows ----------------------------------------------------------------------

interface Container {
  namespace: string
  pod: string
  container: string
  image: string
  /** working set at Unix second t */
  ws: (t: number) => number
  /** max usage / working set; undefined: cAdvisor reports 0 (cgroup v2 without memory.peak) */
  peakRatio?: number
  limit?: number
  oom?: boolean
}

const SUFFIXES = ['x2z9k', 'q8w2n', 'b7n4c', 'k2m5p', 't6v8w', 'r4s7d']
const wave = (base: number, amp: number, phase: number) => (t: number) =>
  Math.round((base + (amp * ((t / 60 + phase) % 37)) / 36) * MI)

const CONTAINERS: Container[] = [
  ...SUFFIXES.flatMap((suffix, i): Container[] => [
    {
      namespace: 'shop',
      pod: `checkout-7d4b9c8f6-${suffix}`,
      container: 'checkout',
      image: 'example/checkout:1.0',
      ws: wave(300, 50, i)
    },
    {
      namespace: 'shop',
      pod: `checkout-7d4b9c8f6-${suffix}`,
      container: 'cloud-sql-proxy',
      image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0',
      ws: wave(40 + 5 * i, 20, 7 * i),
      peakRatio: 1.25,
      limit: 64 * MI,
      oom: i === 0
    }
  ]),
  // A sidecar by its image only (cAdvisor's image label): kept.
  {
    namespace: 'reports',
    pod: 'nightly-29012345-b7n4c',
    container: 'proxy',
    image: 'gcr.io/cloudsql-docker/gce-proxy:1.33.2',
    ws: wave(30, 5, 0)
  },
  // Same name, not a sidecar: dropped, although the container=~ filter lets it through.
  {namespace: 'web', pod: 'frontend-5f6d7c8b9-z2x4c', container: 'proxy', image: 'nginx:1.27', ws: wave(20, 5, 0)}
]

// ---- the fake Prometheus --------------------------------------------------------------------------------

interface Recorded {
  path: string
  params: URLSearchParams
  headers: http.IncomingHttpHeaders
}

const fake = {
  requests: [] as Recorded[],
  token: undefined as string | undefined,
  prefix: '',
  failWith: undefined as {status: number; type: string; body: string} | undefined,
  numbersAsValues: false,
  warnings: [] as string[]
}

/** Gzipped when the client accepts it, as Prometheus' CompressionHandler does. */
function reply(res: http.ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  if (/\bgzip\b/.test(String(res.req.headers['accept-encoding']))) {
    res.writeHead(status, {'content-type': type, 'content-encoding': 'gzip'})
    res.end(gzipSync(text))
  } else {
    res.writeHead(status, {'content-type': type})
    res.end(text)
  }
}

const promError = (res: http.ServerResponse, status: number, errorType: string, error: string) =>
  reply(res, status, {status: 'error', errorType, error})

/** `name="v"`, `name!="v"`, `name=~"re"` matchers of a selector body, evaluated on a label set. */
function matches(selector: string, labels: Record<string, string | undefined>): boolean {
  for (const m of selector.matchAll(/(\w+)(=~|!~|!=|=)"((?:[^"\\]|\\.)*)"/g)) {
    const [, name, op, raw] = m as unknown as [string, string, string, string]
    const value = labels[name] ?? ''
    const wanted = JSON.parse(`"${raw}"`) as string
    const ok =
      op === '='
        ? value === wanted
        : op === '!='
          ? value !== wanted
          : new RegExp(`^(?:${wanted})$`).test(value) === (op === '=~')
    if (!ok) return false
  }
  return true
}

function value(metric: string, c: Container, t: number): string | undefined {
  switch (metric) {
    case 'container_memory_working_set_bytes':
      return String(c.ws(t))
    case 'container_memory_max_usage_bytes':
      return c.peakRatio === undefined ? '0' : String(Math.round(c.ws(t) * c.peakRatio))
    case 'container_memory_usage_bytes':
      return String(Math.round(c.ws(t) * 1.1))
    case 'kube_pod_container_resource_limits':
      return c.limit === undefined ? undefined : String(c.limit)
    case 'kube_pod_container_status_last_terminated_reason':
      return c.oom ? '1' : undefined
  }
  return undefined
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  let body = ''
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const params = new URLSearchParams(body)
    fake.requests.push({path: url.pathname, params, headers: req.headers})
    if (fake.token !== undefined && req.headers.authorization !== `Bearer ${fake.token}`)
      return reply(res, 401, 'Unauthorized\n', 'text/plain; charset=utf-8')
    if (fake.failWith) return reply(res, fake.failWith.status, fake.failWith.body, fake.failWith.type)
    if (!url.pathname.startsWith(`${fake.prefix}/api/v1/`))
      return reply(res, 404, '<html><body>404 page not found</body></html>', 'text/html')
    const endpoint = url.pathname.slice(`${fake.prefix}/api/v1/`.length)
    if (endpoint === 'series') {
      const match = params.get('match[]') ?? ''
      const [, metric, selector] = /^(\w+)\{(.*)\}$/.exec(match) ?? []
      if (metric !== 'container_memory_working_set_bytes')
        return promError(res, 400, 'bad_data', `unexpected match[] ${match}`)
      const data = CONTAINERS.filter((c) =>
        matches(selector ?? '', {...c, cluster: 'prod'} as unknown as Record<string, string>)
      ).map((c) => ({
        __name__: metric,
        container: c.container,
        id: `/kubepods/pod-${c.pod}/${c.container}`,
        image: c.image,
        instance: 'node-a',
        job: 'kubelet',
        namespace: c.namespace,
        pod: c.pod
      }))
      return reply(res, 200, {status: 'success', data})
    }
    if (endpoint !== 'query_range') return promError(res, 404, 'not_found', 'unknown endpoint')
    const start = Number(params.get('start'))
    const end = Number(params.get('end'))
    const step = Number(params.get('step'))
    if (!(step > 0)) return promError(res, 400, 'bad_data', 'invalid parameter "step"')
    // web/api/v1/api.go: refused when (end - start) / step > 11000.
    if ((end - start) / step > 11000) return promError(res, 400, 'bad_data', MAX_RESOLUTION)
    const query = params.get('query') ?? ''
    const parsed = /^max by \(([^)]*)\) \(max_over_time\((\w+)\{(.*)\}\[(\d+)s\]\)\)$/.exec(query)
    if (!parsed) return promError(res, 400, 'bad_data', `unexpected query ${query}`)
    const [, by, metric, selector] = parsed as unknown as [string, string, string, string]
    const kept = by.split(', ')
    const cadvisor = metric.startsWith('container_')
    const result = []
    for (const c of CONTAINERS) {
      const labels: Record<string, string> = {
        namespace: c.namespace,
        pod: c.pod,
        container: c.container,
        ...(cadvisor ? {image: c.image} : {})
      }
      if (!matches(selector, {...labels, resource: 'memory', reason: 'OOMKilled', cluster: 'prod'})) continue
      const values: [number, string | number][] = []
      for (let t = start; t <= end; t += step) {
        const v = value(metric, c, t)
        if (v !== undefined) values.push([t, fake.numbersAsValues ? Number(v) : v])
      }
      if (values.length === 0) continue
      result.push({metric: Object.fromEntries(Object.entries(labels).filter(([k]) => kept.includes(k))), values})
    }
    reply(res, 200, {
      status: 'success',
      data: {resultType: 'matrix', result},
      ...(fake.warnings.length > 0 ? {warnings: fake.warnings} : {})
    })
  })
}

// ---- setup ----------------------------------------------------------------------------------------------

let server: http.Server
let tlsServer: https.Server | undefined
let url: string
let tlsUrl: string | undefined
let dir: string
const certFile = () => path.join(dir, 'ca.pem')

beforeAll(async () => {
  dir = tempDir('headroom-collect-prom-')
  server = http.createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      certFile()
    ],
    {encoding: 'utf8'}
  )
  if (made.status === 0) {
    tlsServer = https.createServer(
      {key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(certFile())},
      handle
    )
    await new Promise<void>((resolve) => tlsServer?.listen(0, '127.0.0.1', resolve))
    tlsUrl = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`
  }
  writeFileSync(
    path.join(dir, 'checkout.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
spec:
  selector: {matchLabels: {app: checkout}}
  template:
    metadata: {labels: {app: checkout}}
    spec:
      containers:
        - name: checkout
          image: example/checkout:1.0
          resources:
            requests: {memory: 512Mi}
            limits: {memory: 512Mi}
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0
          resources:
            requests: {memory: 32Mi}
            limits: {memory: 64Mi}
`
  )
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (tlsServer) await new Promise<void>((resolve) => tlsServer?.close(() => resolve()))
  removeTree(dir)
})

beforeEach(() => {
  fake.requests = []
  fake.token = undefined
  fake.prefix = ''
  fake.failWith = undefined
  fake.numbersAsValues = false
  fake.warnings = []
})

const run = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  headroomIn(args, {cwd: dir, env: {HEADROOM_PROMETHEUS_TOKEN: '', ...env}})

interface Line {
  status: string
  data: {resultType: string; result: {metric: Record<string, string>; values: [number, string][]}[]}
}

const lines = (file: string): Line[] =>
  readFileSync(path.join(dir, file), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Line)

const queries = () => fake.requests.filter((r) => r.path.endsWith('/api/v1/query_range'))

// ---- paging ---------------------------------------------------------------------------------------------

describe('pages of a range query', () => {
  it('never more than 11,000 points, every step once, in order, whatever the range and step', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 2_000_000_000}),
        fc.integer({min: 1, max: 86_400}),
        fc.oneof(
          fc.tuple(fc.integer({min: 1, max: 60_000}), fc.constant(PROMETHEUS_MAX_POINTS)),
          fc.tuple(fc.integer({min: 1, max: 400}), fc.integer({min: 1, max: 40}))
        ),
        (start, step, [points, max]) => {
          const range = {start, end: start + (points - 1) * step}
          const list = pages(range, step, max)
          expect(list[0]?.start).toBe(range.start)
          expect(list.at(-1)?.end).toBe(range.end)
          let total = 0
          for (const [i, page] of list.entries()) {
            expect(pointsIn(page, step)).toBeLessThanOrEqual(max)
            expect((page.end - page.start) % step).toBe(0)
            if (i > 0) expect(page.start).toBe((list[i - 1]?.end ?? 0) + step)
            total += pointsIn(page, step)
          }
          expect(total).toBe(points)
          expect(list.length).toBe(Math.ceil(points / max))
        }
      )
    )
  })

  it('the window ends at the last whole step and has since / step + 1 points', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1_000_000, max: 2_000_000_000}),
        fc.integer({min: 1, max: 3600}),
        fc.integer({min: 1, max: 1000}),
        (now, step, steps) => {
          const range = timeRange(now + 0.25, steps * step, step)
          expect(range.end % step).toBe(0)
          expect(range.end).toBeLessThanOrEqual(now + 0.25)
          expect(range.end).toBeGreaterThan(now + 0.25 - step)
          expect(pointsIn(range, step)).toBe(steps + 1)
        }
      )
    )
  })
})

describe('headroom collect --prometheus', () => {
  it('pages 2 days at 5s (34,561 points) into 4 requests per metric, none over 11,000 points, contiguous', async () => {
    const out = await run([
      'collect',
      '--prometheus',
      url,
      '--since',
      '2d',
      '--step',
      '5s',
      '--namespace',
      'reports',
      '--out',
      'paged.ndjson'
    ])
    expect(out.code, out.stderr).toBe(0)
    const ranges = queries().map((r) => ({
      query: r.params.get('query') ?? '',
      start: Number(r.params.get('start')),
      end: Number(r.params.get('end')),
      step: r.params.get('step')
    }))
    expect(ranges).toHaveLength(PROMETHEUS_METRICS.length * 4)
    for (const metric of PROMETHEUS_METRICS) {
      const mine = ranges.filter((r) => r.query.includes(`max_over_time(${metric.metric}{`))
      expect(mine.map((r) => (r.end - r.start) / 5 + 1)).toEqual([11000, 11000, 11000, 1561])
      for (const [i, r] of mine.entries()) {
        expect(r.step).toBe('5')
        expect(r.query).toContain('[5s]')
        expect(r.query).toContain('namespace=~"reports"')
        if (i > 0) expect(r.start).toBe((mine[i - 1]?.end ?? 0) + 5)
      }
      expect(((mine.at(-1)?.end ?? 0) - (mine[0]?.start ?? 0)) / 5).toBe((2 * 86400) / 5)
    }
    for (const r of queries())
      expect(
        (Number(r.params.get('end')) - Number(r.params.get('start'))) / Number(r.params.get('step')) + 1
      ).toBeLessThanOrEqual(11000)
    const data = await loadAudit(['paged.ndjson'], {cwd: dir})
    expect(data.instances.map((i) => [i.pod, i.container, i.points])).toEqual([
      ['nightly-29012345-b7n4c', 'proxy', 34561]
    ])
    expect(out.stderr).toMatch(/2d at 5s: 34561 points per series in 4 pages per query, 21 requests/)
  })

  it('collects the sidecar classes of the config (by name and by cAdvisor image), in the shape --audit reads', async () => {
    fake.warnings = ['PromQL info: metric might not be a counter']
    const out = await run([
      'collect',
      '--prometheus',
      url,
      '--since',
      '6h',
      '--step',
      '1m',
      '--out',
      'data/prom.ndjson'
    ])
    expect(out.code, out.stderr).toBe(0)
    const [discovery, ...rest] = fake.requests
    expect(
      fake.requests.every(
        (r) =>
          r.headers['accept-encoding'] === 'gzip' && r.headers['content-type'] === 'application/x-www-form-urlencoded'
      )
    ).toBe(true)
    expect(discovery?.path).toBe('/api/v1/series')
    expect(discovery?.params.get('match[]')).toBe('container_memory_working_set_bytes{container!="",container!="POD"}')
    expect(Number(discovery?.params.get('end')) - Number(discovery?.params.get('start'))).toBe(6 * 3600 + 60)
    expect(rest.map((r) => r.path)).toEqual(PROMETHEUS_METRICS.map(() => '/api/v1/query_range'))
    expect(rest[0]?.params.get('query')).toBe(
      `max by (${KEPT_LABELS.join(', ')}) (max_over_time(container_memory_working_set_bytes{container!="",container!="POD",container=~"cloud-sql-proxy|proxy"}[60s]))`
    )
    expect(rest[3]?.params.get('query')).toContain(
      'kube_pod_container_resource_limits{container!="",container!="POD",resource="memory",container=~"cloud-sql-proxy|proxy"}'
    )
    expect(rest[0]?.params.get('timeout')).toBe('120s')
    expect(rest[0]?.headers['user-agent']).toMatch(/^kube-headroom\//)

    const written = lines('data/prom.ndjson')
    for (const line of written) {
      expect(line).toMatchObject({status: 'success', data: {resultType: 'matrix'}})
      for (const series of line.data.result) {
        expect(PROMETHEUS_METRICS.map((m) => m.metric)).toContain(series.metric.__name__)
        expect(
          Object.keys(series.metric)
            .filter((k) => k !== '__name__')
            .every((k) => (KEPT_LABELS as readonly string[]).includes(k))
        ).toBe(true)
      }
    }
    const pods = new Set(
      written.flatMap((l) => l.data.result.map((s) => `${s.metric.namespace}/${s.metric.pod}/${s.metric.container}`))
    )
    expect([...pods].sort()).toEqual(
      [
        ...SUFFIXES.map((s) => `shop/checkout-7d4b9c8f6-${s}/cloud-sql-proxy`),
        'reports/nightly-29012345-b7n4c/proxy'
      ].sort()
    )
    expect(out.stderr.split('\n').filter((l) => l.includes('Prometheus warns'))).toEqual(
      PROMETHEUS_METRICS.map(() => 'headroom collect: Prometheus warns: PromQL info: metric might not be a counter')
    )
    expect(out.stderr).toMatch(
      /^headroom collect: 7 containers of 1 sidecar class \(cloud-sql-proxy 7\); 6h at 1m: 361 points per series in 1 page per query, 6 requests; series: container_memory_working_set_bytes 7, container_memory_max_usage_bytes 7, container_memory_usage_bytes 7, kube_pod_container_resource_limits 6, kube_pod_container_status_last_terminated_reason 1; \d+\.\d MiB to data\/prom\.ndjson\n$/m
    )

    const data = await loadAudit(['data/prom.ndjson'], {cwd: dir})
    expect(data.files[0]).toMatchObject({format: 'prometheus'})
    const proxy = data.instances.find((i) => i.container === 'proxy')
    // cgroup v2 without memory.peak: cAdvisor's max_usage is 0, which is no peak; usage stays the reference.
    expect(proxy).toMatchObject({points: 361, maxPeak: undefined, image: 'gcr.io/cloudsql-docker/gce-proxy:1.33.2'})
    expect(proxy?.maxUsage).toBeGreaterThan(0)
    const first = data.instances.find(
      (i) => i.pod === `checkout-7d4b9c8f6-${SUFFIXES[0]}` && i.container === 'cloud-sql-proxy'
    )
    expect(first).toMatchObject({points: 361, limitBytes: 64 * MI, oomKilled: true})
    expect(((first?.lastTs ?? 0) - (first?.firstTs ?? 0)) / 3_600_000).toBe(6)
  })

  it('end to end: audit, check and fix --audit use what collect wrote (≥100 points over ≥3 h)', async () => {
    const collected = await run([
      'collect',
      '--prometheus',
      url,
      '--since',
      '6h',
      '--step',
      '1m',
      '--out',
      'e2e.ndjson'
    ])
    expect(collected.code, collected.stderr).toBe(0)
    const data = await loadAudit(['e2e.ndjson'], {cwd: dir})
    const peak = Math.max(
      ...data.instances.filter((i) => i.container === 'cloud-sql-proxy').map((i) => i.maxWorkingSet)
    )

    const audit = await run(['audit', 'e2e.ndjson', '--manifests', 'checkout.yaml', '--format', 'json'])
    expect(audit.code, audit.stderr).toBe(0)
    const report = JSON.parse(audit.stdout) as {
      classes: Record<string, unknown>[]
      containers: Record<string, unknown>[]
    }
    expect(report.containers.find((c) => c.container === 'cloud-sql-proxy')).toMatchObject({
      namespace: 'shop',
      workload: 'checkout',
      kind: 'Deployment',
      match: 'manifest',
      instances: 6,
      points: 6 * 361,
      enough: true,
      observedPeakBytes: peak,
      oom: {limitBytes: 64 * MI}
    })
    const cls = report.classes.find((c) => c.class === 'cloud-sql-proxy')
    // 6 pods with max usage (1.25 × working set) and the image-matched proxy with usage only (1.1 ×).
    expect(cls).toMatchObject({paired: 7, reference: 'mixed'})
    expect(cls?.estimate).toBeCloseTo(1.25, 2)

    const check = await run(['check', '--audit', 'e2e.ndjson', 'checkout.yaml'])
    expect(check.code).toBe(1)
    expect(check.stderr + check.stdout).toMatch(
      /cloud-sql-proxy memory limit 64Mi is below \d+Mi \(observed peak \d+Mi \(2166 points from 6 pods over 6\.0 h\)/
    )
    const fix = await run(['fix', '--audit', 'e2e.ndjson', 'checkout.yaml'])
    expect(fix.code, fix.stderr + fix.stdout).toBe(0)
    const limit = /- name: cloud-sql-proxy[\s\S]*?limits: \{memory: (\d+)Mi\}/.exec(
      readFileSync(path.join(dir, 'checkout.yaml'), 'utf8')
    )?.[1]
    // At least the observed peak × the applied drift (≥ 1) × headroom 1.15, and the OOM floor 64Mi + 100Mi.
    expect(Number(limit) * MI).toBeGreaterThanOrEqual(Math.max(peak * 1.15, 164 * MI))
    const again = await run(['check', '--audit', 'e2e.ndjson', 'checkout.yaml'])
    expect(again.code, again.stderr + again.stdout).toBe(0)
  })

  it('--all-containers: every container, no discovery; --namespace narrows the queries', async () => {
    const out = await run([
      'collect',
      '--prometheus',
      url,
      '--since',
      '1h',
      '--step',
      '5m',
      '--all-containers',
      '--namespace',
      'web',
      '--namespace',
      'shop',
      '--matcher',
      'cluster="prod"',
      '--out',
      'all.ndjson'
    ])
    expect(out.code, out.stderr).toBe(0)
    expect(fake.requests.some((r) => r.path.endsWith('/series'))).toBe(false)
    expect(queries()[0]?.params.get('query')).toContain(
      '{container!="",container!="POD",namespace=~"shop|web",cluster="prod"}'
    )
    const data = await loadAudit(['all.ndjson'], {cwd: dir})
    expect(new Set(data.instances.map((i) => `${i.namespace}/${i.container}`))).toEqual(
      new Set(['shop/checkout', 'shop/cloud-sql-proxy', 'web/proxy'])
    )
    expect(out.stderr).toMatch(/^headroom collect: 13 containers; 1h at 5m: 13 points per series/m)
  })

  it('sends the bearer token (file or environment) and --header values; keeps the path prefix; never prints the token', async () => {
    fake.token = 's3cret-token'
    fake.prefix = '/prom'
    writeFileSync(path.join(dir, 'token'), 's3cret-token\n')
    const denied = await run(['collect', '--prometheus', `${url}/prom`, '--since', '1h', '--out', 'denied.ndjson'])
    expect(denied.code).toBe(2)
    expect(denied.stderr).toBe(
      `headroom collect: ${url}/prom/api/v1/series: HTTP 401 Unauthorized (text/plain; charset=utf-8: Unauthorized); pass a token with --bearer-token-file (or HEADROOM_PROMETHEUS_TOKEN) or --header; denied.ndjson not written\n`
    )
    expect(existsSync(path.join(dir, 'denied.ndjson'))).toBe(false)

    const fromFile = await run([
      'collect',
      '--prometheus',
      `${url}/prom/`,
      '--since',
      '1h',
      '--bearer-token-file',
      'token',
      '--header',
      'X-Scope-OrgID: tenant-a',
      '--header',
      'X-Extra:  two words ',
      '--out',
      'auth.ndjson'
    ])
    expect(fromFile.code, fromFile.stderr).toBe(0)
    expect(fromFile.stderr).not.toContain('s3cret')
    const sent = fake.requests.filter((r) => r.headers.authorization === 'Bearer s3cret-token')
    expect(sent.map((r) => r.path)).toEqual([
      '/prom/api/v1/series',
      ...PROMETHEUS_METRICS.map(() => '/prom/api/v1/query_range')
    ])
    expect(sent.every((r) => r.headers['x-scope-orgid'] === 'tenant-a' && r.headers['x-extra'] === 'two words')).toBe(
      true
    )

    fake.requests = []
    const fromEnv = await run(['collect', '--prometheus', `${url}/prom`, '--since', '1h', '--out', 'env.ndjson'], {
      HEADROOM_PROMETHEUS_TOKEN: 's3cret-token'
    })
    expect(fromEnv.code, fromEnv.stderr).toBe(0)
    expect(fake.requests.every((r) => r.headers.authorization === 'Bearer s3cret-token')).toBe(true)

    const both = await run([
      'collect',
      '--prometheus',
      url,
      '--bearer-token-file',
      'token',
      '--header',
      'authorization: Basic eA=='
    ])
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/both a bearer token \(--bearer-token-file\) and --header "Authorization: …"; give one/)
  })

  it('https with --ca-file; without it, a TLS error that says what to pass', async () => {
    if (!tlsUrl) return expect.fail('openssl could not make a test certificate')
    const trusted = await run([
      'collect',
      '--prometheus',
      tlsUrl,
      '--since',
      '1h',
      '--ca-file',
      'ca.pem',
      '--out',
      'tls.ndjson'
    ])
    expect(trusted.code, trusted.stderr).toBe(0)
    expect((await loadAudit(['tls.ndjson'], {cwd: dir})).instances.length).toBe(7)
    const untrusted = await run(['collect', '--prometheus', tlsUrl, '--since', '1h', '--out', 'untrusted.ndjson'])
    expect(untrusted.code).toBe(2)
    expect(untrusted.stderr).toMatch(
      new RegExp(
        `^headroom collect: ${tlsUrl.replace(/[.]/g, '\\.')}: TLS failed: self-signed certificate \\(DEPTH_ZERO_SELF_SIGNED_CERT\\); pass --ca-file with the CA that signed the server's certificate; untrusted\\.ndjson not written\\n$`
      )
    )
  })

  it('Prometheus errors, an HTML page, a bad answer and an unreachable server: exit 2, the message, and the old file kept', async () => {
    writeFileSync(path.join(dir, 'kept.ndjson'), 'old\n')
    fake.failWith = {
      status: 422,
      type: 'application/json',
      body: JSON.stringify({
        status: 'error',
        errorType: 'execution',
        error: 'query processing would load too many samples into memory in query execution'
      })
    }
    const exec = await run(['collect', '--prometheus', url, '--since', '1h', '--out', 'kept.ndjson'])
    expect(exec.code).toBe(2)
    expect(exec.stderr).toBe(
      `headroom collect: ${url}/api/v1/series: Prometheus answered HTTP 422, execution: query processing would load too many samples into memory in query execution; use a larger --step, a shorter --since or --namespace; kept.ndjson not written\n`
    )
    expect(readFileSync(path.join(dir, 'kept.ndjson'), 'utf8')).toBe('old\n')

    fake.failWith = undefined
    fake.prefix = '/prometheus'
    const html = await run(['collect', '--prometheus', url, '--since', '1h'])
    expect(html.code).toBe(2)
    expect(html.stderr).toBe(
      `headroom collect: ${url}/api/v1/series: HTTP 404 Not Found (text/html: <html><body>404 page not found</body></html>); is the URL the Prometheus server (with its path prefix, if any)?\n`
    )
    expect(html.stdout).toBe('')

    fake.prefix = ''
    fake.numbersAsValues = true
    const bad = await run(['collect', '--prometheus', url, '--since', '1h'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(
      new RegExp(
        `^headroom collect: ${url.replace(/[.]/g, '\\.')}/api/v1/query_range: unexpected answer: /data/result/0/values/0/1 must be a string \\(got \\d+\\)\\n$`
      )
    )

    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const down = await run(['collect', '--prometheus', `http://127.0.0.1:${port}`, '--since', '1h'])
    expect(down.code).toBe(2)
    expect(down.stderr).toBe(
      `headroom collect: http://127.0.0.1:${port}: cannot reach Prometheus: connect ECONNREFUSED 127.0.0.1:${port}\n`
    )
  })

  it('Prometheus refusing more than 11,000 points is reported with its message', async () => {
    // What an unpaged query would get: the fake refuses exactly as web/api/v1/api.go does.
    const res = await fetch(`${url}/api/v1/query_range`, {
      method: 'POST',
      body: new URLSearchParams({query: 'up', start: '0', end: '11001', step: '1'})
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({status: 'error', errorType: 'bad_data', error: MAX_RESOLUTION})
  })

  it('nothing of a sidecar class in the range: exit 2 and no file', async () => {
    const out = await run([
      'collect',
      '--prometheus',
      url,
      '--since',
      '1h',
      '--namespace',
      'nowhere',
      '--out',
      'none.ndjson'
    ])
    expect(out.code).toBe(2)
    expect(out.stderr).toMatch(
      /^headroom collect: no containers of the sidecar classes \(istio-proxy, linkerd-proxy, .*datadog-agent\) in http:\/\/127\.0\.0\.1:\d+ over the last 1h; --all-containers collects every container; none\.ndjson not written\n$/
    )
    expect(existsSync(path.join(dir, 'none.ndjson'))).toBe(false)
  })

  it('usage errors exit 2 before any request', async () => {
    const cases: [string[], RegExp][] = [
      [['--prometheus', 'prometheus:9090'], /--prometheus must be an http:\/\/ or https:\/\/ URL/],
      [['--prometheus', 'not a url'], /--prometheus must be a URL like https:\/\/prometheus\.example:9090/],
      [['--prometheus', url, '--since', 'soon'], /--since must be a duration like 7d or 36h, not "soon"/],
      [['--prometheus', url, '--step', '500ms'], /--step must be whole seconds, at least 1s, not "500ms"/],
      [['--prometheus', url, '--since', '1m', '--step', '5m'], /--since \(1m\) must be at least one --step \(5m\)/],
      [['--prometheus', url, '--samples', '3'], /--samples only applies without --prometheus/],
      [['--since', '7d'], /--since only applies with --prometheus URL/],
      [['--prometheus', url, '--ca-file', 'ca.pem'], /--ca-file only applies to an https:\/\/ URL/],
      [['--prometheus', url, '--header', 'no colon'], /--header must be "Name: value" on one line/],
      [
        ['--prometheus', url, '--matcher', 'cluster=prod'],
        /--matcher must be one PromQL label matcher like cluster="prod"/
      ],
      [['--prometheus', url, '--bearer-token-file', 'missing'], /--bearer-token-file missing cannot be read \(ENOENT\)/]
    ]
    for (const [args, message] of cases) {
      const out = await run(['collect', ...args])
      expect(out.code, args.join(' ')).toBe(2)
      expect(out.stderr).toMatch(message)
    }
    expect(fake.requests).toEqual([])
  })
})
