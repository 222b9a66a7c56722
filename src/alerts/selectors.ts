// PromQL building blocks: label matchers, the join labels, and which kube-state-metrics series are a
// container of a sidecar class. Classes are matched on kube-state-metrics `kube_pod_container_info`
// (and `kube_pod_init_container_info`, for native sidecars), not on cAdvisor: its `image` is the image
// reference the kubelet reports (the manifest's, registry-qualified), where cAdvisor's `image` depends
// on the container runtime; and it outlives a crash-looping container, whose cAdvisor series go stale
// just when the OOM alert matters. Labels and metrics: kubernetes/kube-state-metrics
// docs/metrics/workload/pod-metrics.md.
import type {AlertClass, AlertModel} from './classes.js'
import {promqlString} from './label-regex.js'

export interface Labels {
  /** extra labels every join also matches on (`cluster` behind Thanos or a federated Prometheus) */
  readonly join: readonly string[]
}

export const CONTAINER_INFO = ['kube_pod_container_info', 'kube_pod_init_container_info'] as const
/** cAdvisor's pod-level cgroup (container="") and the pause container ("POD") are no containers of ours. */
export const CADVISOR_CONTAINERS = ['container!=""', 'container!="POD"'] as const

export function podLabels(labels: Labels): string {
  return [...labels.join, 'namespace', 'pod'].join(', ')
}

export function containerLabels(labels: Labels): string {
  return [...labels.join, 'namespace', 'pod', 'container'].join(', ')
}

function matcher(label: string, op: '=~' | '!~', regex: string | undefined): string[] {
  return regex === undefined ? [] : [`${label}${op}${promqlString(regex)}`]
}

export function selector(metric: string, matchers: readonly string[]): string {
  return matchers.length === 0 ? metric : `${metric}{${matchers.join(', ')}}`
}

function excluded(model: AlertModel): string[] {
  return [...matcher('container', '!~', model.excludeNames), ...matcher('image', '!~', model.excludeImages)]
}

/**
 * The matcher sets that select a class's containers, as src/classify/containers.ts decides: a name match
 * of an earlier class wins, then any name match wins over an image match, then earlier images win; an
 * excluded container is never a sidecar.
 */
export function classMatchers(cls: AlertClass, model: AlertModel): string[][] {
  const sets: string[][] = []
  if (cls.names !== undefined)
    sets.push([
      ...matcher('container', '=~', cls.names),
      ...matcher('container', '!~', cls.earlierNames),
      ...excluded(model)
    ])
  if (cls.images !== undefined) {
    sets.push([
      ...matcher('container', '!~', model.allNames),
      ...matcher('image', '=~', cls.images),
      ...matcher('image', '!~', cls.earlierImages),
      ...excluded(model)
    ])
  }
  return sets
}

/**
 * Application containers: match no class and are no helper, or are excluded (as in check/fix, they count
 * as the app). A helper (an Envoy Gateway's shutdown-manager) does not make the proxy beside it a sidecar.
 */
export function appMatchers(model: AlertModel): string[][] {
  return [
    [
      ...matcher('container', '!~', model.allNames),
      ...matcher('image', '!~', model.allImages),
      ...matcher('container', '!~', model.helperNames),
      ...matcher('image', '!~', model.helperImages)
    ],
    matcher('container', '=~', model.excludeNames),
    matcher('image', '=~', model.excludeImages)
  ].filter((set, i) => i === 0 || set.length > 0)
}

/** `a or b or …`, one term per line. */
export function union(terms: readonly string[], indent: string): string {
  return terms.join(`\n${indent}or\n${indent}`)
}
