// Which objects hold a pod template, and where. Matching is by API group and kind, never by shape: a CRD
// whose schema mentions `containers` is not a pod.
import type {PathKey} from '../types.js'

export interface PodTemplateKind {
  /** API groups (the part of apiVersion before `/`; '' for the core group). `*` matches any. */
  readonly groups: readonly string[]
  readonly kind: string
  /** path from the object to the pod template (an object with `metadata` and `spec`); [] for Pod itself */
  readonly template: readonly PathKey[]
}

const T = ['spec', 'template'] as const

export const BUILTIN_KINDS: readonly PodTemplateKind[] = [
  {groups: [''], kind: 'Pod', template: []},
  {groups: [''], kind: 'PodTemplate', template: ['template']},
  {groups: [''], kind: 'ReplicationController', template: T},
  {groups: ['apps', 'extensions'], kind: 'Deployment', template: T},
  {groups: ['apps', 'extensions'], kind: 'ReplicaSet', template: T},
  {groups: ['apps', 'extensions'], kind: 'DaemonSet', template: T},
  {groups: ['apps'], kind: 'StatefulSet', template: T},
  {groups: ['batch'], kind: 'Job', template: T},
  {groups: ['batch'], kind: 'CronJob', template: ['spec', 'jobTemplate', 'spec', 'template']},
  {groups: ['argoproj.io'], kind: 'Rollout', template: T},
  {groups: ['serving.knative.dev'], kind: 'Service', template: T},
  {groups: ['serving.knative.dev'], kind: 'Configuration', template: T},
  {groups: ['apps.kruise.io'], kind: 'CloneSet', template: T},
  {groups: ['apps.kruise.io'], kind: 'StatefulSet', template: T},
  {groups: ['apps.kruise.io'], kind: 'DaemonSet', template: T}
]

/** A user-declared kind from config: `{apiVersion: "example.com/v1", kind: "Foo", path: "spec.podTemplate"}`. */
export interface PodTemplatePathConfig {
  readonly apiVersion?: string
  readonly kind: string
  readonly path: string
}

export function kindsFromConfig(entries: readonly PodTemplatePathConfig[] | undefined): PodTemplateKind[] {
  return (entries ?? []).map((entry) => ({
    groups: [entry.apiVersion ? groupOf(entry.apiVersion) : '*'],
    kind: entry.kind,
    template: entry.path === '' || entry.path === '.' ? [] : entry.path.split('.')
  }))
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/')
  return slash === -1 ? '' : apiVersion.slice(0, slash)
}

export function findKind(
  kinds: readonly PodTemplateKind[],
  apiVersion: string | undefined,
  kind: string | undefined
): PodTemplateKind | undefined {
  if (!kind) return undefined
  const group = apiVersion === undefined ? undefined : groupOf(apiVersion)
  // User entries come last and win, so a team can re-map a built-in kind.
  let match: PodTemplateKind | undefined
  for (const candidate of kinds) {
    if (candidate.kind !== kind) continue
    if (candidate.groups.includes('*') || (group !== undefined && candidate.groups.includes(group))) match = candidate
  }
  return match
}
