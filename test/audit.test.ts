// Live-audit data, in process: format detection and readers, schema errors, pod -> workload mapping,
// the estimators (observed baseline, drift with bootstrap interval and shrinkage, OOM floor) and how
// check/fix use the evidence.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {auditFromTexts, loadAudit, type AuditData} from '../src/audit/data.js'
import {createEvidence, oomFloorBytes, shrink} from '../src/audit/estimate.js'
import {AUDIT_DEFAULTS, resolveAuditOptions, type AuditOptions} from '../src/audit/options.js'
import {buildAuditReport} from '../src/audit/report.js'
import {bootstrapQuantile, quantile, seededRandom} from '../src/audit/stats.js'
import {AuditInputError} from '../src/audit/types.js'
import {kindFits, workloadCandidates} from '../src/audit/workloads.js'
import {parseDrift, resolveSettings, type Settings} from '../src/config/settings.js'
import {analyzeText} from '../src/engine/analyze.js'
import {parseDecimal, rational} from '../src/quantity/rational.js'
import {driftSamples} from '../scripts/gen-audit-fixtures.mjs'
import {ROOT} from './helpers/cli.js'

const FIXTURES = path.join(ROOT, 'fixtures/audit')
const MI = 1048576
const load = (...files: string[]) => loadAudit(files, {cwd: FIXTURES})
const ndjson = (records: readonly object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`

function evidenceSettings(
  data: AuditData,
  config: Parameters<typeof resolveSettings>[0] = {},
  options: AuditOptions = AUDIT_DEFAULTS
): Settings {
  const base = resolveSettings(config)
  return {...base, evidence: createEvidence(data, base, options)}
}

const PRIOR = parseDrift('1.22', '/drift')

describe('audit input formats', () => {
  it('detects every fixture format from its content', async () => {
    const data = await load(
      'kubelet-summary.json',
      'kubelet-summary-array.json',
      'kubelet-summaries.ndjson',
      'prometheus/container_memory_working_set_bytes.json',
      'prometheus/instant-vector.json',
      'samples-v1.json',
      'samples-drift-1.30.ndjson'
    )
    expect(data.files.map((f) => [f.path, f.format, f.records])).toEqual([
      ['kubelet-summary.json', 'kubelet-summary', 1],
      ['kubelet-summary-array.json', 'kubelet-summary', 3],
      ['kubelet-summaries.ndjson', 'kubelet-summary', 62],
      [path.join('prometheus', 'container_memory_working_set_bytes.json'), 'prometheus', 8],
      [path.join('prometheus', 'instant-vector.json'), 'prometheus', 4],
      ['samples-v1.json', 'samples', 1],
      ['samples-drift-1.30.ndjson', 'samples', 480]
    ])
  })

  it('reads kubelet snapshots as points per pod uid, counting a repeated snapshot once', async () => {
    const once = await load('kubelet-summary.json')
    const twice = await load('kubelet-summary.json', 'kubelet-summary.json')
    expect(twice.instances.map((i) => i.points)).toEqual(once.instances.map((i) => i.points))
    const proxy = once.instances.find((i) => i.container === 'istio-proxy')
    expect(proxy?.podUid).toMatch(/^[0-9a-f-]{36}$/)
    expect(proxy?.maxUsage).toBeGreaterThan(proxy?.maxWorkingSet ?? Infinity)
  })

  it('Prometheus: drops NaN/±Inf and pod-level / pause series; names come from __name__ or the file name', async () => {
    const data = await load(
      'prometheus/container_memory_working_set_bytes.json',
      'prometheus/container_memory_max_usage_bytes.json',
      'prometheus/instant-vector.json'
    )
    const [ws, peak, vector] = data.files
    // 6 series × 49 points, two of each non-finite; plus one container="" and one "POD" point.
    expect(ws?.samples).toBe(6 * 47)
    expect(ws?.dropped).toBe(6 * 2 + 2)
    expect(peak?.samples).toBe(6 * 47)
    expect(vector?.samples).toBe(2)
    expect(vector?.dropped).toBe(2)
    expect(data.instances.some((i) => i.container === '' || i.container === 'POD')).toBe(false)
    const proxies = data.instances.filter((i) => i.container === 'istio-proxy')
    expect(proxies).toHaveLength(6)
    for (const i of proxies) {
      expect(i.maxPeak).toBeGreaterThan(i.maxWorkingSet)
      expect(i.image).toBe('docker.io/istio/proxyv2:1.24.0')
    }
    const fluent = data.instances.filter((i) => i.container === 'fluent-bit')
    expect(fluent.map((i) => i.maxWorkingSet).sort()).toEqual([66 * MI, 71 * MI])
  })

  it('Prometheus: OOM from kube-state-metrics terminated reason, limit from resource_limits (memory only)', async () => {
    const data = await load('prometheus/oom.json')
    expect(data.instances).toHaveLength(1)
    const [envoy] = data.instances
    expect(envoy?.oomKilled).toBe(true)
    expect(envoy?.limitBytes).toBe(256 * MI)
    expect(envoy?.maxWorkingSet).toBe(250 * MI)
  })

  it('Prometheus: --metric names another reference metric', () => {
    const response = (name: string, value: number) =>
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'vector',
          result: [{metric: {__name__: name, namespace: 'a', pod: 'p-0', container: 'c'}, value: [1, String(value)]}]
        }
      })
    const texts = [
      {path: 'ws.json', text: response('container_memory_working_set_bytes', 100)},
      {path: 'ref.json', text: response('my_peak_bytes', 130)}
    ]
    expect(auditFromTexts(texts).instances[0]?.maxPeak).toBeUndefined()
    expect(auditFromTexts(texts, {metric: 'my_peak_bytes'}).instances[0]?.maxPeak).toBe(130)
  })

  it('samples: versioned JSON and NDJSON; ts as RFC 3339 or Unix seconds; labels name the workload', () => {
    const text = ndjson([
      {
        namespace: 'a',
        pod: 'web-abc-x2z9k',
        container: 'envoy',
        ts: 1740787200,
        workingSetBytes: 10,
        labels: {'pod-template-hash': 'abc'}
      },
      {
        namespace: 'a',
        pod: 'web-abc-x2z9k',
        container: 'envoy',
        ts: '2025-03-01T00:01:00Z',
        workingSetBytes: 12,
        peakBytes: 15
      }
    ])
    const data = auditFromTexts([{path: 's.ndjson', text}])
    expect(data.files[0]?.format).toBe('samples')
    const [i] = data.instances
    expect(i?.points).toBe(2)
    expect((i?.lastTs ?? 0) - (i?.firstTs ?? 0)).toBe(60_000)
    expect(i?.hint).toEqual({kind: 'Deployment', name: 'web'})
  })
})

describe('bad audit files: file, JSON pointer and what was expected (exit 2 in the CLI)', () => {
  const cases: [string, string][] = [
    [
      'samples-missing-namespace.json',
      'malformed/samples-missing-namespace.json: /samples/0/namespace is required but missing'
    ],
    ['samples-version-2.json', 'malformed/samples-version-2.json: /version must be 1 (got 2)'],
    ['samples-bad-ts.ndjson', 'malformed/samples-bad-ts.ndjson:2: /ts must be an RFC 3339 time'],
    [
      'samples-bytes-string.ndjson',
      'malformed/samples-bytes-string.ndjson:3: /workingSetBytes must be a number (got "3Mi")'
    ],
    [
      'prometheus-value-number.json',
      'malformed/prometheus-value-number.json: /data/result/0/value/1 must be a string (got 123)'
    ],
    [
      'prometheus-value-garbage.json',
      'malformed/prometheus-value-garbage.json: /data/result/0/values/1/1 must be a number in a string'
    ],
    [
      'prometheus-scalar.json',
      'malformed/prometheus-scalar.json: /data/resultType must be one of "vector", "matrix" (got "scalar")'
    ],
    [
      'prometheus-error.json',
      'malformed/prometheus-error.json: /status must be "success" (the query failed: invalid parameter'
    ],
    ['kubelet-no-podref.json', 'malformed/kubelet-no-podref.json: /pods/0/podRef is required but missing'],
    ['kubelet-truncated.ndjson', 'malformed/kubelet-truncated.ndjson:2: / is not valid JSON'],
    ['not-audit-data.json', 'malformed/not-audit-data.json: / is not audit data: expected a kubelet /stats/summary'],
    ['empty.ndjson', 'malformed/empty.ndjson: / is empty']
  ]
  it.each(cases)('%s', async (name, message) => {
    const error = await load(`malformed/${name}`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuditInputError)
    expect(
      (error as Error).message.startsWith(message.replaceAll('/', path.sep === '/' ? '/' : '/')),
      (error as Error).message
    ).toBe(true)
  })

  it('a missing file is reported, not thrown as an internal error', async () => {
    await expect(load('nope.json')).rejects.toThrow(/nope\.json: \/ cannot be read \(ENOENT\)/)
  })
})

describe('pod name -> workload', () => {
  const first = (pod: string) => workloadCandidates(pod)[0]
  it.each([
    ['checkout-7d4b9c8f6-x2z9k', 'Deployment', 'checkout'],
    ['web-api-5c7bd9f8d4-q8w2n', 'Deployment', 'web-api'],
    ['ledger-0', 'StatefulSet', 'ledger'],
    ['ledger-12', 'StatefulSet', 'ledger'],
    ['fluentd-8kq2x', 'DaemonSet/Job', 'fluentd'],
    ['nightly-29012345-b7n4c', 'CronJob', 'nightly'],
    ['hello-00001-deployment-5c7bd9f8d4-q8w2n', 'Service', 'hello'],
    ['standalone', 'Pod', 'standalone']
  ])('%s is %s %s', (pod, label, name) => {
    expect(first(pod)).toMatchObject({label, name})
  })

  it('a manifest kind picks the right reading of an ambiguous name', () => {
    const candidates = workloadCandidates('web-7d4b9c8f6-x2z9k')
    const deployment = candidates.find((c) => kindFits(c, 'Deployment'))
    const daemonSet = candidates.find((c) => kindFits(c, 'DaemonSet'))
    expect(deployment?.name).toBe('web')
    expect(daemonSet?.name).toBe('web-7d4b9c8f6')
    // A custom kind (podTemplatePaths) accepts any reading.
    expect(candidates.every((c) => kindFits(c, 'Worker'))).toBe(true)
  })

  it('hints from the data (labels, owner) win over the name', () => {
    expect(workloadCandidates('x-1', {kind: 'ReplicaSet', name: 'checkout-7d4b9c8f6'})[0]).toMatchObject({
      name: 'checkout',
      label: 'Deployment'
    })
    expect(workloadCandidates('x-1', {kind: 'Job', name: 'nightly-29012345'})[0]).toMatchObject({
      name: 'nightly',
      label: 'CronJob'
    })
    expect(workloadCandidates('x-1', {kind: 'deployment', name: 'api'})[0]).toMatchObject({
      name: 'api',
      label: 'Deployment'
    })
  })

  const SAFE = 'bcdfghjklmnpqrstvwxz2456789'.split('')
  const safe = (min: number, max: number) =>
    fc.array(fc.constantFrom(...SAFE), {minLength: min, maxLength: max}).map((a) => a.join(''))
  const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z][a-z0-9]{0,6}){0,2}$/)
  it('property: controller-made pod names map back to their workload', () => {
    fc.assert(
      fc.property(name, safe(6, 10), safe(5, 5), fc.nat(300), (workload, hash, suffix, ordinal) => {
        const fits = (pod: string, kind: string) =>
          workloadCandidates(pod).some((c) => c.name === workload && kindFits(c, kind))
        expect(fits(`${workload}-${hash}-${suffix}`, 'Deployment')).toBe(true)
        expect(fits(`${workload}-${ordinal}`, 'StatefulSet')).toBe(true)
        expect(fits(`${workload}-${suffix}`, 'DaemonSet')).toBe(true)
        expect(fits(`${workload}-${29012345 + ordinal}-${suffix}`, 'CronJob')).toBe(true)
        expect(fits(workload, 'Pod')).toBe(true)
      }),
      {numRuns: 200}
    )
  })
})

describe('statistics', () => {
  it('quantile interpolates between order statistics (numpy default)', () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12)
    expect(quantile([5], 0.9)).toBe(5)
    expect(Number.isNaN(quantile([], 0.5))).toBe(true)
  })

  it('property: the bootstrap interval is ordered, inside the data range, and independent of input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({min: 1, max: 2, noNaN: true}), {minLength: 5, maxLength: 40}),
        fc.nat(),
        (values, seed) => {
          const ci = bootstrapQuantile(values, 0.9, {resamples: 200})
          const shuffled = [...values].sort(() => seededRandom(seed)() - 0.5)
          expect(bootstrapQuantile(shuffled, 0.9, {resamples: 200})).toEqual(ci)
          expect(ci.low).toBeLessThanOrEqual(ci.high)
          expect(ci.low).toBeGreaterThanOrEqual(Math.min(...values))
          expect(ci.high).toBeLessThanOrEqual(Math.max(...values))
        }
      ),
      {numRuns: 50}
    )
  })
})

describe('drift per sidecar class', () => {
  it('recovers a known drift of 1.30 from generated samples within ±0.03, with a 90% interval', async () => {
    const data = await load('samples-drift-1.30.ndjson')
    const istio = createEvidence(data, resolveSettings()).sidecarClass('istio-proxy', PRIOR)
    expect(istio?.paired).toBe(30)
    expect(istio?.reference).toBe('peakBytes')
    const estimate = istio?.estimate ?? NaN
    expect(Math.abs(estimate - 1.3)).toBeLessThanOrEqual(0.03)
    expect(istio?.ciLow).toBeLessThanOrEqual(estimate)
    expect(istio?.ciHigh).toBeGreaterThanOrEqual(estimate)
    // Shrinkage: (n·estimate + k·prior)/(n + k), rounded up to 0.01.
    const blended = (30 * estimate + 5 * 1.22) / 35
    expect(Number(istio?.applied.text)).toBe(Math.ceil(blended * 100 - 1e-9) / 100)
    expect(istio?.note).toMatch(/^estimate 1\.\d\d from 30 pods, 90% CI 1\.\d\d–1\.\d\d$/)
    process.stdout.write(
      `audit: drift 1.30 recovered as ${estimate.toFixed(4)} (90% CI ${istio?.ciLow?.toFixed(4)}–${istio?.ciHigh?.toFixed(4)}), applied ${istio?.applied.text}\n`
    )
  })

  it('property: any seed recovers 1.30 within ±0.03 (40 pods)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 2 ** 31 - 1}), (seed) => {
        const {samples} = driftSamples({seed, pods: 40, sigma: 0.02, points: 4})
        const data = auditFromTexts([{path: 'gen.ndjson', text: ndjson(samples)}])
        const found = createEvidence(data, resolveSettings(), {...AUDIT_DEFAULTS, resamples: 100}).sidecarClass(
          'istio-proxy',
          PRIOR
        )
        expect(Math.abs((found?.estimate ?? NaN) - 1.3)).toBeLessThanOrEqual(0.03)
      }),
      {numRuns: 25}
    )
  })

  it('working set only: applied is the prior, and the reason says no paired reference exists', async () => {
    const data = await load('samples-working-set-only.ndjson')
    const linkerd = createEvidence(data, resolveSettings()).sidecarClass('linkerd-proxy', PRIOR)
    expect(linkerd).toMatchObject({instances: 8, paired: 0, reference: null, estimate: null, ciLow: null, ciHigh: null})
    expect(linkerd?.applied).toBe(PRIOR)
    expect(linkerd?.reason).toMatch(/no paired reference/)
  })

  it('fewer pods than minInstances: no estimate; usage is the reference without a peak', async () => {
    const data = await load('samples-v1.json')
    const evidence = createEvidence(data, resolveSettings())
    expect(evidence.sidecarClass('cloud-sql-proxy', PRIOR)).toMatchObject({paired: 6, reference: 'usageBytes'})
    const strict = createEvidence(data, resolveSettings(), {...AUDIT_DEFAULTS, minInstances: 7}).sidecarClass(
      'cloud-sql-proxy',
      PRIOR
    )
    expect(strict?.estimate).toBeNull()
    expect(strict?.reason).toMatch(/only 6 pods with a paired reference \(need 7\)/)
  })

  it('shrinkage is exact: clamped to [1, 2], rounded up to 0.01', () => {
    const prior = parseDecimal('1.22') ?? rational(1n)
    expect(shrink(1.31, 20, prior, 5).applied.text).toBe('1.30') // (26.2 + 6.1)/25 = 1.292
    expect(shrink(1.305, 20, prior, 5).applied.text).toBe('1.29') // 1.288
    expect(shrink(0.8, 50, prior, 5)).toMatchObject({applied: {text: '1.00'}, clamped: true})
    expect(shrink(3.5, 50, prior, 5)).toMatchObject({applied: {text: '2.00'}, clamped: true})
    expect(shrink(1.4, 10, prior, 0).applied.text).toBe('1.40')
    fc.assert(
      fc.property(
        fc.double({min: 0.5, max: 4, noNaN: true}),
        fc.integer({min: 1, max: 1000}),
        fc.integer({min: 0, max: 50}),
        (e, n, k) => {
          const {applied} = shrink(e, n, prior, k)
          const hundredths = applied.value.n * 100n
          expect(hundredths % applied.value.d).toBe(0n)
          const x = Number(applied.text)
          expect(x).toBeGreaterThanOrEqual(1)
          expect(x).toBeLessThanOrEqual(2)
          const blended = Math.min(2, Math.max(1, (n * e + k * 1.22) / (n + k)))
          expect(x).toBeGreaterThanOrEqual(blended - 1e-9)
          expect(x - blended).toBeLessThan(0.01 + 1e-9)
        }
      )
    )
  })

  it('same input in any order gives the same report (fixed bootstrap seed)', async () => {
    const text = readFileSync(path.join(FIXTURES, 'samples-drift-1.30.ndjson'), 'utf8')
    const reversed = `${text.trimEnd().split('\n').reverse().join('\n')}\n`
    const report = (t: string) => {
      const data = auditFromTexts([{path: 'x.ndjson', text: t}])
      return JSON.stringify(buildAuditReport(data, evidenceSettings(data)))
    }
    expect(report(reversed)).toBe(report(text))
  })
})

describe('observed baseline and OOM evidence', () => {
  it('needs ≥100 points over ≥3 h by default; both are configurable', async () => {
    const data = await load('samples-drift-1.30.ndjson', 'samples-oom.json')
    const evidence = createEvidence(data, resolveSettings())
    const checkout = evidence.container({
      namespace: 'shop',
      kind: 'Deployment',
      workload: 'checkout',
      container: 'istio-proxy'
    })
    expect(checkout).toMatchObject({instances: 30, points: 240, enough: true})
    expect(checkout?.spanHours).toBeGreaterThan(3)
    const cart = evidence.container({namespace: 'shop', kind: 'Deployment', workload: 'cart', container: 'envoy'})
    expect(cart).toMatchObject({instances: 4, points: 20, enough: false})
    expect(cart?.reason).toMatch(/^not enough data: 20 points from 4 pods over 0\.3 h \(need ≥100 points over ≥3 h\)$/)
    const lenient = createEvidence(data, resolveSettings(), resolveAuditOptions({minPoints: 20, minSpanHours: 0.25}))
    expect(lenient.container({namespace: 'shop', workload: 'cart', container: 'envoy'})?.enough).toBe(true)
    // Kind matters: no StatefulSet is called checkout; a namespace-less manifest matches any namespace.
    expect(
      evidence.container({namespace: 'shop', kind: 'StatefulSet', workload: 'checkout', container: 'istio-proxy'})
    ).toBeUndefined()
    expect(evidence.container({kind: 'Deployment', workload: 'checkout', container: 'istio-proxy'})?.instances).toBe(30)
    expect(
      evidence.container({namespace: 'other', kind: 'Deployment', workload: 'checkout', container: 'istio-proxy'})
    ).toBeUndefined()
  })

  it('observed peak is the configured percentile over pods of each pod max working set', () => {
    const records = [100, 200, 300, 400, 500].flatMap((mi, p) =>
      Array.from({length: 30}, (_, i) => ({
        namespace: 'a',
        pod: `db-${p}`,
        container: 'envoy',
        ts: i * 600,
        workingSetBytes: i === 29 ? mi * MI : MI
      }))
    )
    const data = auditFromTexts([{path: 's.ndjson', text: ndjson(records)}])
    const key = {namespace: 'a', kind: 'StatefulSet', workload: 'db', container: 'envoy'}
    expect(createEvidence(data, resolveSettings()).container(key)?.observedPeakBytes).toBe(500 * MI)
    expect(
      createEvidence(data, resolveSettings(), resolveAuditOptions({percentile: 50})).container(key)?.observedPeakBytes
    ).toBe(300 * MI)
  })

  it("OOM: the limit must be at least max(L + 100Mi, 1.2 × L) of the limit that was killed (VPA's rule)", async () => {
    expect(oomFloorBytes(256n * BigInt(MI))).toBe(356n * BigInt(MI)) // + 100Mi wins
    expect(oomFloorBytes(1024n * BigInt(MI))).toBe(BigInt(Math.ceil(1.2 * 1024 * MI))) // × 1.2 wins
    expect(oomFloorBytes(500n * BigInt(MI))).toBe(600n * BigInt(MI)) // tie
    const data = await load('samples-oom.json', 'prometheus/oom.json')
    const evidence = createEvidence(data, resolveSettings())
    expect(
      evidence.container({namespace: 'shop', kind: 'Deployment', workload: 'cart', container: 'envoy'})?.oom
    ).toEqual({
      pods: 2,
      limitBytes: 256 * MI,
      limitFrom: 'limit',
      floorBytes: 356n * BigInt(MI)
    })
    // Without a limit in the data, the largest memory seen stands in for L.
    expect(evidence.container({namespace: 'shop', workload: 'orders', container: 'envoy'})?.oom).toMatchObject({
      limitBytes: 99 * MI,
      limitFrom: 'observed'
    })
  })
})

describe('check/fix with evidence', () => {
  // Class floors (issue 12) off: these tests check the evidence arithmetic itself.
  const noFloors = {sidecars: {'istio-proxy': {floor: null}, envoy: {floor: null}}}
  const manifest = (limit: string, request?: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: checkout, namespace: shop}
spec:
  template:
    spec:
      containers:
        - name: checkout
          image: shop/checkout:1.4
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          resources:
${request ? `            requests: {memory: ${request}}\n` : ''}            limits: {memory: ${limit}}
`

  it('messages cite the evidence; the baseline is max(request, observed); a second fix changes nothing', async () => {
    const data = await load('samples-drift-1.30.ndjson')
    const settings = evidenceSettings(data, noFloors)
    const istio = settings.evidence?.sidecarClass('istio-proxy', PRIOR)
    const observed = settings.evidence?.container({
      namespace: 'shop',
      kind: 'Deployment',
      workload: 'checkout',
      container: 'istio-proxy'
    })
    const observedMi = Math.ceil((observed?.observedPeakBytes ?? 0) / MI)
    const required = Math.ceil(observedMi * Number(istio?.applied.text) * 1.15 - 1e-9)
    const first = analyzeText({path: 'a.yaml', text: manifest('180Mi', '128Mi')}, settings, {fix: true})
    const [finding] = first.findings
    expect(finding?.message).toContain(
      `is below ${required}Mi (observed peak ${observedMi}Mi (240 points from 30 pods over 5.9 h) > request 128Mi × drift ${istio?.applied.text} (${istio?.note}) × headroom 1.15)`
    )
    expect(finding?.data?.evidence).toMatchObject({
      drift: {class: 'istio-proxy', pods: 30},
      observed: {enough: true, pods: 30}
    })
    expect(first.output).toContain(`limits: {memory: ${required}Mi}`)
    const second = analyzeText({path: 'a.yaml', text: first.output ?? ''}, settings, {fix: true})
    expect(second.findings).toEqual([])
    expect(second.output).toBeUndefined()
  })

  it('evidence about other workloads and classes changes nothing', async () => {
    const data = await load('samples-working-set-only.ndjson')
    const text = manifest('140Mi', '128Mi').replace(
      'name: checkout, namespace: shop',
      'name: elsewhere, namespace: shop'
    )
    const plain = analyzeText({path: 'a.yaml', text}, resolveSettings(noFloors), {fix: false})
    const withEvidence = analyzeText({path: 'a.yaml', text}, evidenceSettings(data, noFloors), {fix: false})
    expect(withEvidence.findings).toEqual(plain.findings)
    expect(plain.findings[0]?.message).toBe(
      'istio-proxy memory limit 140Mi is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15)'
    )
  })

  it('a limit without a request: the request is pinned and the target stays put', async () => {
    const data = await load('samples-drift-1.30.ndjson')
    const settings = evidenceSettings(data, noFloors)
    const first = analyzeText({path: 'a.yaml', text: manifest('150Mi')}, settings, {fix: true})
    expect(first.findings[0]?.message).toMatch(/fix would pin requests\.memory to 150Mi$/)
    const second = analyzeText({path: 'a.yaml', text: first.output ?? ''}, settings, {fix: true})
    expect(second.output).toBeUndefined()
  })

  it('not enough data: the no-data baseline stays and the message says so', async () => {
    const data = await load('samples-oom.json')
    const settings = evidenceSettings(data, noFloors)
    const text = manifest('300Mi', '200Mi')
      .replaceAll('checkout', 'cart')
      .replace('istio-proxy', 'envoy')
      .replace('docker.io/istio/proxyv2:1.24.0', 'envoyproxy/envoy:v1.31.0')
    const result = analyzeText({path: 'a.yaml', text}, settings, {fix: false})
    expect(result.findings[0]?.message).toBe(
      'envoy memory limit 300Mi is below 356Mi (request 200Mi (observed peak not used, not enough data: 20 points from 4 pods over 0.3 h) × drift 1.22 (prior; only 1 pod with a paired reference, need 5) × headroom 1.15 = 281Mi, raised because it was OOM-killed at limit L = 256Mi (1 pod): max(L + 100Mi, 1.2 × L))'
    )
  })

  it('the audit config section: prior and k', async () => {
    const data = await load('samples-drift-1.30.ndjson')
    const base = resolveSettings({})
    const options = resolveAuditOptions({prior: '1.5', k: 1000})
    const evidence = createEvidence(data, base, options)
    // A heavy prior pulls the applied drift almost to it.
    const found = evidence.sidecarClass('istio-proxy', options.prior ?? PRIOR)
    expect(Number(found?.applied.text)).toBeGreaterThan(1.48)
    expect(() => resolveAuditOptions({k: -1})).toThrow(/whole number/)
    expect(() => resolveAuditOptions({prior: '0.9'})).toThrow(/drift must be a factor/)
  })
})

describe('audit input limits', () => {
  it('refuses more audit files than it reads, before reading any', async () => {
    const {loadAudit, MAX_AUDIT_FILES} = await import('../src/audit/data.js')
    const files = Array.from({length: MAX_AUDIT_FILES + 1}, (_, i) => `missing-${i}.json`)
    await expect(loadAudit(files, {cwd: process.cwd()})).rejects.toThrow(/at most 1000 are read/)
  })
})
