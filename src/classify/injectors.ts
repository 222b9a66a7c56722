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
  /** the injector drops all its memory defaults once any of these annotations is set (Istio, GKE FUSE) */
  readonly resourceAnnotations?: readonly string[] | undefined
  /** the namespace's request/limit annotations are the defaults for its pods (Linkerd) */
  readonly namespaceResourceAnnotations?: boolean | undefined
  /**
   * defaults the injector applies only when an injector-side setting enables them (Knative's
   * `queueproxy.resource-defaults` feature, off by default): config `injectors.<id>.resourceDefaults: true`
   */
  readonly optionalDefaults?: {readonly request: Rational; readonly limit: Rational} | undefined
  /**
   * the sidecar's resources are those of a custom resource the annotation names (OpenTelemetry
   * collectors, Jaeger instances), when that resource is in the repo; a fix is made there, not here
   */
  readonly resourcesFrom?: {readonly kind: string; readonly field: string} | undefined
  /** only a request annotation: the limit follows it (GKE Cloud Storage FUSE) */
  readonly limitFollowsRequest?: boolean | undefined
  /** a limit annotation of "0" asks for no limit on purpose (GKE Cloud Storage FUSE): nothing to check */
  readonly zeroLimitUnbounded?: boolean | undefined
  /**
   * without its memory annotations the sidecar's memory depends on the cluster (GKE Standard or
   * Autopilot), so only an annotated one is judged
   */
  readonly judgedWhenAnnotated?: boolean | undefined
  /** where the table row comes from (docs) */
  readonly source: string
  /** what turns injection on; see detect.ts */
  readonly enable: EnableRule
}

export interface KeyRule {
  readonly key: string
  /** values that enable (`*` = any value) */
  readonly on: readonly string[]
  readonly off?: readonly string[]
}

export interface EnableRule {
  /** annotation on the pod template (or the Pod); `podOn: ['*']` = any value but the off ones */
  readonly podKey?: string
  /** the annotation sits on the workload object (the Deployment), not on its pod template (Jaeger) */
  readonly objectAnnotation?: boolean
  readonly podOn?: readonly string[]
  readonly podOff?: readonly string[]
  /** annotation values that ask for injection but do not call the webhook by themselves (Istio): "possibly" */
  readonly podAsk?: readonly string[]
  /** pod labels the webhook selects on (Istio's object selectors) */
  readonly podLabels?: readonly KeyRule[]
  /** namespace labels or annotations that turn injection on or off */
  readonly namespace?: readonly (KeyRule & {readonly from: 'label' | 'annotation'})[]
  /** the webhook only sees pods of namespaces that enable it; a pod annotation alone never injects (App Mesh) */
  readonly namespaceRequired?: boolean
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
    resourceAnnotations: [
      'sidecar.istio.io/proxyCPU',
      'sidecar.istio.io/proxyCPULimit',
      'sidecar.istio.io/proxyMemory',
      'sidecar.istio.io/proxyMemoryLimit'
    ],
    source:
      'istio/istio manifests/charts/istio-control/istio-discovery/templates/mutatingwebhook.yaml (selectors), pkg/kube/inject/inject.go (injectRequired, annotations), manifests/charts/istio-control/istio-discovery/values.yaml (global.proxy.resources)',
    enable: {
      podKey: 'sidecar.istio.io/inject',
      podOff: ['false'],
      podAsk: ['true'],
      podLabels: [
        {key: 'sidecar.istio.io/inject', on: ['true'], off: ['false']},
        {key: 'istio.io/rev', on: ['*']}
      ],
      namespaceOffWins: true,
      outsideRepo: true,
      namespace: [
        {key: 'istio-injection', on: ['enabled'], off: ['disabled'], from: 'label'},
        {key: 'istio.io/rev', on: ['*'], from: 'label'}
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
    namespaceResourceAnnotations: true,
    source:
      'linkerd/linkerd2 controller/proxy-injector/webhook.go (namespace annotations as defaults), pkg/inject/inject.go, charts/linkerd-control-plane/values.yaml (proxy.resources: none)',
    enable: {
      podKey: 'linkerd.io/inject',
      podOn: ['enabled', 'ingress'],
      podOff: ['disabled'],
      outsideRepo: true,
      namespace: [{key: 'linkerd.io/inject', on: ['enabled', 'ingress'], off: ['disabled'], from: 'annotation'}]
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
    source:
      'hashicorp/vault-k8s agent-inject/agent/annotations.go and agent.go (DefaultResourceRequestMem 64Mi, DefaultResourceLimitMem 128Mi)',
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
    source: 'dapr/dapr pkg/injector/annotations/annotations.go, pkg/injector/patcher/sidecar.go (no memory defaults)',
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
    source:
      'hashicorp/consul-k8s control-plane/connect-inject/constants/annotations_and_labels.go, control-plane/connect-inject/webhook/consul_dataplane_sidecar.go',
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
    source:
      'aws/aws-app-mesh-controller-for-k8s config/webhook/manifests.yaml (namespaceSelector), webhooks/core/pod_mutator.go, pkg/inject/envoy.go',
    enable: {
      podKey: 'appmesh.k8s.aws/sidecarInjectorWebhook',
      podOn: ['enabled'],
      podOff: ['disabled'],
      namespaceRequired: true,
      outsideRepo: true,
      namespace: [{key: 'appmesh.k8s.aws/sidecarInjectorWebhook', on: ['enabled'], off: ['disabled'], from: 'label'}]
    }
  },
  {
    id: 'knative',
    title: 'Knative Serving',
    container: 'queue-proxy',
    requestAnnotation: 'queue.sidecar.serving.knative.dev/memory-resource-request',
    limitAnnotation: 'queue.sidecar.serving.knative.dev/memory-resource-limit',
    // Only with the `queueproxy.resource-defaults` feature (config-features, off by default); a stock
    // install gives queue-proxy a CPU request and no memory request or limit.
    defaultRequest: undefined,
    defaultLimit: undefined,
    optionalDefaults: {request: Mi(400), limit: Mi(800)},
    source:
      'knative/serving pkg/reconciler/revision/resources/queue.go (createQueueResources), pkg/apis/config/features.go (queueproxy.resource-defaults: disabled)',
    enable: {
      kinds: [
        {group: 'serving.knative.dev', kind: 'Service'},
        {group: 'serving.knative.dev', kind: 'Configuration'}
      ]
    }
  },
  {
    id: 'opentelemetry',
    title: 'OpenTelemetry Operator',
    container: 'otc-container',
    requestAnnotation: '',
    limitAnnotation: '',
    defaultRequest: undefined,
    defaultLimit: undefined,
    resourcesFrom: {kind: 'OpenTelemetryCollector', field: 'spec.resources'},
    source:
      "open-telemetry/opentelemetry-operator internal/webhook/podmutation/webhookhandler.go, pkg/sidecar/podmutator.go and pkg/sidecar/pod.go (annotation, collector lookup, container otc-container with the collector's spec.resources)",
    enable: {
      podKey: 'sidecar.opentelemetry.io/inject',
      podOn: ['*'],
      podOff: ['false'],
      outsideRepo: true,
      namespace: [{key: 'sidecar.opentelemetry.io/inject', on: ['*'], off: ['false'], from: 'annotation'}]
    }
  },
  {
    id: 'jaeger',
    title: 'Jaeger Operator',
    container: 'jaeger-agent',
    requestAnnotation: '',
    limitAnnotation: '',
    defaultRequest: undefined,
    defaultLimit: undefined,
    resourcesFrom: {kind: 'Jaeger', field: 'spec.agent.resources'},
    source:
      "jaegertracing/jaeger-operator pkg/inject/sidecar.go (annotation on the Deployment or namespace, container jaeger-agent with the instance's agent resources)",
    enable: {
      podKey: 'sidecar.jaegertracing.io/inject',
      objectAnnotation: true,
      podOn: ['*'],
      podOff: ['false'],
      outsideRepo: true,
      namespace: [{key: 'sidecar.jaegertracing.io/inject', on: ['*'], off: ['false'], from: 'annotation'}]
    }
  },
  {
    id: 'gcsfuse',
    title: 'GKE Cloud Storage FUSE',
    container: 'gke-gcsfuse-sidecar',
    requestAnnotation: 'gke-gcsfuse/memory-request',
    limitAnnotation: 'gke-gcsfuse/memory-limit',
    // The defaults differ between GKE Standard and Autopilot and between driver versions: an unannotated
    // sidecar is not judged.
    defaultRequest: undefined,
    defaultLimit: undefined,
    judgedWhenAnnotated: true,
    // Either memory annotation replaces both defaults; a limit alone is the request too.
    resourceAnnotations: ['gke-gcsfuse/memory-request', 'gke-gcsfuse/memory-limit'],
    limitFollowsRequest: true,
    zeroLimitUnbounded: true,
    source:
      'GoogleCloudPlatform/gcs-fuse-csi-driver pkg/webhook/mutatingwebhook.go (gke-gcsfuse/volumes), pkg/webhook/config.go (populateResource: one of request/limit set = both; a zero limit = none)',
    enable: {podKey: 'gke-gcsfuse/volumes', podOn: ['true'], podOff: ['false']}
  }
]
