// What `headroom collect --prometheus` asks Prometheus for: one range query per metric the audit reads
// (src/audit/read.ts, METRIC_ROLES), each the maximum over one step of the raw series, so a spike between two
// steps still counts (an instant selector at each step would see one scrape in ten at a 5m step and a 30s
// scrape interval, and the observed peak would come out low). `max by (…)` keeps only the labels the audit
// reads and merges the duplicates a restart (a new cAdvisor `id`) or a second scrape job leaves; the metric
// name that the aggregation drops is put back on each series before it is written, so the file reads as that
// metric. docs/audit.md shows these queries (generated from this file by scripts/docs.mjs).

export interface PrometheusMetric {
  readonly metric: string
  /** label matchers besides the container/namespace ones */
  readonly matchers: readonly string[]
  /** what the audit reads it as */
  readonly readAs: string
  /** who exports it */
  readonly exporter: 'cAdvisor (kubelet)' | 'kube-state-metrics'
}

export const PROMETHEUS_METRICS: readonly PrometheusMetric[] = [
  {metric: 'container_memory_working_set_bytes', matchers: [], readAs: 'working set', exporter: 'cAdvisor (kubelet)'},
  {
    metric: 'container_memory_max_usage_bytes',
    matchers: [],
    readAs: 'peak, the preferred drift reference (0 on cgroup v2 nodes without `memory.peak`; then dropped)',
    exporter: 'cAdvisor (kubelet)'
  },
  {
    metric: 'container_memory_usage_bytes',
    matchers: [],
    readAs: 'usage, the fallback drift reference',
    exporter: 'cAdvisor (kubelet)'
  },
  {
    metric: 'kube_pod_container_resource_limits',
    matchers: ['resource="memory"'],
    readAs: 'the memory limit',
    exporter: 'kube-state-metrics'
  },
  {
    metric: 'kube_pod_container_status_last_terminated_reason',
    matchers: ['reason="OOMKilled"'],
    readAs: 'an OOM kill (1 while the last termination was one)',
    exporter: 'kube-state-metrics'
  }
]

/** The series that say which containers exist (and, from cAdvisor, with which image). */
export const DISCOVERY_METRIC = 'container_memory_working_set_bytes'

/** Labels kept on every series: what src/audit/read.ts and src/audit/workloads.ts read. */
export const KEPT_LABELS = [
  'namespace',
  'pod',
  'container',
  'image',
  'workload',
  'workload_type',
  'created_by_kind',
  'created_by_name',
  'owner_kind',
  'owner_name'
] as const

export interface QueryScope {
  /** exact container names to ask for; undefined asks for every container */
  readonly containers?: readonly string[] | undefined
  /** exact namespaces; empty asks for every namespace */
  readonly namespaces: readonly string[]
  /** label matchers the user added (`--matcher 'cluster="prod"'`), already checked by isLabelMatcher */
  readonly matchers?: readonly string[] | undefined
}

/** `name="value"`, `name!="value"`, `name=~"re"` or `name!~"re"`: one PromQL label matcher. */
export function isLabelMatcher(text: string): boolean {
  return /^[a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"(?:[^"\\\n]|\\.)*"$/.test(text.trim())
}

/** The selector's label matchers: real containers only (cAdvisor's pod cgroup has container="", the pause container "POD"). */
export function selectorMatchers(extra: readonly string[], scope: QueryScope): string {
  const matchers = ['container!=""', 'container!="POD"', ...extra]
  if (scope.containers !== undefined) matchers.push(`container=~${promString(anyOf(scope.containers))}`)
  if (scope.namespaces.length > 0) matchers.push(`namespace=~${promString(anyOf(scope.namespaces))}`)
  for (const m of scope.matchers ?? []) matchers.push(m.trim())
  return `{${matchers.join(',')}}`
}

/** `max by (…) (max_over_time(METRIC{…}[STEPs]))`: the maximum of each step, one series per container of a pod. */
export function rangeQuery(metric: PrometheusMetric, scope: QueryScope, stepSeconds: number): string {
  return `max by (${KEPT_LABELS.join(', ')}) (max_over_time(${metric.metric}${selectorMatchers(metric.matchers, scope)}[${stepSeconds}s]))`
}

/** The `match[]` of the /api/v1/series call that finds the containers (and images) in the time range. */
export function discoveryMatch(scope: QueryScope): string {
  return `${DISCOVERY_METRIC}${selectorMatchers([], {namespaces: scope.namespaces, matchers: scope.matchers})}`
}

/** An RE2 alternation that matches exactly these strings (Prometheus anchors `=~` at both ends). */
function anyOf(values: readonly string[]): string {
  return [...new Set(values)]
    .sort()
    .map((v) => v.replace(/[\\.^$|?*+()[\]{}]/g, '\\$&'))
    .join('|')
}

/** A PromQL double-quoted string literal. */
function promString(text: string): string {
  return JSON.stringify(text)
}
