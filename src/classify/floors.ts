// The lowest memory limit kube-headroom writes for a sidecar class: what the project itself ships or
// recommends for production. A limit computed from a small request or a quiet week of measurements is
// raised to this floor, so a written limit is never below what upstream considers sane. Override per class
// with `sidecars.<class>.floor` (null turns it off). The table is rendered into docs/config.md.
import {MI} from '../quantity/memory.js'

export interface ClassFloor {
  readonly classId: string
  readonly bytes: bigint
  /** the value as upstream writes it */
  readonly text: string
  /** in a few words, for messages */
  readonly short: string
  /** what upstream says, and where */
  readonly source: string
  readonly url: string
}

export const DEFAULT_FLOORS: readonly ClassFloor[] = [
  {
    classId: 'istio-proxy',
    short: "Istio's default sidecar limit",
    bytes: 1024n * MI,
    text: '1024Mi',
    source: 'Istio sidecar default limit (global.proxy.resources.limits.memory)',
    url: 'https://github.com/istio/istio/blob/master/manifests/charts/istio-control/istio-discovery/values.yaml'
  },
  {
    classId: 'linkerd-proxy',
    short: "Linkerd's HA proxy limit",
    bytes: 250n * MI,
    text: '250Mi',
    source: 'Linkerd high-availability values (proxy.resources.memory.limit)',
    url: 'https://github.com/linkerd/linkerd2/blob/main/charts/linkerd-control-plane/values-ha.yaml'
  },
  {
    classId: 'daprd',
    short: "Dapr's production sidecar limit",
    bytes: 1000n * MI,
    text: '1000Mi',
    source: 'Dapr production guidelines, sidecar resource settings (limit 1000Mi, request 250Mi)',
    url: 'https://docs.dapr.io/operations/hosting/kubernetes/kubernetes-production/'
  },
  {
    classId: 'envoy',
    short: "Envoy Gateway's default proxy memory",
    bytes: 512n * MI,
    text: '512Mi',
    source: 'Envoy Gateway default proxy memory request (DefaultDeploymentMemoryResourceRequests)',
    url: 'https://github.com/envoyproxy/gateway/blob/main/api/v1alpha1/shared_types.go'
  }
]
