#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-RBSA66OO.js";
import {
  UsageError
} from "./chunk-RYOY3W7Z.js";
import {
  ConfigResolver
} from "./chunk-SQEB3G2T.js";
import {
  MAX_AUDIT_FILE_BYTES
} from "./chunk-FIMTELJK.js";
import {
  checkShape
} from "./chunk-J6OMOTEQ.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import {
  createNew
} from "./chunk-2G3HYGBX.js";
import {
  EXIT_CLEAN,
  EXIT_USAGE
} from "./chunk-VAQKSYXQ.js";
import "./chunk-F3NRG57P.js";
import "./chunk-37ZWPQAO.js";
import {
  sidecarClassOf
} from "./chunk-YB4YLNZB.js";
import "./chunk-LJRAQNHH.js";
import "./chunk-T2PMIZ5N.js";
import "./chunk-MTGXENKW.js";
import "./chunk-7SZVRMJ5.js";

// src/cli/commands/collect-prometheus.ts
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";

// src/audit/prometheus-client.ts
import http from "node:http";
import https from "node:https";
import { gunzip } from "node:zlib";
var PrometheusError = class extends Error {
};
var PrometheusClient = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** The URL shown in messages: no credentials, no query. */
  get shownUrl() {
    const u = new URL(this.options.url.href);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    return u.href.replace(/\/$/, "");
  }
  /** POSTs `params` to `api/v1/<endpoint>` and returns `data` of a successful answer. */
  async post(endpoint, params) {
    const target = this.endpointUrl(endpoint);
    const body = new URLSearchParams(params.map(([k, v]) => [k, v])).toString();
    const { status, headers, text } = await this.send(target, body);
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      const type = headers["content-type"] ?? "no content type";
      const what = status >= 200 && status < 300 ? `is not a Prometheus API answer (HTTP ${status}, ${type}` : `${httpStatusText(status)} (${type}`;
      throw new PrometheusError(`${this.where(endpoint)}: ${what}: ${snippet(text)})${hintFor(status)}`);
    }
    const envelope = parsed;
    if (envelope === null || typeof envelope !== "object" || envelope.status !== "success" && envelope.status !== "error") {
      throw new PrometheusError(
        `${this.where(endpoint)}: is not a Prometheus API answer (HTTP ${status}: ${snippet(text)})${hintFor(status)}`
      );
    }
    if (envelope.status === "error" || status < 200 || status >= 300) {
      const type = typeof envelope.errorType === "string" && envelope.errorType !== "" ? envelope.errorType : "error";
      const message = typeof envelope.error === "string" && envelope.error !== "" ? envelope.error : httpStatusText(status);
      throw new PrometheusError(
        `${this.where(endpoint)}: Prometheus answered HTTP ${status}, ${type}: ${message}${hintFor(status, message)}`
      );
    }
    const warnings = Array.isArray(envelope.warnings) ? envelope.warnings.filter((w) => typeof w === "string") : [];
    return { data: envelope.data, warnings };
  }
  where(endpoint) {
    return `${this.shownUrl}/api/v1/${endpoint}`;
  }
  endpointUrl(endpoint) {
    const u = new URL(this.options.url.href);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    u.pathname = `${u.pathname.replace(/\/+$/, "")}/api/v1/${endpoint}`;
    return u;
  }
  send(target, body) {
    const { url, headers, ca, timeoutMs, maxBytes, userAgent } = this.options;
    const auth = url.username !== "" ? {
      Authorization: `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`
    } : {};
    const requestHeaders2 = {
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": String(Buffer.byteLength(body)),
      Accept: "application/json",
      "Accept-Encoding": "gzip",
      "User-Agent": userAgent,
      ...auth,
      ...headers
    };
    const secure = target.protocol === "https:";
    const request = secure ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const fail = (error) => reject(error instanceof PrometheusError ? error : new PrometheusError(connectionMessage(this.shownUrl, error)));
      const req = request(
        target,
        { method: "POST", headers: requestHeaders2, timeout: timeoutMs, ...secure && ca !== void 0 ? { ca } : {} },
        (res) => {
          const chunks = [];
          let size = 0;
          res.on("data", (chunk) => {
            size += chunk.length;
            if (size > maxBytes) {
              req.destroy(new PrometheusError(tooLarge(this.shownUrl, maxBytes)));
              return;
            }
            chunks.push(chunk);
          });
          res.on("error", fail);
          res.on("end", () => {
            const raw = Buffer.concat(chunks);
            const status = res.statusCode ?? 0;
            if (status >= 300 && status < 400) {
              return fail(
                new PrometheusError(
                  `${this.shownUrl}: HTTP ${status} redirect to ${res.headers.location ?? "(no location)"}; pass the URL Prometheus answers on`
                )
              );
            }
            const done = (text) => resolve({ status, headers: res.headers, text: text.toString("utf8") });
            if (res.headers["content-encoding"] === "gzip") {
              gunzip(raw, { maxOutputLength: maxBytes }, (error, out) => {
                if (!error) return done(out);
                fail(
                  new PrometheusError(
                    error.code === "ERR_BUFFER_TOO_LARGE" ? tooLarge(this.shownUrl, maxBytes) : `${this.shownUrl}: the answer is not valid gzip (${error.message})`
                  )
                );
              });
            } else done(raw);
          });
        }
      );
      req.on(
        "timeout",
        () => req.destroy(
          new PrometheusError(
            `${this.shownUrl}: no answer within ${timeoutMs / 1e3}s; raise --request-timeout, or ask for less (--since, --step, --namespace)`
          )
        )
      );
      req.on("error", fail);
      req.end(body);
    });
  }
};
function tooLarge(url, maxBytes) {
  return `${url}: the answer is over ${Math.round(maxBytes / 1048576)} MiB; use a larger --step, a shorter --since or --namespace`;
}
function connectionMessage(url, error) {
  const code = error.code ?? "";
  const cause = `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ""}`;
  const tls = /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS|ERR_SSL|EPROTO/.test(code);
  if (tls) return `${url}: TLS failed: ${cause}; pass --ca-file with the CA that signed the server's certificate`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "ECONNRESET" || code === "ETIMEDOUT") {
    return `${url}: cannot reach Prometheus: ${cause}`;
  }
  return `${url}: request failed: ${cause}`;
}
function hintFor(status, message = "") {
  if (status === 401 || status === 403)
    return "; pass a token with --bearer-token-file (or HEADROOM_PROMETHEUS_TOKEN) or --header";
  if (status === 404) return "; is the URL the Prometheus server (with its path prefix, if any)?";
  if (/11,000 points|too many samples|max-samples/i.test(message))
    return "; use a larger --step, a shorter --since or --namespace";
  return "";
}
function httpStatusText(status) {
  return `HTTP ${status}${http.STATUS_CODES[status] ? ` ${http.STATUS_CODES[status]}` : ""}`;
}
function snippet(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "") return "empty body";
  return flat.length > 120 ? `${flat.slice(0, 117)}\u2026` : flat;
}

// src/audit/prometheus-pages.ts
var PROMETHEUS_MAX_POINTS = 11e3;
function timeRange(nowSeconds, sinceSeconds, stepSeconds) {
  const end = Math.floor(nowSeconds / stepSeconds) * stepSeconds;
  return { start: end - Math.floor(sinceSeconds / stepSeconds) * stepSeconds, end };
}
function pages(range, stepSeconds, maxPoints = PROMETHEUS_MAX_POINTS) {
  if (!(stepSeconds > 0) || !Number.isInteger(maxPoints) || maxPoints < 1)
    throw new RangeError("step must be > 0 and maxPoints \u2265 1");
  const out = [];
  const span = (maxPoints - 1) * stepSeconds;
  for (let start = range.start; start <= range.end; start += span + stepSeconds) {
    out.push({ start, end: Math.min(start + span, range.end) });
  }
  return out;
}
function pointsIn(page, stepSeconds) {
  return Math.floor((page.end - page.start) / stepSeconds) + 1;
}

// src/audit/prometheus-queries.ts
var PROMETHEUS_METRICS = [
  { metric: "container_memory_working_set_bytes", matchers: [], readAs: "working set", exporter: "cAdvisor (kubelet)" },
  {
    metric: "container_memory_max_usage_bytes",
    matchers: [],
    readAs: "peak, the preferred drift reference (0 on cgroup v2 nodes without `memory.peak`; then dropped)",
    exporter: "cAdvisor (kubelet)"
  },
  {
    metric: "container_memory_usage_bytes",
    matchers: [],
    readAs: "usage, the fallback drift reference",
    exporter: "cAdvisor (kubelet)"
  },
  {
    metric: "kube_pod_container_resource_limits",
    matchers: ['resource="memory"'],
    readAs: "the memory limit",
    exporter: "kube-state-metrics"
  },
  {
    metric: "kube_pod_container_status_last_terminated_reason",
    matchers: ['reason="OOMKilled"'],
    readAs: "an OOM kill (1 while the last termination was one)",
    exporter: "kube-state-metrics"
  }
];
var DISCOVERY_METRIC = "container_memory_working_set_bytes";
var KEPT_LABELS = [
  "namespace",
  "pod",
  "container",
  "image",
  "workload",
  "workload_type",
  "created_by_kind",
  "created_by_name",
  "owner_kind",
  "owner_name"
];
function isLabelMatcher(text) {
  return /^[a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"(?:[^"\\\n]|\\.)*"$/.test(text.trim());
}
function selectorMatchers(extra, scope) {
  const matchers = ['container!=""', 'container!="POD"', ...extra];
  if (scope.containers !== void 0) matchers.push(`container=~${promString(anyOf(scope.containers))}`);
  if (scope.namespaces.length > 0) matchers.push(`namespace=~${promString(anyOf(scope.namespaces))}`);
  for (const m of scope.matchers ?? []) matchers.push(m.trim());
  return `{${matchers.join(",")}}`;
}
function rangeQuery(metric, scope, stepSeconds) {
  return `max by (${KEPT_LABELS.join(", ")}) (max_over_time(${metric.metric}${selectorMatchers(metric.matchers, scope)}[${stepSeconds}s]))`;
}
function discoveryMatch(scope) {
  return `${DISCOVERY_METRIC}${selectorMatchers([], { namespaces: scope.namespaces, matchers: scope.matchers })}`;
}
function anyOf(values) {
  return [...new Set(values)].sort().map((v) => v.replace(/[\\.^$|?*+()[\]{}]/g, "\\$&")).join("|");
}
function promString(text) {
  return JSON.stringify(text);
}

// src/audit/collect-prometheus.ts
async function collectPrometheus(client, options, sink, log) {
  const step = options.stepSeconds;
  const range = timeRange(Date.now() / 1e3, options.sinceSeconds, step);
  const pageList = pages(range, step);
  let requests = 0;
  const post = async (endpoint, params) => {
    requests++;
    const answer = await client.post(endpoint, params);
    for (const warning of answer.warnings) log(`Prometheus warns: ${warning}`);
    return answer.data;
  };
  const containers = {};
  let keep = () => true;
  let scope = { namespaces: options.namespaces, matchers: options.matchers };
  if (options.sidecars) {
    const data = await post("series", [
      ["match[]", discoveryMatch(scope)],
      ["start", String(range.start - step)],
      ["end", String(range.end)]
    ]);
    const found = classify(validSeries(data, client.shownUrl), options.sidecars);
    for (const [cls, count] of found.perClass) containers[cls] = count;
    keep = (labels) => found.instances.has(instanceKey(labels));
    scope = { ...scope, containers: [...found.names] };
    if (found.names.size === 0) return { range, pages: pageList.length, requests, series: {}, containers, bytes: 0 };
  }
  const series = {};
  const instances = /* @__PURE__ */ new Set();
  let bytes = 0;
  for (const metric of PROMETHEUS_METRICS) {
    series[metric.metric] = 0;
    const query = rangeQuery(metric, scope, step);
    for (const page of pageList) {
      const data = await post("query_range", [
        ["query", query],
        ["start", String(page.start)],
        ["end", String(page.end)],
        ["step", String(step)],
        ["timeout", `${options.timeoutSeconds}s`]
      ]);
      const result = [];
      for (const s of validMatrix(data, client.shownUrl)) {
        if (s.values.length === 0 || !keep(s.metric)) continue;
        result.push({ metric: { __name__: metric.metric, ...pick(s.metric) }, values: s.values });
        if (metric === PROMETHEUS_METRICS[0]) instances.add(instanceKey(s.metric));
      }
      if (result.length === 0) continue;
      series[metric.metric] = (series[metric.metric] ?? 0) + result.length;
      const line = `${JSON.stringify({ status: "success", data: { resultType: "matrix", result } })}
`;
      bytes += Buffer.byteLength(line);
      if (bytes > options.maxOutputBytes) {
        throw new PrometheusError(
          `the data is over ${Math.round(options.maxOutputBytes / 1048576)} MiB, the most one --audit file may be; use a larger --step, a shorter --since or --namespace`
        );
      }
      await sink.write([line.slice(0, -1)]);
    }
  }
  if (!options.sidecars) containers["*"] = instances.size;
  return { range, pages: pageList.length, requests, series, containers, bytes };
}
function instanceKey(labels) {
  return `${labels.namespace ?? ""}\0${labels.pod ?? ""}\0${labels.container ?? ""}`;
}
function pick(labels) {
  const out = {};
  for (const key of KEPT_LABELS) if (labels[key] !== void 0 && labels[key] !== "") out[key] = labels[key];
  return out;
}
function classify(labelSets, sidecars) {
  const instances = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  const perClass = /* @__PURE__ */ new Map();
  for (const labels of labelSets) {
    const { container, namespace, pod } = labels;
    if (!container || !namespace || !pod) continue;
    const cls = sidecarClassOf(sidecars, container, labels.image || void 0);
    if (cls === void 0) continue;
    const key = instanceKey(labels);
    if (instances.has(key)) continue;
    instances.add(key);
    names.add(container);
    perClass.set(cls, (perClass.get(cls) ?? 0) + 1);
  }
  return { instances, names, perClass: new Map([...perClass].sort(([a], [b]) => a < b ? -1 : 1)) };
}
function validSeries(data, url) {
  shapeOf("prometheus-series", data, `${url}/api/v1/series`);
  return data;
}
function validMatrix(data, url) {
  const answer = { status: "success", data };
  shapeOf("prometheus", answer, `${url}/api/v1/query_range`);
  const { resultType, result } = data;
  if (resultType !== "matrix")
    throw new PrometheusError(`${url}/api/v1/query_range: answered a ${resultType}, not a matrix`);
  return result;
}
function shapeOf(name, data, where) {
  try {
    checkShape(name, data, where);
  } catch (error) {
    if (!(error instanceof AuditInputError)) throw error;
    const pointer = name === "prometheus" ? error.pointer : `/data${error.pointer}`;
    throw new PrometheusError(`${where}: unexpected answer: ${pointer || "/"} ${error.expected}`);
  }
}

// src/cli/commands/collect-prometheus.ts
var TOKEN_ENV = "HEADROOM_PROMETHEUS_TOKEN";
var MAX_ANSWER_BYTES = 256 * 1048576;
async function runPrometheus(values, io, env = process.env) {
  const url = serverUrl(values.prometheus ?? "");
  const sinceMs = duration(values.since ?? "7d", "--since", "7d or 36h");
  const stepMs = duration(values.step ?? "5m", "--step", "5m or 30s");
  if (stepMs < 1e3 || stepMs % 1e3 !== 0)
    throw new UsageError(`collect: --step must be whole seconds, at least 1s, not ${JSON.stringify(values.step)}`);
  if (sinceMs < stepMs)
    throw new UsageError(
      `collect: --since (${values.since ?? "7d"}) must be at least one --step (${values.step ?? "5m"})`
    );
  const timeoutMs = duration(values["request-timeout"] ?? "2m", "--request-timeout", "2m or 90s");
  for (const m of values.matcher ?? []) {
    if (!isLabelMatcher(m))
      throw new UsageError(
        `collect: --matcher must be one PromQL label matcher like cluster="prod" or job=~"kubelet|cadvisor", not ${JSON.stringify(m)}`
      );
  }
  const headers = requestHeaders(values, io.cwd, env);
  const ca = values["ca-file"] === void 0 ? void 0 : readInput(values["ca-file"], "--ca-file", io.cwd);
  if (ca !== void 0 && url.protocol !== "https:")
    throw new UsageError("collect: --ca-file only applies to an https:// URL");
  const log = (message) => process.stderr.write(`headroom collect: ${message}
`);
  if (url.protocol === "http:" && !isLoopback(url.hostname) && (headers.Authorization !== void 0 || url.username !== "")) {
    log(`warning: sending credentials over plain http to ${url.host}`);
  }
  const settings = values["all-containers"] ? void 0 : new ConfigResolver(io.cwd, {}, values.config).forFile(void 0).settings;
  const client = new PrometheusClient({
    url,
    headers,
    ca,
    timeoutMs,
    maxBytes: MAX_ANSWER_BYTES,
    userAgent: `kube-headroom/${io.version}`
  });
  const out = values.out === void 0 ? void 0 : path.resolve(io.cwd, values.out);
  let file;
  const sink = {
    async write(lines) {
      const text = lines.map((l) => `${l}
`).join("");
      if (out) {
        if (!file) {
          await mkdir(path.dirname(out), { recursive: true });
          file = await createNew(out);
        }
        await file.write(text);
      } else
        await new Promise((resolve, reject) => process.stdout.write(text, (e) => e ? reject(e) : resolve()));
    }
  };
  let result;
  try {
    result = await collectPrometheus(
      client,
      {
        sinceSeconds: sinceMs / 1e3,
        stepSeconds: stepMs / 1e3,
        namespaces: values.namespace ?? [],
        matchers: values.matcher ?? [],
        sidecars: settings?.sidecars,
        timeoutSeconds: Math.max(1, Math.floor(timeoutMs / 1e3)),
        maxOutputBytes: MAX_AUDIT_FILE_BYTES
      },
      sink,
      log
    );
  } catch (error) {
    await file?.abort();
    if (!(error instanceof PrometheusError)) throw error;
    log(`${error.message}${out ? `; ${values.out} not written` : ""}`);
    return EXIT_USAGE;
  }
  const written = Object.values(result.series).reduce((a, b) => a + b, 0);
  if (written === 0) {
    await file?.abort();
    const who = settings ? `containers of the sidecar classes (${settings.sidecars.map((s) => s.id).join(", ")})` : "containers";
    log(
      `no ${who} in ${client.shownUrl} over the last ${values.since ?? "7d"}${settings ? "; --all-containers collects every container" : ""}${out ? `; ${values.out} not written` : ""}`
    );
    return EXIT_USAGE;
  }
  await file?.commit();
  log(summary(result, values, stepMs / 1e3));
  return EXIT_CLEAN;
}
function summary(result, values, step) {
  const classes = Object.entries(result.containers);
  const found = classes.length === 1 && classes[0]?.[0] === "*" ? `${classes[0][1]} containers` : `${plural(
    classes.reduce((a, [, n]) => a + n, 0),
    "container"
  )} of ${plural(classes.length, "sidecar class", "sidecar classes")} (${classes.map(([c, n]) => `${c} ${n}`).join(", ")})`;
  const series = PROMETHEUS_METRICS.map((m) => `${m.metric} ${result.series[m.metric] ?? 0}`).join(", ");
  return `${found}; ${values.since ?? "7d"} at ${values.step ?? "5m"}: ${pointsIn(result.range, step)} points per series in ${plural(result.pages, "page")} per query, ${plural(result.requests, "request")}; series: ${series}; ${(result.bytes / 1048576).toFixed(1)} MiB to ${values.out ?? "stdout"}`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function serverUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(
      `collect: --prometheus must be a URL like https://prometheus.example:9090, not ${JSON.stringify(text)}`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UsageError(`collect: --prometheus must be an http:// or https:// URL, not ${JSON.stringify(text)}`);
  if (url.search !== "" || url.hash !== "")
    throw new UsageError(
      `collect: --prometheus takes the server's URL without a query or fragment, not ${JSON.stringify(text)}`
    );
  return url;
}
function duration(text, flag, example) {
  const ms = parseDuration(text);
  if (ms === void 0 || ms <= 0)
    throw new UsageError(`collect: ${flag} must be a duration like ${example}, not ${JSON.stringify(text)}`);
  return ms;
}
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function requestHeaders(values, cwd, env) {
  const headers = {};
  for (const raw of values.header ?? []) {
    const colon = raw.indexOf(":");
    const name = colon === -1 ? "" : raw.slice(0, colon).trim();
    const value = colon === -1 ? "" : raw.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(value))
      throw new UsageError(
        `collect: --header must be "Name: value" on one line, not ${JSON.stringify(`${raw.split(":")[0]}:\u2026`)}`
      );
    headers[canonical(name)] = value;
  }
  const fromFile = values["bearer-token-file"] === void 0 ? void 0 : readInput(values["bearer-token-file"], "--bearer-token-file", cwd).toString("utf8").trim();
  const token = fromFile ?? env[TOKEN_ENV]?.trim();
  if (fromFile === "") throw new UsageError(`collect: --bearer-token-file ${values["bearer-token-file"]} is empty`);
  if (token) {
    if (headers.Authorization !== void 0)
      throw new UsageError(
        `collect: both a bearer token (${fromFile === void 0 ? TOKEN_ENV : "--bearer-token-file"}) and --header "Authorization: \u2026"; give one`
      );
    if (/[\r\n\0]/.test(token)) throw new UsageError("collect: the bearer token must be one line");
    headers.Authorization = `Bearer ${token}`;
  }
  return headers;
}
function canonical(name) {
  return name.toLowerCase() === "authorization" ? "Authorization" : name;
}
function readInput(file, flag, cwd) {
  try {
    return readFileSync(path.resolve(cwd, file));
  } catch (error) {
    throw new UsageError(
      `collect: ${flag} ${file} cannot be read (${error.code ?? error.message})`
    );
  }
}
function isLoopback(host) {
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\./.test(host);
}
export {
  TOKEN_ENV,
  runPrometheus
};
