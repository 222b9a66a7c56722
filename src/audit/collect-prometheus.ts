// `headroom collect --prometheus URL`: weeks of cAdvisor and kube-state-metrics data from Prometheus, written
// as what `--audit` reads: NDJSON whose every line is a Prometheus query_range answer (matrix), checked against
// schemas/audit-prometheus.schema.json as it arrives, with each series labelled with the metric it was computed
// from (__name__) and only the labels the audit reads (KEPT_LABELS).
//
//   1. /api/v1/series over the window finds the containers and, from cAdvisor, their images; a container is
//      kept when its name or image puts it in a sidecar class (the classes of the config, as check sees them),
//      or every container with --all-containers.
//   2. One range query per metric (PROMETHEUS_METRICS) and page (prometheus-pages.ts), asking for those
//      container names only; series of pods whose container was not kept (a same-named app elsewhere) are
//      dropped.
import type {SidecarClass} from '../config/settings.js'
import type {CollectSink} from './collect.js'
import {sidecarClassOf} from './estimate.js'
import {PrometheusError, type PrometheusClient} from './prometheus-client.js'
import {pages, timeRange, type Page} from './prometheus-pages.js'
import {KEPT_LABELS, PROMETHEUS_METRICS, discoveryMatch, rangeQuery, type QueryScope} from './prometheus-queries.js'
import {checkShape} from './schemas.js'
import {AuditInputError} from './types.js'

export interface PrometheusCollectOptions {
  readonly sinceSeconds: number
  readonly stepSeconds: number
  readonly namespaces: readonly string[]
  /** extra label matchers for every selector (`--matcher`) */
  readonly matchers: readonly string[]
  /** the classes whose containers are collected; undefined collects every container */
  readonly sidecars: readonly SidecarClass[] | undefined
  /** the server-side query timeout, in seconds */
  readonly timeoutSeconds: number
  /** stop when the output grows past this many bytes (what one --audit file may be) */
  readonly maxOutputBytes: number
}

export interface PrometheusCollectResult {
  readonly range: Page
  readonly pages: number
  readonly requests: number
  /** series written, per metric */
  readonly series: Readonly<Record<string, number>>
  /** containers of pods (namespace/pod/container) found, per sidecar class (or `*` for --all-containers) */
  readonly containers: Readonly<Record<string, number>>
  readonly bytes: number
}

type Labels = Record<string, string>

interface MatrixSeries {
  metric: Labels
  values: [number, string][]
}

export async function collectPrometheus(
  client: Pick<PrometheusClient, 'post' | 'shownUrl'>,
  options: PrometheusCollectOptions,
  sink: CollectSink,
  log: (message: string) => void
): Promise<PrometheusCollectResult> {
  const step = options.stepSeconds
  const range = timeRange(Date.now() / 1000, options.sinceSeconds, step)
  const pageList = pages(range, step)
  let requests = 0
  const post = async (endpoint: string, params: [string, string][]) => {
    requests++
    const answer = await client.post(endpoint, params)
    for (const warning of answer.warnings) log(`Prometheus warns: ${warning}`)
    return answer.data
  }

  const containers: Record<string, number> = {}
  let keep: (labels: Labels) => boolean = () => true
  let scope: QueryScope = {namespaces: options.namespaces, matchers: options.matchers}
  if (options.sidecars) {
    // The first window of the range reaches one step before its first point.
    const data = await post('series', [
      ['match[]', discoveryMatch(scope)],
      ['start', String(range.start - step)],
      ['end', String(range.end)]
    ])
    const found = classify(validSeries(data, client.shownUrl), options.sidecars)
    for (const [cls, count] of found.perClass) containers[cls] = count
    keep = (labels) => found.instances.has(instanceKey(labels))
    scope = {...scope, containers: [...found.names]}
    if (found.names.size === 0) return {range, pages: pageList.length, requests, series: {}, containers, bytes: 0}
  }

  const series: Record<string, number> = {}
  const instances = new Set<string>()
  let bytes = 0
  for (const metric of PROMETHEUS_METRICS) {
    series[metric.metric] = 0
    const query = rangeQuery(metric, scope, step)
    for (const page of pageList) {
      const data = await post('query_range', [
        ['query', query],
        ['start', String(page.start)],
        ['end', String(page.end)],
        ['step', String(step)],
        ['timeout', `${options.timeoutSeconds}s`]
      ])
      const result: MatrixSeries[] = []
      for (const s of validMatrix(data, client.shownUrl)) {
        if (s.values.length === 0 || !keep(s.metric)) continue
        result.push({metric: {__name__: metric.metric, ...pick(s.metric)}, values: s.values})
        if (metric === PROMETHEUS_METRICS[0]) instances.add(instanceKey(s.metric))
      }
      if (result.length === 0) continue
      series[metric.metric] = (series[metric.metric] ?? 0) + result.length
      const line = `${JSON.stringify({status: 'success', data: {resultType: 'matrix', result}})}\n`
      bytes += Buffer.byteLength(line)
      if (bytes > options.maxOutputBytes) {
        throw new PrometheusError(
          `the data is over ${Math.round(options.maxOutputBytes / 1048576)} MiB, the most one --audit file may be; use a larger --step, a shorter --since or --namespace`
        )
      }
      await sink.write([line.slice(0, -1)])
    }
  }
  if (!options.sidecars) containers['*'] = instances.size
  return {range, pages: pageList.length, requests, series, containers, bytes}
}

function instanceKey(labels: Labels): string {
  return `${labels.namespace ?? ''}\u0000${labels.pod ?? ''}\u0000${labels.container ?? ''}`
}

function pick(labels: Labels): Labels {
  const out: Labels = {}
  for (const key of KEPT_LABELS) if (labels[key] !== undefined && labels[key] !== '') out[key] = labels[key]
  return out
}

/** Containers (by pod) whose name, or cAdvisor image, puts them in a sidecar class. */
function classify(
  labelSets: readonly Labels[],
  sidecars: readonly SidecarClass[]
): {instances: Set<string>; names: Set<string>; perClass: Map<string, number>} {
  const instances = new Set<string>()
  const names = new Set<string>()
  const perClass = new Map<string, number>()
  for (const labels of labelSets) {
    const {container, namespace, pod} = labels
    if (!container || !namespace || !pod) continue
    const cls = sidecarClassOf(sidecars, container, labels.image || undefined)
    if (cls === undefined) continue
    const key = instanceKey(labels)
    if (instances.has(key)) continue
    instances.add(key)
    names.add(container)
    perClass.set(cls, (perClass.get(cls) ?? 0) + 1)
  }
  return {instances, names, perClass: new Map([...perClass].sort(([a], [b]) => (a < b ? -1 : 1)))}
}

function validSeries(data: unknown, url: string): Labels[] {
  shapeOf('prometheus-series', data, `${url}/api/v1/series`)
  return data as Labels[]
}

function validMatrix(data: unknown, url: string): MatrixSeries[] {
  const answer = {status: 'success', data}
  shapeOf('prometheus', answer, `${url}/api/v1/query_range`)
  const {resultType, result} = data as {resultType: string; result: MatrixSeries[]}
  if (resultType !== 'matrix')
    throw new PrometheusError(`${url}/api/v1/query_range: answered a ${resultType}, not a matrix`)
  return result
}

function shapeOf(name: 'prometheus' | 'prometheus-series', data: unknown, where: string): void {
  try {
    checkShape(name, data, where)
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error
    const pointer = name === 'prometheus' ? error.pointer : `/data${error.pointer}`
    throw new PrometheusError(`${where}: unexpected answer: ${pointer || '/'} ${error.expected}`)
  }
}
