// Sidecars an admission webhook injects at deploy time. They are not in the manifest: their memory comes
// from pod-template annotations, else from the injector's own defaults. This table is what the webhooks
// do (overridable in config: `injectors: {istio: {defaultLimit: 512Mi}}`).
import {rational, type Rational} from '../quantity/rational.js'

export interface Injector {
  /** config key */
  readonly id: string
  readonly title: string
  /** the container it injects; also the sidecar class for per-sidecar settings */
  readonly container: string
  readonly requestAnnotation: string
  readonly limitAnnotation: string
  readonly defaultRequest: Rational | undefined
  readonly defaultLimit: Rational | undefined
  /** the injector drops all its resource defaults once any of these annotations is set (Istio) */
  readonly resourceAnnotations?: readonly string[] | undefined
  /** what turns injection on; see detect.ts */
  readonly enable: EnableRule
}

export interface EnableRule {
  /** label or annotation on the pod template (or the Pod) */
  readonly podKey?: string
  readonly podOn?: readonly string[]
  readonly podOff?: readonly string[]
  /** the pod key is read from labels too (Istio prefers the label) */
  readonly podLabel?: boolean
  /** namespace label/annotation: key -> values that enable (`*` = any value) / disable */
  readonly namespace?: readonly {key: string; on: readonly string[]; off?: readonly string[]}[]
  /** annotation that cancels injection of the long-running sidecar (Vault's pre-populate-only) */
  readonly cancelledBy?: {key: string; values: readonly string[]}
  /** every object of these API groups and kinds gets the sidecar (Knative) */
  readonly kinds?: readonly {group: string; kind: string}[]
  /** a namespace "off" label beats a pod "on" (Istio's two webhooks) */
  readonly namespaceOffWins?: boolean
  /** injection can be turned on outside the pod template (namespace label, cluster-wide default) */
  readonly outsideRepo?: boolean
}

const Mi = (n: number) => rational(BigInt(n) * 1048576n)

export const INJECTORS: readonly Injector[] = [
  {
    id: 'istio',
    title: 'Istio',
    container: 'istio-proxy',
    requestAnnotation: 'sidecar.istio.io/proxyMemory',
    limitAnnotation: 'sidecar.istio.io/proxyMemoryLimit',
    defaultRequest: Mi(128),
    defaultLimit: Mi(1024),
    resourceAnnotations: ['sidecar.istio.io/proxyCPU', 'sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemory', 'sidecar.istio.io/proxyMemoryLimit'],
    enable: {
      podKey: 'sidecar.istio.io/inject',
      podOn: ['true'],
      podOff: ['false'],
      podLabel: true,
      namespaceOffWins: true,
      outsideRepo: true,
      namespace: [
        {key: 'istio-injection', on: ['enabled'], off: ['disabled']},
        {key: 'istio.io/rev', on: ['*']}
      ]
    }
  },
  {
    id: 'linkerd',
    title: 'Linkerd',
    container: 'linkerd-proxy',
    requestAnnotation: 'config.linkerd.io/proxy-memory-request',
    limitAnnotation: 'config.linkerd.io/proxy-memory-limit',
    defaultRequest: undefined,
    defaultLimit: undefined,
    enable: {
      podKey: 'linkerd.io/inject',
      podOn: ['enabled', 'ingress'],
      podOff: ['disabled'],
      outsideRepo: true,
      namespace: [{key: 'linkerd.io/inject', on: ['enabled', 'ingress'], off: ['disabled']}]
    }
  },
  {
    id: 'vault',
    title: 'Vault Agent',
    container: 'vault-agent',
    requestAnnotation: 'vault.hashicorp.com/agent-requests-mem',
    limitAnnotation: 'vault.hashicorp.com/agent-limits-mem',
    defaultRequest: Mi(64),
    defaultLimit: Mi(128),
    enable: {
      podKey: 'vault.hashicorp.com/agent-inject',
      podOn: ['true'],
      podOff: ['false'],
      cancelledBy: {key: 'vault.hashicorp.com/agent-pre-populate-only', values: ['true']}
    }
  },
  {
    id: 'dapr',
    title: 'Dapr',
    container: 'daprd',
    requestAnnotation: 'dapr.io/sidecar-memory-request',
    limitAnnotation: 'dapr.io/sidecar-memory-limit',
    defaultRequest: undefined,
    defaultLimit: undefined,
    enable: {podKey: 'dapr.io/enabled', podOn: ['true'], podOff: ['false']}
  },
  {
    id: 'consul',
    title: 'Consul',
    container: 'consul-dataplane',
    requestAnnotation: 'consul.hashicorp.com/sidecar-proxy-memory-request',
    limitAnnotation: 'consul.hashicorp.com/sidecar-proxy-memory-limit',
    defaultRequest: undefined,
    defaultLimit: undefined,
    // connectInject.default=true in the Consul Helm chart injects every pod.
    enable: {podKey: 'consul.hashicorp.com/connect-inject', podOn: ['true'], podOff: ['false'], outsideRepo: true}
  },
  {
    id: 'appmesh',
    title: 'AWS App Mesh',
    container: 'envoy',
    requestAnnotation: 'appmesh.k8s.aws/memoryRequest',
    limitAnnotation: 'appmesh.k8s.aws/memoryLimit',
    defaultRequest: Mi(32),
    defaultLimit: undefined,
    enable: {
      podKey: 'appmesh.k8s.aws/sidecarInjectorWebhook',
      podOn: ['enabled'],
      podOff: ['disabled'],
      outsideRepo: true,
      namespace: [{key: 'appmesh.k8s.aws/sidecarInjectorWebhook', on: ['enabled'], off: ['disabled']}]
    }
  },
  {
    id: 'knative',
    title: 'Knative Serving',
    container: 'queue-proxy',
    requestAnnotation: 'queue.sidecar.serving.knative.dev/memory-resource-request',
    limitAnnotation: 'queue.sidecar.serving.knative.dev/memory-resource-limit',
    defaultRequest: Mi(400),
    defaultLimit: Mi(800),
    enable: {
      kinds: [
        {group: 'serving.knative.dev', kind: 'Service'},
        {group: 'serving.knative.dev', kind: 'Configuration'}
      ]
    }
  }
]
