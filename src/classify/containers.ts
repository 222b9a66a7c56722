// Stage: workloads -> containers with roles. Native sidecars are sidecars by definition; a declared
// pattern (name or image) makes a sidecar only next to an application container, because an envoy
// gateway or a fluentd DaemonSet whose only container is that process *is* the workload. Helpers
// (shutdown managers, config reloaders, kube-rbac-proxy) are neither: they do not make the proxy next to
// them a sidecar. In a gateway / data-plane pod (src/classify/gateways.ts) the proxy is the workload.
import type {Settings, SidecarClass} from '../config/settings.js'
import type {ContainerRef, Workload} from '../extract/workloads.js'
import {EMPTY_INDEX, type RepoIndex} from '../extract/repo-index.js'
import {injectedSidecars, isIstioOverride, type InjectedSidecar} from './injected.js'
import {gatewayOf, type Gateway} from './gateways.js'

export type Role = 'app' | 'sidecar' | 'init' | 'helper'

export interface ClassifiedContainer extends ContainerRef {
  readonly role: Role
  /** sidecar class id (settings key): the matched pattern, or the container name for native sidecars */
  readonly sidecarClass?: string | undefined
  readonly settingsClass?: SidecarClass | undefined
  /** why it is a sidecar, for messages */
  readonly reason?: 'native' | 'name' | 'image' | undefined
  /** set on the proxy a gateway / data-plane pod runs as its workload */
  readonly gateway?: string | undefined
}

export interface ClassifiedWorkload extends Workload {
  readonly classified: readonly ClassifiedContainer[]
  /** sidecars an admission webhook will add */
  readonly injected: readonly InjectedSidecar[]
  /** the gateway / data plane the pod is, when it is one */
  readonly gateway?: Gateway | undefined
}

export function classifyWorkload(
  workload: Workload,
  settings: Settings,
  index: RepoIndex = EMPTY_INDEX
): ClassifiedWorkload {
  const gateway = gatewayOf(workload)
  const helpers = workload.containers.map((c) => isHelper(c, settings))
  const matches = workload.containers.map((c, i) => (helpers[i] ? undefined : matchPattern(c, settings)))
  const own = (i: number) =>
    gateway !== undefined && matches[i] !== undefined && gateway.proxyClasses.includes(matches[i].cls.id)
  const hasApp = workload.containers.some((c, i) => c.list === 'containers' && !helpers[i] && (!matches[i] || own(i)))
  const classified = workload.containers.map((container, i): ClassifiedContainer => {
    const match = matches[i]
    const excluded = isExcluded(container, settings)
    if (container.list === 'initContainers') {
      if (container.restartPolicy !== 'Always') return {...container, role: 'init'}
      if (excluded) return {...container, role: 'app'}
      if (helpers[i]) return {...container, role: 'helper'}
      const cls = match?.cls ?? settings.sidecars.find((s) => s.id === container.name)
      return {
        ...container,
        role: 'sidecar',
        sidecarClass: cls?.id ?? container.name ?? 'sidecar',
        settingsClass: cls,
        reason: 'native'
      }
    }
    if (helpers[i] && !excluded) return {...container, role: 'helper'}
    if (own(i)) return {...container, role: 'app', gateway: gateway?.reason}
    // An istio-proxy Istio merges into its injection template is checked as the injected sidecar.
    if (settings.injectors.some((injector) => isIstioOverride(workload, container, injector, index)))
      return {...container, role: 'app'}
    if (match && hasApp && !excluded) {
      return {...container, role: 'sidecar', sidecarClass: match.cls.id, settingsClass: match.cls, reason: match.by}
    }
    return {...container, role: 'app'}
  })
  // A gateway's own proxy is its workload, also where Istio's gateway template injects it (image: auto).
  const injected = injectedSidecars(workload, settings.injectors, index).filter(
    (sidecar) => !gateway?.proxyClasses.includes(sidecar.injector.container)
  )
  return {...workload, classified, injected, gateway}
}

function matchPattern(
  container: ContainerRef,
  settings: Settings
): {cls: SidecarClass; by: 'name' | 'image'} | undefined {
  const name = container.name
  if (name !== undefined) {
    for (const cls of settings.sidecars) if (cls.names.some((m) => m(name))) return {cls, by: 'name'}
  }
  const image = container.image
  if (image !== undefined) {
    for (const cls of settings.sidecars) if (cls.images.some((m) => m(image))) return {cls, by: 'image'}
  }
  return undefined
}

function isHelper(container: ContainerRef, settings: Settings): boolean {
  const {name, image} = container
  return (
    (name !== undefined && settings.helpers.names.some((m) => m(name))) ||
    (image !== undefined && settings.helpers.images.some((m) => m(image)))
  )
}

function isExcluded(container: ContainerRef, settings: Settings): boolean {
  const {name, image} = container
  return (
    (name !== undefined && settings.exclude.names.some((m) => m(name))) ||
    (image !== undefined && settings.exclude.images.some((m) => m(image)))
  )
}
