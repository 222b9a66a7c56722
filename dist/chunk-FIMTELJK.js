#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  checkShape
} from "./chunk-J6OMOTEQ.js";
import {
  AuditInputError
} from "./chunk-XQOLTO4U.js";
import {
  hintFromLabels,
  hintFromPromLabels
} from "./chunk-T2PMIZ5N.js";

// src/audit/data.ts
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";

// src/audit/read.ts
import path from "node:path";
var EXPECTED = 'is not audit data: expected a kubelet /stats/summary snapshot ({"node", "pods"}), a Prometheus API response ({"status", "data"}) or samples ({"version": 1, "samples"} or NDJSON of sample objects)';
function readAuditText(text, file, options, emit) {
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
        readPrometheus(record, file, options, counted, counter);
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
        if (nonEmpty === 1)
          throw new AuditInputError(file, "", `is not valid JSON (${whole.message}); ${EXPECTED.slice(3)}`);
        throw new AuditInputError(
          file,
          "",
          `is not valid JSON (${error.message}); in NDJSON every line must be one JSON object`,
          i + 1
        );
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
function readPrometheus(record, file, options, emit, counter) {
  const response = record.data;
  if (response.status === "error" || !response.data) {
    const detail = response.error ? `: ${response.error}` : "";
    throw new AuditInputError(
      file,
      `${record.pointer}/status`,
      `must be "success" (the query failed${detail})`,
      record.line
    );
  }
  const fileRole = roleFromFileName(file, options);
  for (const [s, series] of response.data.result.entries()) {
    counter.records++;
    const labels = series.metric;
    const role = roleOf(labels, fileRole, options);
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
          if (value > 0) emit({ ...sample, peakBytes: value });
          else counter.dropped++;
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
function roleOf(labels, fileRole, options) {
  const name = labels.__name__;
  if (name === void 0) return fileRole ?? "workingSet";
  if (options.metric !== void 0 && name === options.metric) return "peak";
  return METRIC_ROLES[name];
}
function roleFromFileName(file, options) {
  const base = path.basename(file);
  if (options.metric !== void 0 && base.includes(options.metric)) return "peak";
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
    throw new AuditInputError(
      file,
      pointer,
      `must be a number in a string, like "134217728", "NaN" or "+Inf" (got ${JSON.stringify(text)})`,
      line
    );
  }
  return value;
}
function readSample(data, file, pointer, line, emit) {
  const raw = data;
  const ts = typeof raw.ts === "number" ? raw.ts > 1e11 ? raw.ts : raw.ts * 1e3 : Date.parse(raw.ts);
  if (!Number.isFinite(ts)) {
    throw new AuditInputError(
      file,
      `${pointer}/ts`,
      `must be an RFC 3339 time like "2025-01-31T12:00:00Z" or Unix seconds (got ${JSON.stringify(raw.ts)})`,
      line
    );
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
      if (sample.limitBytes !== void 0)
        instance.oomLimitBytes = Math.max(instance.oomLimitBytes ?? 0, sample.limitBytes);
    }
  }
  readText(text, file, options = {}) {
    const summary = readAuditText(text, file, options, (s) => this.add(s));
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
async function loadAudit(files, options) {
  const collector = new AuditCollector();
  if (files.length > MAX_AUDIT_FILES) {
    throw new AuditInputError(
      files[MAX_AUDIT_FILES] ?? "",
      "",
      `is one of ${files.length} audit files; at most ${MAX_AUDIT_FILES} are read (merge them into NDJSON)`
    );
  }
  for (const file of files) {
    const absolute = path2.resolve(options.cwd, file);
    const relative = path2.relative(options.cwd, absolute);
    const shown = relative.startsWith("..") || relative === "" ? absolute : relative;
    let text;
    try {
      const { size } = await stat(absolute);
      if (size > MAX_AUDIT_FILE_BYTES) {
        throw new AuditInputError(
          shown,
          "",
          `is ${Math.round(size / 1048576)} MiB, over the ${MAX_AUDIT_FILE_BYTES / 1048576} MiB limit for one audit file; split it`
        );
      }
      text = await readFile(absolute, "utf8");
    } catch (error) {
      if (error instanceof AuditInputError) throw error;
      const code = error.code;
      throw new AuditInputError(
        shown,
        "",
        code === "EISDIR" ? "is a folder; name audit files one by one" : `cannot be read (${code ?? error.message})`
      );
    }
    collector.readText(text, shown, options);
  }
  return collector.finish();
}
function auditFromTexts(texts, options = {}) {
  const collector = new AuditCollector();
  for (const { path: file, text } of texts) collector.readText(text, file, options);
  return collector.finish();
}

export {
  AuditCollector,
  MAX_AUDIT_FILES,
  MAX_AUDIT_FILE_BYTES,
  loadAudit,
  auditFromTexts
};
