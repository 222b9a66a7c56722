// A small client for Prometheus' HTTP API (docs/querying/api.md in prometheus/prometheus): form-encoded POSTs
// to /api/v1/query_range and /api/v1/series under the URL the user gave (a path prefix such as /prometheus or
// Mimir's /api/prom is kept), over node:http or node:https. Every answer is the API's envelope,
//   {"status": "success", "data": …, "warnings"?: […]}  or  {"status": "error", "errorType": "bad_data", "error": "…"}
// with HTTP 400 (bad_data), 422 (execution), 503 (timeout, canceled), 500 (internal) for errors (respondError in
// web/api/v1/api.go). A failure becomes a PrometheusError whose message says what happened and, where it helps,
// what to do; the bearer token and header values never appear in it.
import http from 'node:http'
import https from 'node:https'
import {gunzip} from 'node:zlib'

export class PrometheusError extends Error {}

export interface ClientOptions {
  readonly url: URL
  /** extra request headers (Authorization from a token file, --header) */
  readonly headers: Readonly<Record<string, string>>
  /** PEM CA bundle for https (replaces the default roots, like curl --cacert) */
  readonly ca?: string | Buffer | undefined
  readonly timeoutMs: number
  /** the largest answer accepted, in bytes (decompressed) */
  readonly maxBytes: number
  readonly userAgent: string
}

export interface ApiAnswer {
  readonly data: unknown
  readonly warnings: readonly string[]
}

export class PrometheusClient {
  constructor(private readonly options: ClientOptions) {}

  /** The URL shown in messages: no credentials, no query. */
  get shownUrl(): string {
    const u = new URL(this.options.url.href)
    u.username = ''
    u.password = ''
    u.search = ''
    u.hash = ''
    return u.href.replace(/\/$/, '')
  }

  /** POSTs `params` to `api/v1/<endpoint>` and returns `data` of a successful answer. */
  async post(endpoint: string, params: readonly (readonly [string, string])[]): Promise<ApiAnswer> {
    const target = this.endpointUrl(endpoint)
    const body = new URLSearchParams(params.map(([k, v]) => [k, v])).toString()
    const {status, headers, text} = await this.send(target, body)
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      const type = headers['content-type'] ?? 'no content type'
      const what =
        status >= 200 && status < 300
          ? `is not a Prometheus API answer (HTTP ${status}, ${type}`
          : `${httpStatusText(status)} (${type}`
      throw new PrometheusError(`${this.where(endpoint)}: ${what}: ${snippet(text)})${hintFor(status)}`)
    }
    const envelope = parsed as {
      status?: unknown
      data?: unknown
      error?: unknown
      errorType?: unknown
      warnings?: unknown
    }
    if (
      envelope === null ||
      typeof envelope !== 'object' ||
      (envelope.status !== 'success' && envelope.status !== 'error')
    ) {
      throw new PrometheusError(
        `${this.where(endpoint)}: is not a Prometheus API answer (HTTP ${status}: ${snippet(text)})${hintFor(status)}`
      )
    }
    if (envelope.status === 'error' || status < 200 || status >= 300) {
      const type = typeof envelope.errorType === 'string' && envelope.errorType !== '' ? envelope.errorType : 'error'
      const message =
        typeof envelope.error === 'string' && envelope.error !== '' ? envelope.error : httpStatusText(status)
      throw new PrometheusError(
        `${this.where(endpoint)}: Prometheus answered HTTP ${status}, ${type}: ${message}${hintFor(status, message)}`
      )
    }
    const warnings = Array.isArray(envelope.warnings)
      ? envelope.warnings.filter((w): w is string => typeof w === 'string')
      : []
    return {data: envelope.data, warnings}
  }

  private where(endpoint: string): string {
    return `${this.shownUrl}/api/v1/${endpoint}`
  }

  private endpointUrl(endpoint: string): URL {
    const u = new URL(this.options.url.href)
    u.username = ''
    u.password = ''
    u.search = ''
    u.hash = ''
    u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v1/${endpoint}`
    return u
  }

  private send(target: URL, body: string): Promise<{status: number; headers: http.IncomingHttpHeaders; text: string}> {
    const {url, headers, ca, timeoutMs, maxBytes, userAgent} = this.options
    const auth =
      url.username !== ''
        ? {
            Authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
          }
        : {}
    const requestHeaders = {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': String(Buffer.byteLength(body)),
      Accept: 'application/json',
      'Accept-Encoding': 'gzip',
      'User-Agent': userAgent,
      ...auth,
      ...headers
    }
    const secure = target.protocol === 'https:'
    const request = secure ? https.request : http.request
    return new Promise((resolve, reject) => {
      const fail = (error: Error) =>
        reject(error instanceof PrometheusError ? error : new PrometheusError(connectionMessage(this.shownUrl, error)))
      const req = request(
        target,
        {method: 'POST', headers: requestHeaders, timeout: timeoutMs, ...(secure && ca !== undefined ? {ca} : {})},
        (res) => {
          const chunks: Buffer[] = []
          let size = 0
          res.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > maxBytes) {
              req.destroy(new PrometheusError(tooLarge(this.shownUrl, maxBytes)))
              return
            }
            chunks.push(chunk)
          })
          res.on('error', fail)
          res.on('end', () => {
            const raw = Buffer.concat(chunks)
            const status = res.statusCode ?? 0
            if (status >= 300 && status < 400) {
              return fail(
                new PrometheusError(
                  `${this.shownUrl}: HTTP ${status} redirect to ${res.headers.location ?? '(no location)'}; pass the URL Prometheus answers on`
                )
              )
            }
            const done = (text: Buffer) => resolve({status, headers: res.headers, text: text.toString('utf8')})
            if (res.headers['content-encoding'] === 'gzip') {
              gunzip(raw, {maxOutputLength: maxBytes}, (error, out) => {
                if (!error) return done(out)
                fail(
                  new PrometheusError(
                    (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
                      ? tooLarge(this.shownUrl, maxBytes)
                      : `${this.shownUrl}: the answer is not valid gzip (${error.message})`
                  )
                )
              })
            } else done(raw)
          })
        }
      )
      req.on('timeout', () =>
        req.destroy(
          new PrometheusError(
            `${this.shownUrl}: no answer within ${timeoutMs / 1000}s; raise --request-timeout, or ask for less (--since, --step, --namespace)`
          )
        )
      )
      req.on('error', fail)
      req.end(body)
    })
  }
}

function tooLarge(url: string, maxBytes: number): string {
  return `${url}: the answer is over ${Math.round(maxBytes / 1048576)} MiB; use a larger --step, a shorter --since or --namespace`
}

function connectionMessage(url: string, error: Error): string {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  const cause = `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}`
  const tls = /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS|ERR_SSL|EPROTO/.test(code)
  if (tls) return `${url}: TLS failed: ${cause}; pass --ca-file with the CA that signed the server's certificate`
  if (
    code === 'ECONNREFUSED' ||
    code === 'ENOTFOUND' ||
    code === 'EAI_AGAIN' ||
    code === 'EHOSTUNREACH' ||
    code === 'ENETUNREACH' ||
    code === 'ECONNRESET' ||
    code === 'ETIMEDOUT'
  ) {
    return `${url}: cannot reach Prometheus: ${cause}`
  }
  return `${url}: request failed: ${cause}`
}

function hintFor(status: number, message = ''): string {
  if (status === 401 || status === 403)
    return '; pass a token with --bearer-token-file (or HEADROOM_PROMETHEUS_TOKEN) or --header'
  if (status === 404) return '; is the URL the Prometheus server (with its path prefix, if any)?'
  if (/11,000 points|too many samples|max-samples/i.test(message))
    return '; use a larger --step, a shorter --since or --namespace'
  return ''
}

function httpStatusText(status: number): string {
  return `HTTP ${status}${http.STATUS_CODES[status] ? ` ${http.STATUS_CODES[status]}` : ''}`
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return 'empty body'
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat
}
