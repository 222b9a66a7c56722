// `headroom collect`: kubelet summaries from a live cluster through the user's own kubectl (no client
// library, so every auth plugin, proxy and context kubectl supports just works):
//   kubectl get nodes -o json
//   kubectl get --raw /api/v1/nodes/<node>/proxy/stats/summary     (per node, per round)
// Each snapshot becomes one NDJSON line (kubelet summary shape, trimmed to what the audit reads, plus
// `collectedAt`), which `--audit` and `headroom audit` accept. A node that fails is reported and skipped;
// the rest is still written.
import {execFile} from 'node:child_process'
import {checkShape} from './schemas.js'
import {AuditInputError} from './types.js'

export interface CollectOptions {
  readonly kubectl: string
  readonly kubeconfig?: string | undefined
  readonly context?: string | undefined
  readonly namespaces: readonly string[]
  readonly samples: number
  readonly intervalMs: number
  /** keep the whole summary (node, cpu, network, volumes), not only what the audit reads */
  readonly full: boolean
  readonly requestTimeout: string
  readonly concurrency: number
  readonly env?: NodeJS.ProcessEnv | undefined
  /** for tests: the clock and the wait between rounds */
  readonly now?: (() => Date) | undefined
  readonly sleep?: ((ms: number) => Promise<void>) | undefined
}

export interface CollectError {
  readonly node: string | undefined
  readonly round: number
  readonly message: string
}

export interface CollectResult {
  readonly nodes: readonly string[]
  readonly snapshots: number
  readonly pods: number
  readonly errors: readonly CollectError[]
  /** listing the nodes failed: nothing could be collected */
  readonly fatal: boolean
}

export interface CollectSink {
  write(lines: readonly string[]): Promise<void>
}

export async function collect(
  options: CollectOptions,
  sink: CollectSink,
  log: (message: string) => void
): Promise<CollectResult> {
  const now = options.now ?? (() => new Date())
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const errors: CollectError[] = []
  const listed = await kubectl(options, ['get', 'nodes', '-o', 'json'])
  let nodes: string[]
  try {
    if (!listed.ok) throw new Error(listed.message)
    nodes = nodeNames(JSON.parse(listed.stdout))
  } catch (error) {
    const message = `cannot list nodes: ${(error as Error).message}`
    log(message)
    return {nodes: [], snapshots: 0, pods: 0, errors: [{node: undefined, round: 0, message}], fatal: true}
  }
  if (nodes.length === 0) log('the cluster has no nodes')
  let snapshots = 0
  let pods = 0
  const start = Date.now()
  for (let round = 1; round <= options.samples; round++) {
    if (round > 1) {
      const due = start + (round - 1) * options.intervalMs
      const wait = due - Date.now()
      if (wait > 0) await sleep(wait)
    }
    const results = await mapLimit(nodes, options.concurrency, async (node) => {
      const raw = await kubectl(options, [
        'get',
        '--raw',
        `/api/v1/nodes/${encodeURIComponent(node)}/proxy/stats/summary`
      ])
      if (!raw.ok) return {node, error: raw.message}
      try {
        const summary = JSON.parse(raw.stdout) as unknown
        checkShape('kubelet-summary', summary, `node ${node}`)
        return {node, line: snapshotLine(summary as Summary, node, options, now())}
      } catch (error) {
        const detail =
          error instanceof AuditInputError
            ? `unexpected /stats/summary: ${error.pointer || '/'} ${error.expected}`
            : `answer is not JSON: ${(error as Error).message}`
        return {node, error: detail}
      }
    })
    const lines: string[] = []
    for (const result of results) {
      if ('error' in result && result.error !== undefined) {
        errors.push({node: result.node, round, message: result.error})
        log(`node ${result.node}${options.samples > 1 ? ` (sample ${round})` : ''}: ${result.error}`)
      } else if ('line' in result && result.line) {
        lines.push(result.line.text)
        pods += result.line.pods
      }
    }
    if (lines.length > 0) await sink.write(lines)
    snapshots += lines.length
  }
  return {nodes, snapshots, pods, errors, fatal: false}
}

interface Summary {
  node?: {nodeName?: string; [key: string]: unknown}
  pods?:
    | {
        podRef: {name: string; namespace: string; uid?: string}
        containers?: {name: string; startTime?: string; memory?: Record<string, unknown> | null}[] | null
      }[]
    | null
  [key: string]: unknown
}

const MEMORY_FIELDS = [
  'time',
  'workingSetBytes',
  'usageBytes',
  'rssBytes',
  'peakBytes',
  'pageFaults',
  'majorPageFaults'
] as const

function snapshotLine(summary: Summary, node: string, options: CollectOptions, at: Date): {text: string; pods: number} {
  const keep = options.namespaces.length === 0 ? () => true : (ns: string) => options.namespaces.includes(ns)
  const pods = (summary.pods ?? []).filter((p) => keep(p.podRef.namespace))
  const out = options.full
    ? {...summary, node: {...summary.node, nodeName: summary.node?.nodeName ?? node}, pods}
    : {
        node: {nodeName: summary.node?.nodeName ?? node},
        pods: pods.map((p) => ({
          podRef: p.podRef,
          containers: (p.containers ?? []).map((c) => ({
            name: c.name,
            ...(c.startTime === undefined ? {} : {startTime: c.startTime}),
            ...(c.memory ? {memory: pick(c.memory, MEMORY_FIELDS)} : {})
          }))
        }))
      }
  return {text: JSON.stringify({collectedAt: at.toISOString(), ...out}), pods: pods.length}
}

function pick(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of keys) if (object[key] !== undefined) out[key] = object[key]
  return out
}

function nodeNames(list: unknown): string[] {
  const items = (list as {items?: unknown}).items
  if (!Array.isArray(items)) throw new Error('kubectl get nodes -o json printed no items list')
  return items
    .map((item) => (item as {metadata?: {name?: unknown}}).metadata?.name)
    .filter((name): name is string => typeof name === 'string' && name !== '')
    .sort()
}

type KubectlResult = {ok: true; stdout: string} | {ok: false; message: string}

function kubectl(options: CollectOptions, args: readonly string[]): Promise<KubectlResult> {
  const global = [
    ...(options.kubeconfig ? ['--kubeconfig', options.kubeconfig] : []),
    ...(options.context ? ['--context', options.context] : []),
    `--request-timeout=${options.requestTimeout}`
  ]
  return new Promise((resolve) => {
    execFile(
      options.kubectl,
      [...global, ...args],
      {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        timeout: 300_000,
        env: options.env ?? process.env,
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ok: true, stdout})
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT')
          return resolve({ok: false, message: `${options.kubectl} not found; install kubectl or pass --kubectl PATH`})
        if ((error as {killed?: boolean}).killed) return resolve({ok: false, message: 'kubectl timed out'})
        resolve({ok: false, message: lastError(stderr) ?? error.message.split('\n')[0] ?? 'kubectl failed'})
      }
    )
  })
}

/** kubectl's own message, without the discovery-cache noise (memcache.go lines) it prints first. */
function lastError(stderr: string): string | undefined {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^[EIW]\d{4} /.test(l))
  return lines.at(-1) ?? stderr.trim().split('\n').at(-1)?.trim() ?? undefined
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const workers = Array.from({length: Math.max(1, Math.min(limit, items.length))}, async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T)
    }
  })
  await Promise.all(workers)
  return out
}

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

/** `30s`, `1m`, `500ms`, `2h`, `7d`, `2w` -> milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(text.trim())
  if (!m) return undefined
  return Math.round(Number(m[1]) * (DURATION_UNITS[m[2] as string] as number))
}
