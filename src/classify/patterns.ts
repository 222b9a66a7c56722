// Default sidecar classes: who is a sidecar when declared in the manifest. A class id is also the key for
// per-sidecar settings (`sidecars: {istio-proxy: {drift: 1.3}}`).
export interface SidecarPattern {
  readonly id: string
  /** exact container names, or `/regex/` */
  readonly names: readonly string[]
  /** image substrings, or `/regex/` */
  readonly images: readonly string[]
}

export const DEFAULT_SIDECARS: readonly SidecarPattern[] = [
  {id: 'istio-proxy', names: ['istio-proxy'], images: ['istio/proxyv2', '/(^|\\/)proxyv2(:|@|$)/']},
  {id: 'linkerd-proxy', names: ['linkerd-proxy'], images: ['linkerd/proxy:', '/linkerd2?\\/proxy(@|$)/']},
  {id: 'envoy', names: ['envoy', 'envoy-sidecar', 'envoyproxy'], images: ['envoyproxy/envoy']},
  {id: 'daprd', names: ['daprd'], images: ['daprio/daprd', 'dapr/daprd']},
  {id: 'vault-agent', names: ['vault-agent'], images: []},
  {id: 'consul-dataplane', names: ['consul-dataplane'], images: ['consul-dataplane']},
  {
    id: 'otel-collector',
    names: ['otc-container', 'otel-collector', 'opentelemetry-collector'],
    images: ['opentelemetry-collector', 'otel/opentelemetry-collector']
  },
  {id: 'fluentd', names: ['fluentd'], images: ['fluent/fluentd', 'fluentd-kubernetes-daemonset']},
  {id: 'fluent-bit', names: ['fluent-bit', 'fluentbit'], images: ['fluent/fluent-bit', 'fluent-bit:']},
  {id: 'vector', names: ['vector'], images: ['timberio/vector']},
  {id: 'promtail', names: ['promtail'], images: ['grafana/promtail']},
  {
    id: 'cloud-sql-proxy',
    names: ['cloud-sql-proxy', 'cloudsql-proxy'],
    images: ['cloud-sql-proxy', 'cloudsql-proxy', 'cloudsql-docker/gce-proxy']
  },
  {id: 'oauth2-proxy', names: ['oauth2-proxy'], images: ['oauth2-proxy']},
  {id: 'queue-proxy', names: ['queue-proxy'], images: ['/knative.*\\/queue/']},
  {id: 'datadog-agent', names: ['datadog-agent'], images: ['datadog/agent', 'datadog/dogstatsd']}
]

/**
 * Helper containers: small processes that serve the pod's main process (drain on shutdown, reload config,
 * guard a metrics port). They are neither the application nor a sidecar, so a proxy whose only neighbours
 * are helpers is the workload itself (an Envoy Gateway or Contour envoy pod), not a sidecar.
 */
export const DEFAULT_HELPERS: {readonly names: readonly string[]; readonly images: readonly string[]} = {
  names: [
    'shutdown-manager',
    'envoy-shutdown-manager',
    'config-reloader',
    'configmap-reload',
    'config-reload',
    'prometheus-config-reloader',
    'kube-rbac-proxy'
  ],
  images: ['prometheus-config-reloader', 'configmap-reload', 'kube-rbac-proxy']
}

export type Matcher = (value: string) => boolean

/** `/re/flags` is a regular expression; anything else matches exactly (names) or as a substring (images). */
export function compilePattern(pattern: string, mode: 'exact' | 'substring'): Matcher {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(pattern)
  if (re) {
    const regex = new RegExp(re[1] as string, re[2])
    return (value) => regex.test(value)
  }
  return mode === 'exact' ? (value) => value === pattern : (value) => value.includes(pattern)
}

export function isRegexPattern(pattern: string): boolean {
  return /^\/(.+)\/([a-z]*)$/s.test(pattern)
}
