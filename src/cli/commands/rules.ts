// `headroom rules`: the run-time twin of check. Prints Prometheus rules (a PrometheusRule by default)
// that alert when a sidecar's working set eats the headroom the repo asks for, from the same config;
// `--check FILE` tells CI when a committed copy is stale.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {loadAudit} from '../../audit/data.js'
import {AuditInputError} from '../../audit/types.js'
import type {HeadroomConfig} from '../../config/settings.js'
import {PatternError} from '../../alerts/label-regex.js'
import {generateRules, staleDiff} from '../../alerts/generate.js'
import {RULE_FORMATS, type RuleFormat} from '../../alerts/render.js'
import {ConfigResolver} from '../../config/config-files.js'
import {UsageError} from '../options.js'
import {commandArgs} from './args.js'
import type {CommandIo} from '../../command.js'
import {EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE} from '../../exit-codes.js'

export const DEFAULT_RUNBOOK = 'https://github.com/kube-headroom/kube-headroom/blob/main/docs/playbook.md'

export const RULES_HELP = `Usage: headroom rules [options]

  Prometheus rules that watch at run time what check/fix guard in git: recording rules
  for sidecar containers, their limits and measured drift per class, and alerts when a
  sidecar's working set × drift × (1 + headroom) is above its limit, when the
  drift-corrected working set is above the limit itself, when a sidecar has no limit,
  and when one was OOM-killed. Sidecar classes, patterns, excludes, drift and headroom
  come from the same config (nearest .headroomrc* from the working folder).

Options:
  -f, --format <name>     prometheusrule (default: a monitoring.coreos.com/v1 PrometheusRule
                          for prometheus-operator) or prometheus (a plain rule file)
      --check <file>      compare FILE with what would be generated: exit 0 when current,
                          1 with a diff when stale
  -c, --config <file>     config file (rc file or ConfigMap manifest)
      --headroom <n>      headroom (default: the config's, else 0.15)
      --drift <n>         drift (default: the config's, else 1.22)
      --audit <file>      measurements (repeatable): drift per class from the evidence
      --metric <name>     Prometheus reference metric besides container_memory_max_usage_bytes
      --join-label <l>    also join on this label (repeatable), e.g. cluster behind Thanos
      --runbook-url <u>   where docs/playbook.md is served (default: on GitHub)
      --name <name>       PrometheusRule metadata.name (default kube-headroom)
      --rule-namespace <ns>  PrometheusRule metadata.namespace (default: none, kubectl's)
      --label <k=v>       PrometheusRule metadata label (repeatable), e.g. what your
                          Prometheus's ruleSelector matches: --label release=kube-prometheus-stack
  -h, --help              this help

Exit codes: 0 rules printed (or --check: current), 1 --check: stale,
2 usage, config or audit-data error.
`

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    'rules',
    argv,
    {
      format: {type: 'string', short: 'f'},
      check: {type: 'string'},
      config: {type: 'string', short: 'c'},
      headroom: {type: 'string'},
      drift: {type: 'string'},
      audit: {type: 'string', multiple: true},
      metric: {type: 'string'},
      'join-label': {type: 'string', multiple: true},
      'runbook-url': {type: 'string'},
      name: {type: 'string'},
      'rule-namespace': {type: 'string'},
      label: {type: 'string', multiple: true}
    },
    RULES_HELP,
    false
  )
  if (!parsed) return EXIT_CLEAN
  const {values} = parsed
  const format = values.format ?? 'prometheusrule'
  if (!(RULE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`rules: --format must be one of ${RULE_FORMATS.join(', ')}, not ${JSON.stringify(format)}`)
  if (values.metric !== undefined && (values.audit ?? []).length === 0)
    throw new UsageError('rules: --metric only applies with --audit FILE')
  const join = values['join-label'] ?? []
  for (const label of join) {
    if (!LABEL_NAME.test(label) || ['namespace', 'pod', 'container'].includes(label)) {
      throw new UsageError(
        `rules: --join-label must be a Prometheus label name other than namespace, pod and container, not ${JSON.stringify(label)}`
      )
    }
  }
  const name = values.name ?? 'kube-headroom'
  if (!DNS_SUBDOMAIN.test(name) || name.length > 253)
    throw new UsageError(
      `rules: --name must be a Kubernetes object name (lower-case letters, digits, - and .), not ${JSON.stringify(name)}`
    )
  const namespace = values['rule-namespace']
  if (namespace !== undefined && !DNS_LABEL.test(namespace))
    throw new UsageError(
      `rules: --rule-namespace must be a namespace name (lower-case letters, digits and -, at most 63), not ${JSON.stringify(namespace)}`
    )
  const labels: Record<string, string> = {}
  for (const pair of values.label ?? []) {
    const at = pair.indexOf('=')
    if (at <= 0) throw new UsageError(`rules: --label must be KEY=VALUE, not ${JSON.stringify(pair)}`)
    labels[pair.slice(0, at)] = pair.slice(at + 1)
  }

  let audit
  try {
    audit = values.audit ? await loadAudit(values.audit, {cwd: io.cwd, metric: values.metric}) : undefined
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error
    process.stderr.write(`headroom: invalid audit data ${error.message}\n`)
    return EXIT_USAGE
  }
  const overrides: HeadroomConfig = {}
  if (values.headroom !== undefined) overrides.headroom = values.headroom
  if (values.drift !== undefined) overrides.drift = values.drift
  const settings = new ConfigResolver(io.cwd, overrides, values.config, audit).forFile(undefined).settings
  let text: string
  try {
    text = generateRules(settings, {
      format: format as RuleFormat,
      joins: {join: [...new Set(join)]},
      runbook: values['runbook-url'] ?? DEFAULT_RUNBOOK,
      name,
      namespace,
      labels
    })
  } catch (error) {
    if (!(error instanceof PatternError)) throw error
    process.stderr.write(`headroom: invalid config: ${error.message}\n`)
    return EXIT_USAGE
  }
  if (values.check === undefined) {
    process.stdout.write(text)
    return EXIT_CLEAN
  }
  const file = values.check
  let committed: string
  try {
    committed = await readFile(path.resolve(io.cwd, file), 'utf8')
  } catch (error) {
    process.stderr.write(
      `headroom: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`
    )
    return EXIT_USAGE
  }
  const diff = staleDiff(file, committed, text)
  if (diff === undefined) {
    process.stderr.write(`headroom: ${file} is up to date\n`)
    return EXIT_CLEAN
  }
  process.stdout.write(diff)
  process.stderr.write(
    `headroom: ${file} is stale: it differs from what headroom rules generates now (diff above); regenerate it with the same options, redirecting to ${file}\n`
  )
  return EXIT_FINDINGS
}
