// Stage: workloads -> containers with roles. Native sidecars are sidecars by definition; a declared
// pattern (name or image) makes a sidecar only next to an application container, because an envoy
// gateway or a fluentd DaemonSet whose only container is that process *is* the workload.
import type {Settings, SidecarClass} from '../config/settings.js'
import type {ContainerRef, Workload} from '../extract/workloads.js'
import {EMPTY_INDEX, type RepoIndex} from '../extract/repo-index.js'
import {injectedSidecars, isIstioOverride, type InjectedSidecar} from './injected.js'

export type Role = 'app' | 'sidecar' | 'init'

export interface ClassifiedContainer extends ContainerRef {
  readonly role: Role
  /** sidecar class id (settings key): the matched pattern, or the container name for native sidecars */
  readonly sidecarClass?: string | undefined
  readonly settingsClass?: SidecarClass | undefined
  /** why it is a sidecar, for messages */
  readonly reason?: 'native' | 'name' | 'image' | undefined
}

export interface ClassifiedWorkload extends Workload {
  readonly classified: readonly ClassifiedContainer[]
  /** sidecars an admission webhook will add */
  readonly injected: readonly InjectedSidecar[]
}

export function classifyWorkload(workload: Workload, settings: Settings, index: RepoIndex = EMPTY_INDEX): ClassifiedWorkload {
  const matches = workload.containers.map((c) => matchPattern(c, settings))
  const hasApp = workload.containers.some((c, i) => c.list === 'containers' && !matches[i])
  const classified = workload.containers.map((container, i): ClassifiedContainer => {
    const match = matches[i]
    const excluded = isExcluded(container, settings)
    if (container.list === 'initContainers') {
      if (container.restartPolicy !== 'Always') return {...container, role: 'init'}
      if (excluded) return {...container, role: 'app'}
      const cls = match?.cls ?? settings.sidecars.find((s) => s.id === container.name)
      return {...container, role: 'sidecar', sidecarClass: cls?.id ?? container.name ?? 'sidecar', settingsClass: cls, reason: 'native'}
    }
    // An istio-proxy Istio merges into its injection template is checked as the injected sidecar.
    if (settings.injectors.some((injector) => isIstioOverride(workload, container, injector, index))) return {...container, role: 'app'}
    if (match && hasApp && !excluded) {
      return {...container, role: 'sidecar', sidecarClass: match.cls.id, settingsClass: match.cls, reason: match.by}
    }
    return {...container, role: 'app'}
  })
  return {...workload, classified, injected: injectedSidecars(workload, settings.injectors, index)}
}

function matchPattern(container: ContainerRef, settings: Settings): {cls: SidecarClass; by: 'name' | 'image'} | undefined {
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

function isExcluded(container: ContainerRef, settings: Settings): boolean {
  const {name, image} = container
  return (
    (name !== undefined && settings.exclude.names.some((m) => m(name))) ||
    (image !== undefined && settings.exclude.images.some((m) => m(image)))
  )
}
