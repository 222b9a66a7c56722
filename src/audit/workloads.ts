// Pod name -> the workloads that could have created it. Controllers name their pods predictably:
//   Deployment / Argo Rollout  NAME-<pod-template-hash>-<suffix>   (checkout-7d4b9c8f6-x2z9k)
//   StatefulSet                NAME-<ordinal>                       (ledger-0)
//   DaemonSet / Job / CloneSet NAME-<suffix>                        (fluentd-8kq2x)
//   CronJob                    NAME-<scheduled minute>-<suffix>     (nightly-29012345-b7n4c)
//   Knative Service            NAME-00001-deployment-<hash>-<suffix>
// Hashes and suffixes use the API server's alphabet (no vowels, no 0/1/3), which keeps false matches rare.
// A name can fit several patterns; the candidates are matched against the manifests' kinds, so a
// DaemonSet "web-7d4b9c8f6" and a Deployment "web" never both claim a pod unless both exist.
// Labels (pod-template-hash, statefulset.kubernetes.io/pod-name, job-name) or an explicit workload in the
// data win over the name.
import type {WorkloadHint} from './types.js'

const SAFE = '[bcdfghjklmnpqrstvwxz2456789]'
const DEPLOYMENT = new RegExp(`^(.+)-(${SAFE}{1,10})-(${SAFE}{5})$`)
const KNATIVE = new RegExp(`^(.+)-\\d{5}-deployment-${SAFE}{1,10}-${SAFE}{5}$`)
const SUFFIXED = new RegExp(`^(.+)-(${SAFE}{5})$`)
const ORDINAL = /^(.+)-(0|[1-9]\d{0,5})$/
const CRON_JOB = /^(.+)-(\d{8,})$/

export interface WorkloadCandidate {
  readonly name: string
  /** manifest kinds this candidate can be */
  readonly kinds: readonly string[]
  /** what to call it when no manifest decides */
  readonly label: string
}

const DEPLOYMENT_KINDS = ['Deployment', 'Rollout', 'DeploymentConfig']
const SUFFIXED_KINDS = ['DaemonSet', 'Job', 'CloneSet', 'ReplicaSet', 'ReplicationController']

/** Every kind a candidate can name; a manifest kind outside this list (a custom kind) accepts any candidate. */
export const KNOWN_KINDS: ReadonlySet<string> = new Set([
  ...DEPLOYMENT_KINDS,
  ...SUFFIXED_KINDS,
  'StatefulSet',
  'CronJob',
  'Pod',
  'Service',
  'Configuration'
])

/** Candidates in order of likelihood; the pod itself is always last. */
export function workloadCandidates(pod: string, hint?: WorkloadHint | undefined): WorkloadCandidate[] {
  if (hint) {
    const kind = hint.kind ? canonicalKind(hint.kind) : undefined
    if (kind === 'ReplicaSet') {
      // The owner of a Deployment's pod is its ReplicaSet NAME-<hash>.
      const m = new RegExp(`^(.+)-${SAFE}{1,10}$`).exec(hint.name)
      if (m)
        return [
          {name: m[1] as string, kinds: DEPLOYMENT_KINDS, label: 'Deployment'},
          {name: hint.name, kinds: ['ReplicaSet'], label: 'ReplicaSet'}
        ]
    }
    if (kind === 'Job') {
      const m = CRON_JOB.exec(hint.name)
      if (m)
        return [
          {name: m[1] as string, kinds: ['CronJob'], label: 'CronJob'},
          {name: hint.name, kinds: ['Job'], label: 'Job'}
        ]
    }
    return [{name: hint.name, kinds: kind ? kindsFor(kind) : [...KNOWN_KINDS], label: kind ?? 'workload'}]
  }
  const out: WorkloadCandidate[] = []
  const knative = KNATIVE.exec(pod)
  if (knative) out.push({name: knative[1] as string, kinds: ['Service', 'Configuration'], label: 'Service'})
  const deployment = DEPLOYMENT.exec(pod)
  if (deployment) out.push({name: deployment[1] as string, kinds: DEPLOYMENT_KINDS, label: 'Deployment'})
  const suffixed = SUFFIXED.exec(pod)
  if (suffixed) {
    const job = suffixed[1] as string
    const cron = CRON_JOB.exec(job)
    if (cron) out.push({name: cron[1] as string, kinds: ['CronJob'], label: 'CronJob'})
  }
  const ordinal = ORDINAL.exec(pod)
  if (ordinal) out.push({name: ordinal[1] as string, kinds: ['StatefulSet'], label: 'StatefulSet'})
  if (suffixed) out.push({name: suffixed[1] as string, kinds: SUFFIXED_KINDS, label: 'DaemonSet/Job'})
  if (deployment) out.push({name: `${deployment[1]}-${deployment[2]}`, kinds: ['ReplicaSet'], label: 'ReplicaSet'})
  out.push({name: pod, kinds: ['Pod'], label: 'Pod'})
  return out
}

/** Does a manifest of `kind` fit this candidate? Custom kinds (from podTemplatePaths) fit any. */
export function kindFits(candidate: WorkloadCandidate, kind: string | undefined): boolean {
  if (kind === undefined || !KNOWN_KINDS.has(kind)) return true
  return candidate.kinds.includes(kind)
}

/** Workload named by well-known pod labels, when they say. */
export function hintFromLabels(
  pod: string,
  labels: Readonly<Record<string, string>> | undefined
): WorkloadHint | undefined {
  if (!labels) return undefined
  const hash = labels['pod-template-hash']
  if (hash) {
    const m = new RegExp(`^(.+)-${escapeRegExp(hash)}-[^-]+$`).exec(pod)
    if (m) return {kind: 'Deployment', name: m[1] as string}
  }
  const stsPod = labels['statefulset.kubernetes.io/pod-name']
  if (stsPod) {
    const m = ORDINAL.exec(stsPod)
    if (m) return {kind: 'StatefulSet', name: m[1] as string}
  }
  const job = labels['job-name'] ?? labels['batch.kubernetes.io/job-name']
  if (job) return {kind: 'Job', name: job}
  return undefined
}

/** Workload named by Prometheus labels (kube-prometheus `workload`/`workload_type`, kube-state-metrics owners). */
export function hintFromPromLabels(labels: Readonly<Record<string, string>>): WorkloadHint | undefined {
  const workload = labels.workload
  if (workload) return {kind: labels.workload_type, name: workload}
  const owner = labels.created_by_name ?? labels.owner_name
  const ownerKind = labels.created_by_kind ?? labels.owner_kind
  if (owner && ownerKind && ownerKind !== '<none>') return {kind: ownerKind, name: owner}
  return undefined
}

function canonicalKind(kind: string): string {
  const lower = kind.toLowerCase()
  for (const known of KNOWN_KINDS) if (known.toLowerCase() === lower) return known
  return kind
}

function kindsFor(kind: string): string[] {
  if (kind === 'Deployment') return DEPLOYMENT_KINDS
  return [kind]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
