// The run-time twin of sidecar-memory-headroom: recording rules that find sidecar containers and their
// limits, measured drift per class, and four alerts. Thresholds are the same drift × (1 + headroom) the
// static check uses, per class. Output is plain data in a fixed order; src/alerts/render.ts prints it.
import type {AlertClass, AlertModel} from './classes.js'
import {promqlString} from './label-regex.js'
import {
  appMatchers,
  CADVISOR_CONTAINERS,
  classMatchers,
  CONTAINER_INFO,
  containerLabels,
  podLabels,
  selector,
  union,
  type Labels
} from './selectors.js'

export interface RecordingRule {
  readonly record: string
  readonly expr: string
  readonly labels?: Readonly<Record<string, string>> | undefined
}

export interface AlertingRule {
  readonly alert: string
  readonly expr: string
  readonly for?: string | undefined
  readonly labels: Readonly<Record<string, string>>
  readonly annotations: Readonly<Record<string, string>>
}

export type RuleEntry = RecordingRule | AlertingRule

export interface RuleGroup {
  readonly name: string
  readonly interval?: string | undefined
  readonly rules: readonly RuleEntry[]
}

export interface RuleOptions {
  /** the labels every join matches on besides namespace/pod/container */
  readonly joins: Labels
  /** docs/playbook.md as users reach it; each alert links to its section */
  readonly runbook: string
}

/** Recorded series names (level:metric:operations, prefixed so they never collide with others'). */
export const RECORD = {
  appContainers: 'headroom:pod_app_containers:count',
  sidecar: 'headroom:sidecar_container:info',
  workingSet: 'headroom:sidecar_working_set_bytes',
  limit: 'headroom:sidecar_memory_limit_bytes',
  drift: 'headroom:sidecar_memory_drift:ratio',
  classDrift: 'headroom:sidecar_class_memory_drift:p90',
  classPods: 'headroom:sidecar_class_memory_drift:pods'
} as const

export const ALERTS = {
  eaten: 'SidecarMemoryHeadroomEaten',
  near: 'SidecarMemoryNearLimit',
  unbounded: 'SidecarMemoryUnbounded',
  oom: 'SidecarOOMKilled'
} as const

/** How long a condition must hold before its alert fires. */
export const FOR = {eaten: '15m', near: '5m', unbounded: '1h'} as const
/** Window for "restarted recently" (OOM) and for the drift ratio's maxima. */
const RESTART_WINDOW = '10m'
const DRIFT_WINDOW = '1h'

export function ruleGroups(model: AlertModel, options: RuleOptions): RuleGroup[] {
  return [sidecarGroup(model, options.joins), driftGroup(options.joins), alertGroup(model, options)]
}

function sidecarGroup(model: AlertModel, labels: Labels): RuleGroup {
  const pod = podLabels(labels)
  const ctr = containerLabels(labels)
  const app = appMatchers(model).map((m) => selector('kube_pod_container_info', m))
  const rules: RuleEntry[] = [{record: RECORD.appContainers, expr: `count by (${pod}) (\n  ${union(app, '  ')}\n)`}]
  for (const cls of model.classes) {
    const terms = CONTAINER_INFO.flatMap((metric) => classMatchers(cls, model).map((m) => selector(metric, m)))
    if (terms.length === 0) continue
    rules.push({
      record: RECORD.sidecar,
      expr: `group by (${ctr}) (\n  ${union(terms, '  ')}\n)\nand on (${pod})\n${RECORD.appContainers}`,
      labels: {sidecar_class: cls.id}
    })
  }
  rules.push({
    record: RECORD.workingSet,
    expr: `max by (${ctr}) (${selector('container_memory_working_set_bytes', CADVISOR_CONTAINERS)})\n* on (${ctr}) group_left (sidecar_class)\n${RECORD.sidecar}`
  })
  const limits = CONTAINER_INFO.map((metric) =>
    selector(metric.replace(/_info$/, '_resource_limits'), ['resource="memory"'])
  )
  rules.push({
    record: RECORD.limit,
    expr: `max by (${ctr}) (\n  ${union(limits, '  ')}\n)\n* on (${ctr}) group_left (sidecar_class)\n${RECORD.sidecar}`
  })
  return {name: 'kube-headroom.sidecars', rules}
}

/**
 * Measured drift: what the kernel charged (cgroup peak, else usage) over the working set, each at its
 * maximum over the window, per sidecar container; and its p90 per class, the statistic `headroom audit`
 * estimates (before shrinking toward the prior). Evaluated every 5m: the window makes it costly.
 */
function driftGroup(labels: Labels): RuleGroup {
  const ctr = containerLabels(labels)
  const maxOver = (metric: string) =>
    `max by (${ctr}) (max_over_time(${selector(metric, CADVISOR_CONTAINERS)}[${DRIFT_WINDOW}]))`
  const expr =
    `(\n  ${maxOver('container_memory_max_usage_bytes')} > 0\n  or\n  ${maxOver('container_memory_usage_bytes')}\n)\n` +
    `/ on (${ctr})\n(${maxOver('container_memory_working_set_bytes')} > 0)\n` +
    `* on (${ctr}) group_left (sidecar_class)\n${RECORD.sidecar}`
  const byClass = [...labels.join, 'sidecar_class'].join(', ')
  return {
    name: 'kube-headroom.drift',
    interval: '5m',
    rules: [
      {record: RECORD.drift, expr},
      {record: RECORD.classDrift, expr: `quantile by (${byClass}) (0.9, ${RECORD.drift})`},
      {record: RECORD.classPods, expr: `count by (${byClass}) (${RECORD.drift})`}
    ]
  }
}

function alertGroup(model: AlertModel, options: RuleOptions): RuleGroup {
  const ctr = containerLabels(options.joins)
  const where = '{{ $labels.container }} ({{ $labels.sidecar_class }}) in {{ $labels.namespace }}/{{ $labels.pod }}'
  const runbook = (alert: string) => `${options.runbook}#${alert.toLowerCase()}`
  const rules: RuleEntry[] = []
  // (`group_left ()` keeps every label of the left side; a one-to-one `on` would keep only the join labels)
  const perClass = (cls: AlertClass) => `${RECORD.workingSet}{sidecar_class=${promqlString(cls.id)}}`
  for (const cls of model.classes) {
    rules.push({
      alert: ALERTS.eaten,
      expr: `${perClass(cls)} * ${cls.multiplier}\n> on (${ctr}) group_left ()\n${RECORD.limit}`,
      for: FOR.eaten,
      labels: {severity: 'warning', sidecar_class: cls.id},
      annotations: {
        summary: `Sidecar ${where} has no memory headroom left`,
        description:
          `Working set × drift ${cls.drift.text} × headroom ${cls.headroomFactor} = {{ $value | humanize1024 }}B, above the memory limit of ${where} for ${FOR.eaten}. ` +
          `The kernel charges about ${cls.drift.text}× the working set kubelet reports, so the limit no longer has the headroom the repo asks for. ` +
          'Raise it (headroom fix --audit) before the working set grows into an OOM kill.',
        runbook_url: runbook(ALERTS.eaten)
      }
    })
    rules.push({
      alert: ALERTS.near,
      expr: `${perClass(cls)} * ${cls.drift.text}\n> on (${ctr}) group_left ()\n${RECORD.limit}`,
      for: FOR.near,
      labels: {severity: 'critical', sidecar_class: cls.id},
      annotations: {
        summary: `Sidecar ${where} is at its memory limit: an OOM kill is imminent`,
        description:
          `Working set × drift ${cls.drift.text} = {{ $value | humanize1024 }}B, above the memory limit of ${where} for ${FOR.near}: ` +
          'what the kernel charges has reached the limit. Raise the limit now; when a mesh or database proxy dies, its pod loses its traffic path.',
        runbook_url: runbook(ALERTS.near)
      }
    })
  }
  rules.push({
    alert: ALERTS.unbounded,
    expr: `${RECORD.workingSet}\nunless on (${ctr})\n${RECORD.limit}`,
    for: FOR.unbounded,
    labels: {severity: 'warning'},
    annotations: {
      summary: `Sidecar ${where} has no memory limit`,
      description:
        `kube-state-metrics reports no memory limit for ${where}; its working set is {{ $value | humanize1024 }}B. ` +
        'Without a limit a leaking sidecar grows until the node runs out of memory. Set one from measurements (headroom audit), never from a guess.',
      runbook_url: runbook(ALERTS.unbounded)
    }
  })
  const reason = CONTAINER_INFO.map(
    (m) => `${selector(m.replace(/_info$/, '_status_last_terminated_reason'), ['reason="OOMKilled"'])} == 1`
  )
  const restarts = CONTAINER_INFO.map(
    (m) => `increase(${m.replace(/_info$/, '_status_restarts_total')}[${RESTART_WINDOW}]) > 0`
  )
  rules.push({
    alert: ALERTS.oom,
    expr:
      `(${RECORD.limit} or ${RECORD.sidecar} * 0)\n` +
      `and on (${ctr})\n(${reason.join(' or ')})\n` +
      `and on (${ctr})\n(${restarts.join(' or ')})`,
    labels: {severity: 'critical'},
    annotations: {
      summary: `Sidecar ${where} was OOM-killed`,
      description:
        `${where} restarted in the last ${RESTART_WINDOW} and its last termination was OOMKilled, ` +
        '{{ if eq $value 0.0 }}with no memory limit (the node or pod ran out of memory). Set one from measurements that include the kill (headroom audit).' +
        '{{ else }}at its memory limit {{ $value | humanize1024 }}B. The next limit must be at least max(L + 100Mi, 1.2 × L): headroom fix --audit applies it from the kill in the audit data.{{ end }}',
      runbook_url: runbook(ALERTS.oom)
    }
  })
  return {name: 'kube-headroom.alerts', rules}
}
