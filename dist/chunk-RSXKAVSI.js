#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  AuditInputError,
  checkShape
} from "./chunk-STOT4HGH.js";
import {
  ConfigError,
  EMPTY_INDEX,
  INDEX_HINT,
  indexFile,
  mergeIndex,
  parseData,
  prepare,
  settingsFrom,
  validateConfig
} from "./chunk-OL6ARZ42.js";
import {
  SettingsError,
  createEvidence,
  hintFromLabels,
  hintFromPromLabels,
  resolveAuditOptions
} from "./chunk-5J754F4G.js";

// src/audit/data.ts
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";

// src/audit/read.ts
import path from "node:path";
var EXPECTED = 'is not audit data: expected a kubelet /stats/summary snapshot ({"node", "pods"}), a Prometheus API response ({"status", "data"}) or samples ({"version": 1, "samples"} or NDJSON of sample objects)';
function readAuditText(text, file, options2, emit) {
  const records = splitRecords(text, file);
  const first = records[0];
  if (!first) throw new AuditInputError(file, "", `is empty; ${EXPECTED.slice(3)}`);
  const kind = detect(first.data);
  if (!kind) throw new AuditInputError(file, first.pointer, EXPECTED, first.line);
  const counter = { records: 0, samples: 0, dropped: 0 };
  const counted = (sample) => {
    counter.samples++;
    emit(sample);
  };
  for (const record of records) {
    const own = detect(record.data);
    const format2 = own ?? kind;
    switch (format2) {
      case "kubelet-summary":
        checkShape("kubelet-summary", record.data, file, record.pointer, record.line);
        readKubelet(record, file, counted, counter);
        break;
      case "prometheus":
        checkShape("prometheus", record.data, file, record.pointer, record.line);
        readPrometheus(record, file, options2, counted, counter);
        break;
      case "samples":
        checkShape("samples", record.data, file, record.pointer, record.line);
        for (const [i, sample] of (record.data.samples ?? []).entries()) {
          readSample(sample, file, `${record.pointer}/samples/${i}`, record.line, counted);
        }
        counter.records++;
        break;
      case "sample":
        checkShape("sample", record.data, file, record.pointer, record.line);
        readSample(record.data, file, record.pointer, record.line, counted);
        counter.records++;
        break;
    }
  }
  const format = kind === "sample" ? "samples" : kind;
  return { path: file, format, ...counter };
}
function splitRecords(text, file) {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return [];
  try {
    const data = JSON.parse(body);
    if (Array.isArray(data)) return data.map((item, i) => ({ data: item, pointer: `/${i}` }));
    return [{ data, pointer: "" }];
  } catch (whole) {
    const lines = body.split(/\r?\n/);
    const nonEmpty = lines.filter((l) => l.trim() !== "").length;
    const out = [];
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "") continue;
      try {
        out.push({ data: JSON.parse(line), pointer: "", line: i + 1 });
      } catch (error) {
        if (nonEmpty === 1) throw new AuditInputError(file, "", `is not valid JSON (${whole.message}); ${EXPECTED.slice(3)}`);
        throw new AuditInputError(file, "", `is not valid JSON (${error.message}); in NDJSON every line must be one JSON object`, i + 1);
      }
    }
    return out;
  }
}
function detect(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return void 0;
  const has = (key) => Object.hasOwn(data, key);
  if (has("status") && (has("data") || has("error"))) return "prometheus";
  if (has("version") && has("samples")) return "samples";
  if (has("node") || has("pods")) return "kubelet-summary";
  if (has("pod") && has("container")) return "sample";
  return void 0;
}
function readKubelet(record, file, emit, counter) {
  const summary = record.data;
  counter.records++;
  const fallback = summary.collectedAt === void 0 ? void 0 : Date.parse(summary.collectedAt);
  for (const [p, pod] of (summary.pods ?? []).entries()) {
    for (const [c, container] of (pod.containers ?? []).entries()) {
      const memory = container.memory;
      if (!memory || container.name === "POD") {
        counter.dropped++;
        continue;
      }
      const ts = memory.time === void 0 ? fallback : Date.parse(memory.time);
      if (ts === void 0 || !Number.isFinite(ts)) {
        const pointer = `${record.pointer}/pods/${p}/containers/${c}/memory/time`;
        throw new AuditInputError(file, pointer, "is required (the snapshot has no collectedAt either)", record.line);
      }
      emit({
        namespace: pod.podRef.namespace,
        pod: pod.podRef.name,
        podUid: pod.podRef.uid || void 0,
        container: container.name,
        ts,
        workingSetBytes: memory.workingSetBytes,
        usageBytes: memory.usageBytes,
        peakBytes: memory.peakBytes
      });
    }
  }
}
var METRIC_ROLES = {
  container_memory_working_set_bytes: "workingSet",
  container_memory_max_usage_bytes: "peak",
  container_memory_usage_bytes: "usage",
  container_spec_memory_limit_bytes: "limit",
  kube_pod_container_resource_limits: "limit",
  kube_pod_container_resource_limits_memory_bytes: "limit",
  kube_pod_container_status_last_terminated_reason: "oom",
  kube_pod_container_status_terminated_reason: "oom"
};
function readPrometheus(record, file, options2, emit, counter) {
  const response = record.data;
  if (response.status === "error" || !response.data) {
    const detail = response.error ? `: ${response.error}` : "";
    throw new AuditInputError(file, `${record.pointer}/status`, `must be "success" (the query failed${detail})`, record.line);
  }
  const fileRole = roleFromFileName(file, options2);
  for (const [s, series] of response.data.result.entries()) {
    counter.records++;
    const labels = series.metric;
    const role = roleOf(labels, fileRole, options2);
    const points = series.values ?? (series.value ? [series.value] : []);
    const { namespace, pod, container } = labels;
    if (!role || !namespace || !pod || !container || container === "POD") {
      counter.dropped += points.length;
      continue;
    }
    if (role === "limit" && labels.resource !== void 0 && labels.resource !== "memory") {
      counter.dropped += points.length;
      continue;
    }
    if (role === "oom" && labels.reason !== void 0 && labels.reason !== "OOMKilled") {
      counter.dropped += points.length;
      continue;
    }
    const hint = hintFromPromLabels(labels);
    const base = series.values ? `${record.pointer}/data/result/${s}/values` : `${record.pointer}/data/result/${s}/value`;
    for (const [i, point] of points.entries()) {
      const value = promValue(point[1], file, series.values ? `${base}/${i}/1` : `${base}/1`, record.line);
      if (value === void 0 || value < 0) {
        counter.dropped++;
        continue;
      }
      const ts = Math.round(point[0] * 1e3);
      const sample = { namespace, pod, container, image: labels.image || void 0, ts, hint };
      switch (role) {
        case "workingSet":
          emit({ ...sample, workingSetBytes: value });
          break;
        case "peak":
          emit({ ...sample, peakBytes: value });
          break;
        case "usage":
          emit({ ...sample, usageBytes: value });
          break;
        case "limit":
          if (value > 0) emit({ ...sample, limitBytes: value });
          else counter.dropped++;
          break;
        case "oom":
          if (value >= 1) emit({ ...sample, oomKilled: true });
          break;
      }
    }
  }
}
function roleOf(labels, fileRole, options2) {
  const name = labels.__name__;
  if (name === void 0) return fileRole ?? "workingSet";
  if (options2.metric !== void 0 && name === options2.metric) return "peak";
  return METRIC_ROLES[name];
}
function roleFromFileName(file, options2) {
  const base = path.basename(file);
  if (options2.metric !== void 0 && base.includes(options2.metric)) return "peak";
  let best;
  for (const [name, role] of Object.entries(METRIC_ROLES)) {
    if (base.includes(name) && (!best || name.length > best.length)) best = { role, length: name.length };
  }
  return best?.role;
}
function promValue(text, file, pointer, line) {
  const trimmed = text.trim();
  if (/^[+-]?(inf|infinity|nan)$/i.test(trimmed)) return void 0;
  const value = trimmed === "" ? Number.NaN : Number(trimmed);
  if (!Number.isFinite(value)) {
    throw new AuditInputError(file, pointer, `must be a number in a string, like "134217728", "NaN" or "+Inf" (got ${JSON.stringify(text)})`, line);
  }
  return value;
}
function readSample(data, file, pointer, line, emit) {
  const raw = data;
  const ts = typeof raw.ts === "number" ? raw.ts > 1e11 ? raw.ts : raw.ts * 1e3 : Date.parse(raw.ts);
  if (!Number.isFinite(ts)) {
    throw new AuditInputError(file, `${pointer}/ts`, `must be an RFC 3339 time like "2025-01-31T12:00:00Z" or Unix seconds (got ${JSON.stringify(raw.ts)})`, line);
  }
  const hint = raw.workload ? { kind: raw.workloadKind, name: raw.workload } : hintFromLabels(raw.pod, raw.labels);
  emit({
    namespace: raw.namespace,
    pod: raw.pod,
    podUid: raw.podUid || void 0,
    container: raw.container,
    image: raw.image,
    ts,
    workingSetBytes: raw.workingSetBytes,
    usageBytes: raw.usageBytes,
    peakBytes: raw.peakBytes,
    limitBytes: raw.limitBytes,
    oomKilled: raw.oomKilled,
    hint
  });
}

// src/audit/data.ts
var AuditCollector = class {
  byKey = /* @__PURE__ */ new Map();
  seen = /* @__PURE__ */ new Map();
  files = [];
  add(sample) {
    const key = `${sample.namespace}\0${sample.podUid ?? sample.pod}\0${sample.container}`;
    let instance = this.byKey.get(key);
    if (!instance) {
      instance = {
        key,
        namespace: sample.namespace,
        pod: sample.pod,
        podUid: sample.podUid,
        container: sample.container,
        image: sample.image,
        hint: sample.hint,
        points: 0,
        firstTs: Number.POSITIVE_INFINITY,
        lastTs: Number.NEGATIVE_INFINITY,
        maxWorkingSet: 0,
        maxUsage: void 0,
        maxPeak: void 0,
        limitBytes: void 0,
        oomKilled: false,
        oomLimitBytes: void 0
      };
      this.byKey.set(key, instance);
      this.seen.set(key, /* @__PURE__ */ new Set());
    }
    instance.image ??= sample.image;
    instance.hint ??= sample.hint;
    if (sample.workingSetBytes !== void 0) {
      const times = this.seen.get(key);
      if (!times.has(sample.ts)) {
        times.add(sample.ts);
        instance.points++;
      }
      instance.maxWorkingSet = Math.max(instance.maxWorkingSet, sample.workingSetBytes);
    }
    if (sample.workingSetBytes !== void 0 || sample.usageBytes !== void 0 || sample.peakBytes !== void 0) {
      instance.firstTs = Math.min(instance.firstTs, sample.ts);
      instance.lastTs = Math.max(instance.lastTs, sample.ts);
    }
    if (sample.usageBytes !== void 0) instance.maxUsage = Math.max(instance.maxUsage ?? 0, sample.usageBytes);
    if (sample.peakBytes !== void 0) instance.maxPeak = Math.max(instance.maxPeak ?? 0, sample.peakBytes);
    if (sample.limitBytes !== void 0) instance.limitBytes = Math.max(instance.limitBytes ?? 0, sample.limitBytes);
    if (sample.oomKilled) {
      instance.oomKilled = true;
      if (sample.limitBytes !== void 0) instance.oomLimitBytes = Math.max(instance.oomLimitBytes ?? 0, sample.limitBytes);
    }
  }
  readText(text, file, options2 = {}) {
    const summary = readAuditText(text, file, options2, (s) => this.add(s));
    this.files.push(summary);
    return summary;
  }
  finish() {
    const instances = [...this.byKey.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    return { files: this.files, instances };
  }
};
var MAX_AUDIT_FILES = 1e3;
var MAX_AUDIT_FILE_BYTES = 512 * 1024 * 1024;
async function loadAudit(files, options2) {
  const collector = new AuditCollector();
  if (files.length > MAX_AUDIT_FILES) {
    throw new AuditInputError(files[MAX_AUDIT_FILES] ?? "", "", `is one of ${files.length} audit files; at most ${MAX_AUDIT_FILES} are read (merge them into NDJSON)`);
  }
  for (const file of files) {
    const absolute = path2.resolve(options2.cwd, file);
    const relative = path2.relative(options2.cwd, absolute);
    const shown = relative.startsWith("..") || relative === "" ? absolute : relative;
    let text;
    try {
      const { size } = await stat(absolute);
      if (size > MAX_AUDIT_FILE_BYTES) {
        throw new AuditInputError(shown, "", `is ${Math.round(size / 1048576)} MiB, over the ${MAX_AUDIT_FILE_BYTES / 1048576} MiB limit for one audit file; split it`);
      }
      text = await readFile(absolute, "utf8");
    } catch (error) {
      if (error instanceof AuditInputError) throw error;
      const code = error.code;
      throw new AuditInputError(shown, "", code === "EISDIR" ? "is a folder; name audit files one by one" : `cannot be read (${code ?? error.message})`);
    }
    collector.readText(text, shown, options2);
  }
  return collector.finish();
}

// src/discover/discover.ts
import { lstat, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";
var MANIFEST_EXTENSIONS = ["yaml", "yml", "json"];
var IGNORE_FILE = ".headroomignore";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/.headroomrc.*", "**/.headroom-baseline.json"];
async function discover(inputs, cwd) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const special = [];
  for (const input of inputs) {
    const info = await stat2(path3.resolve(cwd, input)).catch(() => void 0);
    if (info && !info.isFile() && !info.isDirectory()) {
      special.push(input);
      continue;
    }
    const found = await expand(input, cwd);
    if (found.length === 0) missing.push(input);
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), missing, special };
}
async function expand(input, cwd) {
  const absolute = path3.resolve(cwd, input);
  const info = await stat2(absolute).catch(() => void 0);
  if (info?.isFile()) return [display(absolute, cwd)];
  if (info?.isDirectory()) {
    const { globby: globby2 } = await import("./globby-6ZGYMSA2.js");
    const matches2 = await globby2(`**/*.{${MANIFEST_EXTENSIONS.join(",")}}`, options(absolute));
    return matches2.map((m) => display(path3.join(absolute, m), cwd));
  }
  if (await lstat(absolute).catch(() => void 0)) return [display(absolute, cwd)];
  const { globby, isDynamicPattern } = await import("./globby-6ZGYMSA2.js");
  if (!isDynamicPattern(input)) return [];
  const matches = await globby(input, options(cwd));
  return matches.filter((m) => MANIFEST_EXTENSIONS.some((e) => m.endsWith(`.${e}`))).map((m) => display(path3.resolve(cwd, m), cwd));
}
function options(cwd) {
  return {
    cwd,
    gitignore: true,
    ignoreFiles: [`**/${IGNORE_FILE}`],
    ignore: ALWAYS_IGNORED,
    dot: true,
    onlyFiles: true,
    // Links are not followed while walking: a link loop or a link out of the tree must not widen the walk.
    followSymbolicLinks: false
  };
}
function display(absolute, cwd) {
  const relative = path3.relative(cwd, absolute);
  return relative.startsWith("..") || path3.isAbsolute(relative) ? absolute : relative;
}

// src/cli/config-files.ts
import { existsSync, readFileSync } from "node:fs";
import path4 from "node:path";

// src/audit/attach.ts
function withEvidence(settings, config, data) {
  const options2 = resolveAuditOptions(config.audit);
  if (!data) return settings;
  return { ...settings, evidence: createEvidence(data, settings, options2) };
}

// src/audit/configmap.ts
var CONFIGMAP_KEYS = [".headroomrc", ".headroomrc.yaml", ".headroomrc.yml", ".headroomrc.json", "headroom.yaml", "headroom.yml", "headroom.json"];
function isConfigMap(data) {
  return data !== null && typeof data === "object" && !Array.isArray(data) && data.kind === "ConfigMap" && "apiVersion" in data;
}
function configFromConfigMap(manifest, shown) {
  const data = manifest.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, source: shown, pointer: "/data", detail: `must be an object holding the config under one of ${CONFIGMAP_KEYS.join(", ")}` };
  }
  const key = CONFIGMAP_KEYS.find((k) => Object.hasOwn(data, k));
  if (key === void 0) return { ok: false, source: shown, pointer: "/data", detail: `has none of the keys ${CONFIGMAP_KEYS.join(", ")}` };
  const text = data[key];
  const source = `${shown}#data/${key}`;
  if (typeof text !== "string") return { ok: false, source: shown, pointer: `/data/${key}`, detail: "must be a string (the config as YAML or JSON text)" };
  const parsed = parseData(text);
  if (!parsed.ok) {
    return { ok: false, source: `${source}:${parsed.problem.line}:${parsed.problem.col}`, pointer: "", detail: `is not valid YAML/JSON: ${parsed.problem.message}` };
  }
  return { ok: true, data: parsed.data ?? {}, source };
}

// src/cli/config-files.ts
var RC_NAMES = [".headroomrc", ".headroomrc.json", ".headroomrc.yaml", ".headroomrc.yml"];
var PACKAGE_FIELD = "headroom";
var ConfigResolver = class {
  constructor(cwd, overrides, explicitPath, audit) {
    this.cwd = cwd;
    this.overrides = overrides;
    this.audit = audit;
    if (explicitPath !== void 0) {
      const file = path4.resolve(cwd, explicitPath);
      this.explicit = this.load(file, this.display(file));
    }
  }
  cwd;
  overrides;
  audit;
  byDir = /* @__PURE__ */ new Map();
  explicit;
  /** Settings for a manifest at `filePath` (throws ConfigError for a bad config file). */
  forFile(filePath) {
    if (this.explicit) return this.explicit;
    return this.forDir(filePath ? path4.dirname(path4.resolve(this.cwd, filePath)) : this.cwd);
  }
  forDir(dir) {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let resolved;
    for (const name of RC_NAMES) {
      const candidate = path4.join(dir, name);
      if (existsSync(candidate)) {
        resolved = this.load(candidate, this.display(candidate));
        break;
      }
    }
    if (!resolved) {
      const pkg = path4.join(dir, "package.json");
      const field = existsSync(pkg) ? packageField(pkg, this.display(pkg)) : void 0;
      if (field !== void 0) resolved = this.resolve(field, `${this.display(pkg)}#${PACKAGE_FIELD}`);
    }
    if (!resolved) {
      const parent = path4.dirname(dir);
      resolved = parent === dir ? this.resolve(void 0, void 0) : this.forDir(parent);
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }
  load(file, shown) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new ConfigError(shown, "", `cannot be read: ${error.code ?? error.message}`);
    }
    const parsed = parseData(text);
    if (!parsed.ok) throw new ConfigError(`${shown}:${parsed.problem.line}:${parsed.problem.col}`, "", `is not valid YAML/JSON: ${parsed.problem.message}`);
    if (isConfigMap(parsed.data)) {
      const inner = configFromConfigMap(parsed.data, shown);
      if (!inner.ok) throw new ConfigError(inner.source, inner.pointer, inner.detail);
      return this.resolve(inner.data, inner.source);
    }
    return this.resolve(parsed.data ?? {}, shown);
  }
  /** `source` undefined: no config file applies, only the built-in defaults (and the flags). */
  resolve(data, source) {
    const config = source === void 0 ? {} : validateConfig(data, source);
    const settings = settingsFrom(config, source ?? "defaults", this.overrides);
    try {
      return { settings: withEvidence(settings, config, this.audit), source };
    } catch (error) {
      if (error instanceof SettingsError) throw new ConfigError(source ?? "defaults", error.pointer, error.message);
      throw error;
    }
  }
  display(file) {
    const relative = path4.relative(this.cwd, file);
    return relative.startsWith("..") ? file : relative;
  }
};
function packageField(file, shown) {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    return data[PACKAGE_FIELD];
  } catch (error) {
    throw new ConfigError(shown, "", `is not valid JSON: ${error.message}`);
  }
}

// src/cli/scan-index.ts
import { readFile as readFile2 } from "node:fs/promises";
import path5 from "node:path";
async function scanIndex(files, cwd) {
  let index = EMPTY_INDEX;
  for (const file of files) {
    const text = await readFile2(path5.resolve(cwd, file), "utf8").catch(() => void 0);
    if (text === void 0 || !INDEX_HINT.test(text)) continue;
    const prepared = prepare({ path: file, text });
    if (prepared.ok) index = mergeIndex(index, indexFile(prepared.file));
  }
  return index;
}

export {
  loadAudit,
  MANIFEST_EXTENSIONS,
  IGNORE_FILE,
  discover,
  PACKAGE_FIELD,
  ConfigResolver,
  scanIndex
};
