// `headroom collect --prometheus URL`: the options, the credentials and the output file; the queries are in
// src/audit/collect-prometheus.ts. A token is read from a file or the environment, never from the command
// line (where `ps` shows it). The output appears only when every query answered (temp file + rename).
import {readFileSync} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {parseDuration, type CollectSink} from '../../audit/collect.js'
import {collectPrometheus, type PrometheusCollectResult} from '../../audit/collect-prometheus.js'
import {MAX_AUDIT_FILE_BYTES} from '../../audit/data.js'
import {PrometheusClient, PrometheusError} from '../../audit/prometheus-client.js'
import {pointsIn} from '../../audit/prometheus-pages.js'
import {PROMETHEUS_METRICS, isLabelMatcher} from '../../audit/prometheus-queries.js'
import {ConfigResolver} from '../../config/config-files.js'
import {UsageError} from '../options.js'
import {createNew, type NewFile} from '../../run/write-file.js'
import type {CommandIo} from '../../command.js'
import {EXIT_CLEAN, EXIT_USAGE} from '../../exit-codes.js'

export const TOKEN_ENV = 'HEADROOM_PROMETHEUS_TOKEN'

/** One answer is held as one string, and V8 strings stop just short of 512 MiB. */
const MAX_ANSWER_BYTES = 256 * 1048576

export interface PrometheusArgs {
  readonly prometheus?: string | undefined
  readonly since?: string | undefined
  readonly step?: string | undefined
  readonly 'all-containers'?: boolean | undefined
  readonly config?: string | undefined
  readonly 'bearer-token-file'?: string | undefined
  readonly header?: string[] | undefined
  readonly 'ca-file'?: string | undefined
  readonly namespace?: string[] | undefined
  readonly matcher?: string[] | undefined
  readonly out?: string | undefined
  readonly 'request-timeout'?: string | undefined
}

export async function runPrometheus(
  values: PrometheusArgs,
  io: CommandIo,
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const url = serverUrl(values.prometheus ?? '')
  const sinceMs = duration(values.since ?? '7d', '--since', '7d or 36h')
  const stepMs = duration(values.step ?? '5m', '--step', '5m or 30s')
  if (stepMs < 1000 || stepMs % 1000 !== 0)
    throw new UsageError(`collect: --step must be whole seconds, at least 1s, not ${JSON.stringify(values.step)}`)
  if (sinceMs < stepMs)
    throw new UsageError(
      `collect: --since (${values.since ?? '7d'}) must be at least one --step (${values.step ?? '5m'})`
    )
  const timeoutMs = duration(values['request-timeout'] ?? '2m', '--request-timeout', '2m or 90s')
  for (const m of values.matcher ?? []) {
    if (!isLabelMatcher(m))
      throw new UsageError(
        `collect: --matcher must be one PromQL label matcher like cluster="prod" or job=~"kubelet|cadvisor", not ${JSON.stringify(m)}`
      )
  }
  const headers = requestHeaders(values, io.cwd, env)
  const ca = values['ca-file'] === undefined ? undefined : readInput(values['ca-file'], '--ca-file', io.cwd)
  if (ca !== undefined && url.protocol !== 'https:')
    throw new UsageError('collect: --ca-file only applies to an https:// URL')
  const log = (message: string) => process.stderr.write(`headroom collect: ${message}\n`)
  if (
    url.protocol === 'http:' &&
    !isLoopback(url.hostname) &&
    (headers.Authorization !== undefined || url.username !== '')
  ) {
    log(`warning: sending credentials over plain http to ${url.host}`)
  }
  const settings = values['all-containers']
    ? undefined
    : new ConfigResolver(io.cwd, {}, values.config).forFile(undefined).settings

  const client = new PrometheusClient({
    url,
    headers,
    ca,
    timeoutMs,
    maxBytes: MAX_ANSWER_BYTES,
    userAgent: `kube-headroom/${io.version}`
  })
  const out = values.out === undefined ? undefined : path.resolve(io.cwd, values.out)
  let file: NewFile | undefined
  const sink: CollectSink = {
    async write(lines) {
      const text = lines.map((l) => `${l}\n`).join('')
      if (out) {
        if (!file) {
          await mkdir(path.dirname(out), {recursive: true})
          file = await createNew(out)
        }
        await file.write(text)
      } else
        await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())))
    }
  }
  let result: PrometheusCollectResult
  try {
    result = await collectPrometheus(
      client,
      {
        sinceSeconds: sinceMs / 1000,
        stepSeconds: stepMs / 1000,
        namespaces: values.namespace ?? [],
        matchers: values.matcher ?? [],
        sidecars: settings?.sidecars,
        timeoutSeconds: Math.max(1, Math.floor(timeoutMs / 1000)),
        maxOutputBytes: MAX_AUDIT_FILE_BYTES
      },
      sink,
      log
    )
  } catch (error) {
    await file?.abort()
    if (!(error instanceof PrometheusError)) throw error
    log(`${error.message}${out ? `; ${values.out} not written` : ''}`)
    return EXIT_USAGE
  }
  const written = Object.values(result.series).reduce((a, b) => a + b, 0)
  if (written === 0) {
    await file?.abort()
    const who = settings
      ? `containers of the sidecar classes (${settings.sidecars.map((s) => s.id).join(', ')})`
      : 'containers'
    log(
      `no ${who} in ${client.shownUrl} over the last ${values.since ?? '7d'}${settings ? '; --all-containers collects every container' : ''}${out ? `; ${values.out} not written` : ''}`
    )
    return EXIT_USAGE
  }
  await file?.commit()
  log(summary(result, values, stepMs / 1000))
  return EXIT_CLEAN
}

function summary(result: PrometheusCollectResult, values: PrometheusArgs, step: number): string {
  const classes = Object.entries(result.containers)
  const found =
    classes.length === 1 && classes[0]?.[0] === '*'
      ? `${classes[0][1]} containers`
      : `${plural(
          classes.reduce((a, [, n]) => a + n, 0),
          'container'
        )} of ${plural(classes.length, 'sidecar class', 'sidecar classes')} (${classes.map(([c, n]) => `${c} ${n}`).join(', ')})`
  const series = PROMETHEUS_METRICS.map((m) => `${m.metric} ${result.series[m.metric] ?? 0}`).join(', ')
  return (
    `${found}; ${values.since ?? '7d'} at ${values.step ?? '5m'}: ${pointsIn(result.range, step)} points per series in ${plural(result.pages, 'page')} per query, ${plural(result.requests, 'request')}; ` +
    `series: ${series}; ${(result.bytes / 1048576).toFixed(1)} MiB to ${values.out ?? 'stdout'}`
  )
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function serverUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new UsageError(
      `collect: --prometheus must be a URL like https://prometheus.example:9090, not ${JSON.stringify(text)}`
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`collect: --prometheus must be an http:// or https:// URL, not ${JSON.stringify(text)}`)
  if (url.search !== '' || url.hash !== '')
    throw new UsageError(
      `collect: --prometheus takes the server's URL without a query or fragment, not ${JSON.stringify(text)}`
    )
  return url
}

function duration(text: string, flag: string, example: string): number {
  const ms = parseDuration(text)
  if (ms === undefined || ms <= 0)
    throw new UsageError(`collect: ${flag} must be a duration like ${example}, not ${JSON.stringify(text)}`)
  return ms
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

function requestHeaders(values: PrometheusArgs, cwd: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const raw of values.header ?? []) {
    const colon = raw.indexOf(':')
    const name = colon === -1 ? '' : raw.slice(0, colon).trim()
    const value = colon === -1 ? '' : raw.slice(colon + 1).trim()
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(value))
      throw new UsageError(
        `collect: --header must be "Name: value" on one line, not ${JSON.stringify(`${raw.split(':')[0]}:…`)}`
      )
    headers[canonical(name)] = value
  }
  const fromFile =
    values['bearer-token-file'] === undefined
      ? undefined
      : readInput(values['bearer-token-file'], '--bearer-token-file', cwd).toString('utf8').trim()
  const token = fromFile ?? env[TOKEN_ENV]?.trim()
  if (fromFile === '') throw new UsageError(`collect: --bearer-token-file ${values['bearer-token-file']} is empty`)
  if (token) {
    if (headers.Authorization !== undefined)
      throw new UsageError(
        `collect: both a bearer token (${fromFile === undefined ? TOKEN_ENV : '--bearer-token-file'}) and --header "Authorization: …"; give one`
      )
    if (/[\r\n\0]/.test(token)) throw new UsageError('collect: the bearer token must be one line')
    headers.Authorization = `Bearer ${token}`
  }
  return headers
}

/** Header names are case-insensitive: `authorization` given with --header collides with a bearer token. */
function canonical(name: string): string {
  return name.toLowerCase() === 'authorization' ? 'Authorization' : name
}

function readInput(file: string, flag: string, cwd: string): Buffer {
  try {
    return readFileSync(path.resolve(cwd, file))
  } catch (error) {
    throw new UsageError(
      `collect: ${flag} ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    )
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host)
}
