// `headroom audit FILE… [--format stylish|json|markdown] [--manifests PATH…]`: what the measurements say,
// per sidecar class (drift) and per workload container (observed peak, OOM kills), before any limit is
// changed. With --manifests, pods are matched to the workloads there and the rest is listed as unmatched.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {loadAudit} from '../../audit/data.js'
import {buildAuditReport, type ManifestWorkload} from '../../audit/report.js'
import {AuditInputError} from '../../audit/types.js'
import {classifyWorkload} from '../../classify/containers.js'
import type {HeadroomConfig, Settings} from '../../config/settings.js'
import {discover} from '../../discover/discover.js'
import {EXIT_CLEAN, EXIT_USAGE} from '../../exit-codes.js'
import {prepare} from '../../engine/analyze.js'
import {withFullParse} from '../../parse/templates.js'
import {extractWorkloads} from '../../extract/workloads.js'
import {formatAuditJson} from '../../report/audit-json.js'
import {formatAuditMarkdown} from '../../report/audit-markdown.js'
import {formatAuditStylish} from '../../report/audit-stylish.js'
import {ConfigResolver} from '../../config/config-files.js'
import {UsageError} from '../options.js'
import {scanIndex} from '../../run/scan-index.js'
import type {CommandIo} from '../../command.js'
import {commandArgs} from './args.js'

export const AUDIT_FORMATS = ['stylish', 'json', 'markdown'] as const

export const AUDIT_HELP = `Usage: headroom audit FILE... [options]

  What audit data says before any limit changes: per sidecar class the measured drift
  (kernel-charged memory / working set) with its 90% interval and the value check/fix
  would apply; per workload container the observed peak working set and OOM kills.

FILE is a kubelet /stats/summary snapshot (object, array or NDJSON, as headroom collect
writes), a Prometheus API response (vector or matrix) or samples ({"version": 1, ...} or
NDJSON); the format is detected from the content.

Options:
  -f, --format <name>     stylish (default), json or markdown (for PR comments)
  -m, --manifests <path>  match pods to the workloads in these manifests (repeatable);
                          samples no manifest claims are listed as unmatched
  -c, --config <file>     config file (rc file or ConfigMap manifest); default: nearest .headroomrc*
      --drift <n>         drift prior (default: the config's, else 1.22)
      --metric <name>     Prometheus reference metric besides container_memory_max_usage_bytes
  -h, --help              this help

Exit codes: 0 report printed, 2 usage, config or audit-data error.
`

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    'audit',
    argv,
    {
      format: {type: 'string', short: 'f'},
      manifests: {type: 'string', short: 'm', multiple: true},
      config: {type: 'string', short: 'c'},
      drift: {type: 'string'},
      metric: {type: 'string'}
    },
    AUDIT_HELP,
    true
  )
  if (!parsed) return EXIT_CLEAN
  const {values, positionals} = parsed
  const format = values.format ?? 'stylish'
  if (!(AUDIT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`audit: --format must be one of ${AUDIT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`)
  if (positionals.length === 0)
    throw new UsageError('audit: name at least one audit file (kubelet summary, Prometheus response or samples)')

  let data
  try {
    data = await loadAudit(positionals, {cwd: io.cwd, metric: values.metric})
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error
    process.stderr.write(`headroom: invalid audit data ${error.message}\n`)
    return EXIT_USAGE
  }
  const overrides: HeadroomConfig = values.drift === undefined ? {} : {drift: values.drift}
  const settings = new ConfigResolver(io.cwd, overrides, values.config, data).forFile(undefined).settings
  const manifests = values.manifests ? await readManifests(values.manifests, io.cwd, settings) : undefined
  const report = buildAuditReport(data, settings, manifests)
  const text =
    format === 'json'
      ? `${formatAuditJson(report, {version: io.version})}\n`
      : format === 'markdown'
        ? formatAuditMarkdown(report)
        : formatAuditStylish(report)
  process.stdout.write(text)
  return EXIT_CLEAN
}

async function readManifests(paths: readonly string[], cwd: string, settings: Settings): Promise<ManifestWorkload[]> {
  const found = await discover(paths, cwd)
  if (found.missing.length > 0)
    throw new UsageError(`audit: no such file, folder or matching manifest: ${found.missing.join(', ')}`)
  const index = await scanIndex(found.files, cwd)
  const out: ManifestWorkload[] = []
  for (const file of found.files) {
    const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => undefined)
    if (text === undefined) continue
    const prepared = prepare({path: file, text})
    if (!prepared.ok) continue
    for (const workload of withFullParse(
      prepared.file,
      (parsed) => extractWorkloads(parsed, settings.kinds),
      () => []
    )) {
      const classified = classifyWorkload(workload, settings, index)
      out.push({
        path: file,
        kind: workload.kind,
        name: workload.name,
        namespace: workload.namespace,
        containers: [
          ...classified.classified
            .filter((c) => c.name !== undefined)
            .map((c) => ({name: c.name as string, sidecarClass: c.role === 'sidecar' ? c.sidecarClass : undefined})),
          ...classified.injected.map((s) => ({
            name: s.injector.container,
            sidecarClass: s.injector.container,
            injected: true
          }))
        ]
      })
    }
  }
  return out
}
