// `headroom collect`: kubelet summaries from a live cluster with your own kubectl, as NDJSON that
// `--audit` reads. See src/audit/collect.ts.
import {appendFile, mkdir} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {collect, parseDuration, type CollectSink} from '../../audit/collect.js'
import {EXIT_USAGE} from '../../exit-codes.js'
import {UsageError} from '../options.js'
import type {CommandIo} from './command.js'

export const COLLECT_HELP = `Usage: headroom collect [options]

  Reads kubelet /stats/summary from every node through your kubectl
  (kubectl get nodes -o json; kubectl get --raw /api/v1/nodes/NODE/proxy/stats/summary)
  and writes one NDJSON line per node and sample, with a collectedAt timestamp.
  The result is what --audit and headroom audit read. Needs RBAC: list nodes, get nodes/proxy.

Options:
      --kubeconfig <file>   kubeconfig for kubectl (default: kubectl's own)
      --context <name>      kubeconfig context
  -n, --namespace <ns>      keep only pods in this namespace (repeatable)
      --samples <n>         snapshots per node (default 1)
      --interval <d>        time between snapshots: 30s, 1m, ... (default 30s)
  -o, --out <file>          append NDJSON here (default: stdout); each round is written as it completes
      --full                keep the whole summary, not only what the audit reads
      --kubectl <path>      kubectl binary (default: kubectl on PATH)
      --request-timeout <d> per kubectl call (default 30s)
  -h, --help                this help

Exit codes: 0 every node answered, 1 some nodes failed (the rest was written),
2 usage error or nothing could be collected (nodes not listable, no node answered).
`

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        kubeconfig: {type: 'string'},
        context: {type: 'string'},
        namespace: {type: 'string', short: 'n', multiple: true},
        samples: {type: 'string'},
        interval: {type: 'string'},
        out: {type: 'string', short: 'o'},
        full: {type: 'boolean'},
        kubectl: {type: 'string'},
        'request-timeout': {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError(`collect: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`)
  }
  const {values} = parsed
  if (values.help) {
    process.stdout.write(COLLECT_HELP)
    return 0
  }
  const samples = values.samples === undefined ? 1 : Number(values.samples)
  if (!Number.isInteger(samples) || samples < 1 || samples > 100_000) throw new UsageError(`collect: --samples must be a whole number ≥ 1, not ${JSON.stringify(values.samples)}`)
  const intervalMs = parseDuration(values.interval ?? '30s')
  if (intervalMs === undefined) throw new UsageError(`collect: --interval must be a duration like 30s, 1m or 500ms, not ${JSON.stringify(values.interval)}`)
  const requestTimeout = values['request-timeout'] ?? '30s'
  if (parseDuration(requestTimeout) === undefined) throw new UsageError(`collect: --request-timeout must be a duration like 30s, not ${JSON.stringify(requestTimeout)}`)

  const out = values.out === undefined ? undefined : path.resolve(io.cwd, values.out)
  if (out) await mkdir(path.dirname(out), {recursive: true})
  const sink: CollectSink = {
    async write(lines) {
      const text = lines.map((l) => l + '\n').join('')
      if (out) await appendFile(out, text, 'utf8')
      else await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())))
    }
  }
  const log = (message: string) => process.stderr.write(`headroom collect: ${message}\n`)
  const result = await collect(
    {
      kubectl: values.kubectl ?? 'kubectl',
      kubeconfig: values.kubeconfig === undefined ? undefined : path.resolve(io.cwd, values.kubeconfig),
      context: values.context,
      namespaces: values.namespace ?? [],
      samples,
      intervalMs,
      full: values.full ?? false,
      requestTimeout,
      concurrency: 4
    },
    sink,
    log
  )
  if (result.fatal) return EXIT_USAGE
  const failedNodes = new Set(result.errors.map((e) => e.node))
  const where = values.out === undefined ? 'stdout' : values.out
  log(
    `${result.snapshots} snapshot${result.snapshots === 1 ? '' : 's'} (${result.pods} pod entries) from ${result.nodes.length - failedNodes.size} of ${result.nodes.length} node${result.nodes.length === 1 ? '' : 's'} to ${where}` +
      (result.errors.length > 0 ? `; ${result.errors.length} failed request${result.errors.length === 1 ? '' : 's'} (${[...failedNodes].join(', ')})` : '')
  )
  if (result.snapshots === 0) return EXIT_USAGE
  return result.errors.length > 0 ? 1 : 0
}
