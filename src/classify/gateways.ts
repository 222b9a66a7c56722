// Gateways and data planes: pods whose proxy is the main process, not a sidecar of something else. An
// Envoy Gateway, Contour, Istio gateway or Emissary pod runs envoy (or istio-proxy) as its workload; its
// limits are checked by the generic rules, never sized by the sidecar headroom rule.
import type {Workload} from '../extract/workloads.js'
import {getMap, getString} from '../parse/nodes.js'

export interface Gateway {
  /** what kind of gateway, for messages and docs */
  readonly reason: string
  /** sidecar classes that are this pod's own proxy (a mesh sidecar next to it stays a sidecar) */
  readonly proxyClasses: readonly string[]
}

const ENVOY = ['envoy']
const ISTIO = ['istio-proxy', 'envoy']

/** The gateway / data plane this workload is, or undefined. */
export function gatewayOf(workload: Workload): Gateway | undefined {
  const reason = gatewayReason(workload)
  return reason ? {reason: reason.text, proxyClasses: reason.istio ? ISTIO : ENVOY} : undefined
}

function gatewayReason(workload: Workload): {text: string; istio?: boolean} | undefined {
  const metadata = [getMap(workload.object, 'metadata'), getMap(workload.template, 'metadata')]
  const label = (key: string) => first(metadata.map((m) => getString(getMap(m, 'labels'), key)))
  const annotation = (key: string) => first(metadata.map((m) => getString(getMap(m, 'annotations'), key)))
  // Envoy Gateway's infra labels every proxy it renders (internal/infrastructure/kubernetes/proxy).
  if (
    label('gateway.envoyproxy.io/owning-gateway-name') !== undefined ||
    label('gateway.envoyproxy.io/owning-gatewayclass') !== undefined
  )
    return {text: 'Envoy Gateway proxy'}
  if (label('app.kubernetes.io/managed-by') === 'envoy-gateway' && label('app.kubernetes.io/component') === 'proxy')
    return {text: 'Envoy Gateway proxy'}
  // Istio gateways: the gateway injection template, the gateway chart's labels, or a Gateway API deployment.
  if ((annotation('inject.istio.io/templates') ?? '').split(',').some((t) => t.trim() === 'gateway'))
    return {text: 'Istio gateway (inject.istio.io/templates: gateway)', istio: true}
  const istio = label('istio')
  if (istio !== undefined && /gateway$/.test(istio)) return {text: `Istio gateway (istio: ${istio})`, istio: true}
  if (label('gateway.istio.io/managed') !== undefined || label('istio.io/gateway-name') !== undefined)
    return {text: 'Istio gateway (Gateway API)', istio: true}
  // Emissary-ingress / Ambassador run envoy inside their own container.
  const name = label('app.kubernetes.io/name') ?? label('app')
  if (name !== undefined && /^(emissary-ingress|ambassador)$/.test(name)) return {text: `Emissary/Ambassador (${name})`}
  if (label('product') === 'aes') return {text: 'Ambassador Edge Stack'}
  const images = workload.containers.map((c) => c.image ?? '')
  if (images.some((i) => /datawire\/(emissary|ambassador|aes)/.test(i))) return {text: 'Emissary/Ambassador'}
  // Contour: its envoy data plane, next to contour (xDS server / shutdown manager), is the workload.
  if (images.some((i) => /(projectcontour|heptio-images)\/contour/.test(i))) return {text: 'Contour envoy'}
  return undefined
}

function first(values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined)
}
