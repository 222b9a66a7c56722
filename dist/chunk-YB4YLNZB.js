#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-LJRAQNHH.js";
import {
  kindFits,
  workloadCandidates
} from "./chunk-T2PMIZ5N.js";
import {
  MAX_DECIMAL_EXPONENT,
  MI,
  add,
  bytesCeil,
  ceilDiv,
  compare,
  decimalValue,
  describeBytes,
  div,
  exponentInRange,
  formatBytes,
  formatDecimal,
  isSuspiciousMilliMemory,
  milliMemorySuggestion,
  mul,
  parseDecimal,
  rational,
  requiredLimitBytes
} from "./chunk-MTGXENKW.js";
import {
  __toESM
} from "./chunk-7SZVRMJ5.js";

// src/quantity/suffixes.ts
var BINARY_SUFFIXES = new Map(
  ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"].map((suffix, i) => [suffix, rational(2n ** BigInt(10 * (i + 1)))])
);
var DECIMAL_SUFFIXES = /* @__PURE__ */ new Map([
  ["n", rational(1n, 10n ** 9n)],
  ["u", rational(1n, 10n ** 6n)],
  ["m", rational(1n, 1000n)],
  ["", rational(1n)],
  ["k", rational(10n ** 3n)],
  ["M", rational(10n ** 6n)],
  ["G", rational(10n ** 9n)],
  ["T", rational(10n ** 12n)],
  ["P", rational(10n ** 15n)],
  ["E", rational(10n ** 18n)]
]);
var LIKELY_SUFFIX = /* @__PURE__ */ new Map([
  ["", ""],
  ["k", "k"],
  ["m", "M"],
  ["g", "G"],
  ["t", "T"],
  ["p", "P"],
  ["e", "E"],
  ["ki", "Ki"],
  ["mi", "Mi"],
  ["gi", "Gi"],
  ["ti", "Ti"],
  ["pi", "Pi"],
  ["ei", "Ei"]
]);
function likelySuffix(written) {
  const lowered = written.toLowerCase();
  const stripped = lowered.replace(/(?:bytes?|b)$/, "");
  if (stripped === "e" && lowered === "e") return void 0;
  return LIKELY_SUFFIX.get(stripped);
}

// src/quantity/grammar.ts
var SIGNED_NUMBER = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))/;
var EXPONENT_SUFFIX = /^[eE]([+-]?\d+)$/;
function readQuantity(text) {
  const number = SIGNED_NUMBER.exec(text);
  if (!number) return void 0;
  const [matched, sign, intDigits = "", fracInt = "", fracOnly = ""] = number;
  const negative = sign === "-";
  const fracDigits = fracInt + fracOnly;
  const suffix = text.slice(matched.length);
  const multiplier = multiplierFor(suffix);
  if (multiplier) {
    const value = mul(decimalValue(negative, intDigits, fracDigits, 0n), multiplier.value);
    return { text, value, suffix, format: multiplier.format };
  }
  const exponent = EXPONENT_SUFFIX.exec(suffix);
  if (!exponent?.[1]) return void 0;
  const power = BigInt(exponent[1]);
  if (!exponentInRange(power)) return void 0;
  return { text, value: decimalValue(negative, intDigits, fracDigits, power), suffix, format: "exponent" };
}
function multiplierFor(suffix) {
  const binary = BINARY_SUFFIXES.get(suffix);
  if (binary) return { value: binary, format: "binary" };
  const decimal = DECIMAL_SUFFIXES.get(suffix);
  if (decimal) return { value: decimal, format: "decimal" };
  return void 0;
}

// src/quantity/diagnose.ts
var DECIMAL_TO_BINARY = /* @__PURE__ */ new Map([
  ["k", "Ki"],
  ["M", "Mi"],
  ["G", "Gi"],
  ["T", "Ti"],
  ["P", "Pi"],
  ["E", "Ei"]
]);
function diagnose(text) {
  if (text === "") return { problem: "it is empty" };
  if (/\s/.test(text)) {
    const compact = text.replace(/\s+/g, "");
    return withSuggestion("it contains whitespace", suggestionFor(compact));
  }
  const number = SIGNED_NUMBER.exec(text);
  if (!number) return diagnoseMissingNumber(text);
  return diagnoseSuffix(text, number[0], text.slice(number[0].length));
}
function suggestionFor(candidate) {
  return readQuantity(candidate) ? candidate : diagnose(candidate).suggestion;
}
function withSuggestion(problem, suggestion) {
  return suggestion === void 0 ? { problem } : { problem, suggestion };
}
function diagnoseMissingNumber(text) {
  if (/^[+-]{2}/.test(text)) return { problem: "it has more than one sign" };
  const afterSign = text.replace(/^[+-]/, "");
  if (afterSign === "") return { problem: "there are no digits" };
  if (/^[A-Za-z]/.test(afterSign)) return { problem: `there is no number before the suffix "${afterSign}"` };
  if (afterSign.startsWith(".")) return { problem: "there are no digits around the decimal point" };
  return { problem: "it does not start with a number" };
}
function diagnoseSuffix(text, number, suffix) {
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)$/.exec(text);
  if (hex) return { problem: "hexadecimal numbers are not allowed", suggestion: `${hex[1]}${BigInt(`0x${hex[2]}`)}` };
  if (suffix.startsWith(".")) return { problem: "it has more than one decimal point" };
  if (/^_\d/.test(suffix)) {
    return withSuggestion('digit separators ("_") are not allowed', suggestionFor(text.replaceAll("_", "")));
  }
  if (/^,\d/.test(suffix)) return { problem: 'commas are not allowed; the decimal point is "."' };
  if (suffix === "e") return { problem: 'the exponent "e" needs an integer after it, e.g. "1e3" (exa is "E")' };
  const exponent = EXPONENT_SUFFIX.exec(suffix);
  if (exponent) return { problem: `the exponent ${exponent[1]} is outside \xB1${MAX_DECIMAL_EXPONENT}` };
  if (/^[eE][+-]?\d*\./.test(suffix)) return { problem: "the exponent must be an integer" };
  return diagnoseUnknownSuffix(number, suffix);
}
function diagnoseUnknownSuffix(number, suffix) {
  const problem = `unknown suffix "${suffix}"`;
  const likely = likelySuffix(suffix);
  if (likely === void 0) return { problem };
  const suggestion = `${number}${likely}`;
  const binary = DECIMAL_TO_BINARY.get(likely);
  const hint = binary ? `"${suggestion}" or "${number}${binary}"` : `"${suggestion}"`;
  return { problem: `${problem}; did you mean ${hint}?`, suggestion };
}

// src/quantity/parse.ts
function parseQuantity(input) {
  if (typeof input === "string") return parseText(input, JSON.stringify(input));
  if (typeof input === "bigint") return parseText(input.toString(), input.toString());
  if (!Number.isFinite(input))
    return { ok: false, reason: `${input} is not a Kubernetes quantity: it is not a finite number` };
  const text = Number.isInteger(input) ? BigInt(input).toString() : String(input);
  return parseText(text, String(input));
}
function parseText(text, label) {
  const quantity = readQuantity(text);
  if (quantity) return { ok: true, quantity };
  const { problem, suggestion } = diagnose(text);
  const reason = `${label} is not a Kubernetes quantity: ${problem}`;
  return suggestion === void 0 ? { ok: false, reason } : { ok: false, reason, suggestion };
}

// src/classify/injected-memory.ts
function injectedMemory(sidecar) {
  const { injector } = sidecar;
  const invalid = [];
  let templated = false;
  const read = (value) => {
    if (!value) return void 0;
    if (value.text.includes("{{") || value.text.includes("${")) {
      templated = true;
      return void 0;
    }
    const parsed = parseQuantity(value.text);
    if (parsed.ok && parsed.quantity.value.n >= 0n) return { bytes: parsed.quantity.value, label: value.key };
    invalid.push({
      value,
      reason: parsed.ok ? `${value.text} is negative` : parsed.reason,
      suggestion: parsed.ok ? void 0 : parsed.suggestion
    });
    return void 0;
  };
  const request = read(sidecar.request);
  const limit = read(sidecar.limit);
  const defaults = !sidecar.defaultsDropped;
  const fallback = (bytes) => defaults && bytes ? { bytes, label: `${injector.title} default` } : void 0;
  const inherited = (value) => {
    if (!value || value.text.includes("{{") || value.text.includes("${")) return void 0;
    const parsed = parseQuantity(value.text);
    return parsed.ok && parsed.quantity.value.n >= 0n ? { bytes: parsed.quantity.value, label: value.label } : void 0;
  };
  const outside = sidecar.inherited;
  const follows = injector.limitFollowsRequest && request && !sidecar.limit ? { bytes: request.bytes, label: `${sidecar.request?.key} (the limit follows the request)` } : void 0;
  return {
    request: request ?? (sidecar.request ? void 0 : inherited(outside?.request) ?? fallback(injector.defaultRequest)),
    limit: limit ?? follows ?? (sidecar.limit ? void 0 : inherited(outside?.limit) ?? fallback(injector.defaultLimit)),
    invalid,
    templated
  };
}

// src/parse/nodes.ts
function deref(node) {
  let current = node ?? null;
  for (let hops = 0; current?.type === "alias" && hops < 64; hops++) current = current.target ?? null;
  return current?.type === "alias" ? null : current;
}
function aliasVia(node) {
  if (node?.type !== "alias") return void 0;
  const target = node.target;
  return { kind: "alias", anchor: node.name, line: target?.anchorLine ?? target?.line ?? node.line };
}
function asMap(node) {
  const n = deref(node);
  return n?.type === "map" ? n : null;
}
function asSeq(node) {
  const n = deref(node);
  return n?.type === "seq" ? n : null;
}
function lookup(map, key) {
  let found;
  for (const pair of map.pairs) if (!pair.merge && pair.key === key) found = pair;
  if (found) {
    const via = aliasVia(found.value);
    return { pair: found, value: found.value, via, viaNode: via ? found.value ?? void 0 : void 0 };
  }
  for (const pair of map.pairs) {
    if (!pair.merge) continue;
    for (const source of mergeSources(pair.value)) {
      const map2 = asMap(source);
      if (!map2) continue;
      const inner = lookup(map2, key);
      if (inner) {
        const alias = source.type === "alias" ? source : void 0;
        const via = alias ? { kind: "merge", anchor: alias.name, line: alias.target?.anchorLine ?? alias.target?.line ?? alias.line } : { kind: "merge", anchor: map2.anchor ?? "<<", line: map2.anchorLine ?? map2.line };
        return { pair: inner.pair, value: inner.value, via, viaNode: source };
      }
    }
  }
  return void 0;
}
function mergeSources(value) {
  if (!value) return [];
  if (value.type === "seq") return value.items.filter((n) => n !== null);
  return [value];
}
function get(map, key) {
  if (!map) return null;
  return deref(lookup(map, key)?.value);
}
function getString(map, key) {
  const node = get(map, key);
  if (node?.type !== "scalar" || node.value === null || node.value === void 0) return void 0;
  return String(node.value);
}
function getMap(map, key) {
  return asMap(get(map, key));
}
function getSeq(map, key) {
  return asSeq(get(map, key));
}

// src/rules/ceiling.ts
function ceilingFor(workload, index) {
  const podLimit = getString(getMap(getMap(workload.podSpec, "resources"), "limits"), "memory");
  const parsed = podLimit === void 0 ? void 0 : parseQuantity(podLimit);
  if (parsed?.ok) return { kind: "pod", bytes: bytesCeil(parsed.quantity.value), text: podLimit };
  const range = index.limitRangeMax.get(workload.namespace ?? "default");
  if (range) return { kind: "limit-range", bytes: bytesCeil(range.bytes), text: range.text, name: range.name };
  return { kind: "none" };
}
function capRequired(required, ceiling, current) {
  if (ceiling.kind === "none" || required <= ceiling.bytes) return { write: formatBytes(required), note: "" };
  if (ceiling.kind === "pod") {
    return {
      write: void 0,
      note: `; the pod-level limit spec.resources.limits.memory ${ceiling.text} is lower`,
      unfixable: `raising it above the pod-level memory limit ${ceiling.text} would be rejected; raise spec.resources.limits.memory first`
    };
  }
  const note = `; clamped to LimitRange ${ceiling.name} max ${ceiling.text}`;
  if (current !== void 0 && current >= ceiling.bytes) {
    return {
      write: void 0,
      note,
      unfixable: `it is already at LimitRange ${ceiling.name} max ${ceiling.text}; raise the LimitRange first`
    };
  }
  return { write: formatBytes(ceiling.bytes), note };
}

// src/config/factor.ts
var SettingsError = class extends Error {
  constructor(message, pointer) {
    super(message);
    this.pointer = pointer;
  }
  pointer;
};
function parseHeadroom(input, pointer) {
  const text = String(input).trim();
  const percent = text.endsWith("%");
  const value = parseDecimal(percent ? text.slice(0, -1).trim() : text);
  if (!value || value.n < 0n)
    throw new SettingsError(
      `headroom must be a fraction like 0.15 or a percentage like 15%, not ${JSON.stringify(input)}`,
      pointer
    );
  if (!percent && value.n > value.d) {
    const asPercent = formatDecimal(rational(value.n * 100n, value.d));
    throw new SettingsError(
      `headroom ${text} is ambiguous: a bare number is a fraction (${text} = ${asPercent}%); did you mean ${text}%? Write 0.15 or 15% for fifteen percent`,
      pointer
    );
  }
  const fraction = percent ? rational(value.n, value.d * 100n) : value;
  if (fraction.n > fraction.d * 10n)
    throw new SettingsError(`headroom ${text} is more than 1000%; write 0.15 or 15% for fifteen percent`, pointer);
  return { value: fraction, text };
}
function parseDrift(input, pointer) {
  const text = String(input).trim();
  const value = parseDecimal(text);
  if (!value || value.n < value.d || value.n > value.d * 10n) {
    throw new SettingsError(
      `drift must be a factor from 1 to 10 (the kernel charges at least the working set), not ${JSON.stringify(input)}`,
      pointer
    );
  }
  return { value, text };
}

// src/audit/options.ts
var AUDIT_DEFAULTS = {
  prior: void 0,
  k: 5,
  minPoints: 100,
  minSpanHours: 3,
  minInstances: 5,
  percentile: 100,
  driftQuantile: 0.9,
  resamples: 2e3
};
function resolveAuditOptions(config) {
  if (!config) return AUDIT_DEFAULTS;
  return {
    ...AUDIT_DEFAULTS,
    prior: config.prior === void 0 ? void 0 : parseDrift(config.prior, "/audit/prior"),
    k: count(config.k, AUDIT_DEFAULTS.k, "/audit/k"),
    minPoints: count(config.minPoints, AUDIT_DEFAULTS.minPoints, "/audit/minPoints"),
    minSpanHours: config.minSpanHours ?? AUDIT_DEFAULTS.minSpanHours,
    minInstances: Math.max(1, count(config.minInstances, AUDIT_DEFAULTS.minInstances, "/audit/minInstances")),
    percentile: config.percentile ?? AUDIT_DEFAULTS.percentile
  };
}
function count(value, fallback, pointer) {
  if (value === void 0) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new SettingsError(`must be a whole number \u2265 0, not ${value}`, pointer);
  return value;
}

// src/audit/stats.ts
function quantileSorted(sorted, p) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0];
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  return a + (h - lo) * (b - a);
}
function ascending(a, b) {
  return a - b;
}
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
var BOOTSTRAP_SEED = 1263009796;
function bootstrapQuantile(values, p, options = {}) {
  const sorted = [...values].sort(ascending);
  const n = sorted.length;
  if (n === 0) return { low: Number.NaN, high: Number.NaN };
  const resamples = options.resamples ?? 2e3;
  const level = options.level ?? 0.9;
  const random = seededRandom(options.seed ?? BOOTSTRAP_SEED);
  const estimates = new Float64Array(resamples);
  const draw = new Float64Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) draw[i] = sorted[Math.floor(random() * n)];
    draw.sort();
    estimates[b] = quantileSorted(draw, p);
  }
  estimates.sort();
  const tail = (1 - level) / 2;
  return { low: quantileSorted(estimates, tail), high: quantileSorted(estimates, 1 - tail) };
}

// src/audit/estimate.ts
var HOUR_MS = 36e5;
var ESTIMATE_SCALE = 1000000000n;
function createEvidence(data, input, options = AUDIT_DEFAULTS) {
  const byName = /* @__PURE__ */ new Map();
  for (const instance of data.instances) {
    for (const candidate of workloadCandidates(instance.pod, instance.hint)) {
      const list = byName.get(candidate.name);
      if (list) list.push({ instance, candidate });
      else byName.set(candidate.name, [{ instance, candidate }]);
    }
  }
  const containerCache = /* @__PURE__ */ new Map();
  const classCache = /* @__PURE__ */ new Map();
  const classOfCache = /* @__PURE__ */ new Map();
  const classOf = (container, image) => {
    const cacheKey = `${container}\0${image ?? ""}`;
    let id = classOfCache.get(cacheKey);
    if (id === void 0) {
      id = sidecarClassOf(input.sidecars, container, image) ?? container;
      classOfCache.set(cacheKey, id);
    }
    return id;
  };
  return {
    options,
    sources: data.files.map((f) => f.path),
    classOf,
    container(key) {
      const cacheKey = JSON.stringify([key.namespace ?? null, key.kind ?? null, key.workload, key.container]);
      if (containerCache.has(cacheKey)) return containerCache.get(cacheKey);
      const found = /* @__PURE__ */ new Set();
      for (const { instance, candidate } of byName.get(key.workload) ?? []) {
        if (instance.container !== key.container) continue;
        if (key.namespace !== void 0 && instance.namespace !== key.namespace) continue;
        if (!kindFits(candidate, key.kind)) continue;
        found.add(instance);
      }
      const result = found.size === 0 ? void 0 : containerEvidence(key.workload, key.container, [...found], options);
      containerCache.set(cacheKey, result);
      return result;
    },
    sidecarClass(classId, prior) {
      if (!classCache.has(classId)) {
        const members = data.instances.filter((i) => classOf(i.container, i.image) === classId);
        classCache.set(classId, members.length === 0 ? void 0 : classStats(members, options));
      }
      const stats = classCache.get(classId);
      return stats ? classEvidence(classId, stats, prior, options) : void 0;
    }
  };
}
function sidecarClassOf(sidecars, container, image) {
  for (const cls of sidecars) if (cls.names.some((m) => m(container))) return cls.id;
  if (image !== void 0) {
    for (const cls of sidecars) if (cls.images.some((m) => m(image))) return cls.id;
  }
  return void 0;
}
function containerEvidence(workload, container, instances, options) {
  const withData = instances.filter((i) => i.points > 0);
  const points = withData.reduce((sum, i) => sum + i.points, 0);
  const first = Math.min(...withData.map((i) => i.firstTs));
  const last = Math.max(...withData.map((i) => i.lastTs));
  const spanHours = withData.length === 0 ? 0 : (last - first) / HOUR_MS;
  const peaks = withData.map((i) => i.maxWorkingSet).sort(ascending);
  const observed = peaks.length === 0 ? 0 : Math.ceil(quantileSorted(peaks, options.percentile / 100));
  const enoughPoints = points >= options.minPoints;
  const enoughSpan = spanHours + 1e-9 >= options.minSpanHours;
  const enough = withData.length > 0 && enoughPoints && enoughSpan;
  const seen = `${points} point${points === 1 ? "" : "s"} from ${plural(withData.length, "pod")} over ${hours(spanHours)}`;
  const reason = enough ? `${seen}` : `not enough data: ${seen} (need \u2265${options.minPoints} points over \u2265${options.minSpanHours} h)`;
  return {
    namespaces: [...new Set(instances.map((i) => i.namespace))].sort(),
    workload,
    container,
    instances: withData.length,
    points,
    spanHours,
    observedPeakBytes: observed,
    enough,
    reason,
    oom: oomEvidence(instances)
  };
}
function oomFloorBytes(limitBytes) {
  const bumped = ceilDiv(rational(limitBytes * 6n, 5n), 1n);
  const plus = limitBytes + 100n * MI;
  return bumped > plus ? bumped : plus;
}
function oomEvidence(instances) {
  const killed = instances.filter((i) => i.oomKilled);
  if (killed.length === 0) return void 0;
  let limit = 0;
  let from = "observed";
  for (const i of killed) {
    const known = i.oomLimitBytes ?? i.limitBytes;
    if (known !== void 0) {
      if (from === "observed" || known > limit) limit = known;
      from = "limit";
    } else if (from === "observed") {
      limit = Math.max(limit, i.maxPeak ?? 0, i.maxUsage ?? 0, i.maxWorkingSet);
    }
  }
  if (limit <= 0) return void 0;
  const limitBytes = Math.ceil(limit);
  return { pods: killed.length, limitBytes, limitFrom: from, floorBytes: oomFloorBytes(BigInt(limitBytes)) };
}
function classStats(members, options) {
  const withData = members.filter((i) => i.maxWorkingSet > 0);
  const ratios = [];
  let peaks = 0;
  let usages = 0;
  for (const i of withData) {
    const reference2 = i.maxPeak ?? i.maxUsage;
    if (reference2 === void 0) continue;
    if (i.maxPeak !== void 0) peaks++;
    else usages++;
    ratios.push(reference2 / i.maxWorkingSet);
  }
  ratios.sort(ascending);
  const reference = ratios.length === 0 ? null : peaks === 0 ? "usageBytes" : usages === 0 ? "peakBytes" : "mixed";
  const estimable = ratios.length >= options.minInstances;
  const estimate = estimable ? quantileSorted(ratios, options.driftQuantile) : null;
  const ci = estimable ? bootstrapQuantile(ratios, options.driftQuantile, { resamples: options.resamples }) : void 0;
  return {
    instances: withData.length,
    points: withData.reduce((sum, i) => sum + i.points, 0),
    ratios,
    reference,
    estimate,
    ciLow: ci ? ci.low : null,
    ciHigh: ci ? ci.high : null
  };
}
function classEvidence(id, stats, prior, options) {
  const base = {
    class: id,
    instances: stats.instances,
    points: stats.points,
    paired: stats.ratios.length,
    reference: stats.reference,
    estimate: stats.estimate,
    ciLow: stats.ciLow,
    ciHigh: stats.ciHigh,
    prior
  };
  if (stats.estimate === null) {
    const why = stats.ratios.length === 0 ? "working set only: no paired reference (peakBytes / memory.peak or usageBytes)" : `only ${plural(stats.ratios.length, "pod")} with a paired reference (need ${options.minInstances})`;
    return {
      ...base,
      applied: prior,
      reason: `${why}, so the prior ${prior.text} applies`,
      note: stats.ratios.length === 0 ? "prior; the audit data has working set only" : `prior; only ${plural(stats.ratios.length, "pod")} with a paired reference, need ${options.minInstances}`
    };
  }
  const { applied, clamped } = shrink(stats.estimate, stats.ratios.length, prior.value, options.k);
  const estimateText = fixed2(stats.estimate);
  const ci = `90% CI ${fixed2(stats.ciLow ?? stats.estimate)}\u2013${fixed2(stats.ciHigh ?? stats.estimate)}`;
  const source = stats.reference === "peakBytes" ? "peak" : stats.reference === "usageBytes" ? "usage" : "peak or usage";
  return {
    ...base,
    applied,
    reason: `p${Math.round(options.driftQuantile * 100)} of ${source} / working set over ${plural(stats.ratios.length, "pod")} is ${estimateText} (${ci}); shrunk toward the prior ${prior.text} with k = ${options.k}${clamped ? ", clamped to [1, 2]" : ""}, rounded up to 0.01`,
    note: `estimate ${estimateText} from ${plural(stats.ratios.length, "pod")}, ${ci}`
  };
}
function shrink(estimate, n, prior, k) {
  const e = rational(BigInt(Math.round(estimate * Number(ESTIMATE_SCALE))), ESTIMATE_SCALE);
  const nn = rational(BigInt(n));
  const kk = rational(BigInt(k));
  let value = div(add(mul(nn, e), mul(kk, prior)), add(nn, kk));
  let clamped = false;
  if (compare(value, rational(1n)) < 0) {
    value = rational(1n);
    clamped = true;
  } else if (compare(value, rational(2n)) > 0) {
    value = rational(2n);
    clamped = true;
  }
  const hundredths = ceilDiv(mul(value, rational(100n)), 1n);
  return {
    applied: {
      value: rational(hundredths, 100n),
      text: `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`
    },
    clamped
  };
}
function fixed2(value) {
  return (Math.round(value * 100 + 1e-9) / 100).toFixed(2);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function hours(h) {
  return h >= 10 ? `${Math.round(h)} h` : `${h.toFixed(1)} h`;
}

// src/audit/target.ts
function evidenceTarget(input) {
  const { evidence, headroom } = input;
  const configured = input.classDrift ?? input.drift;
  const factor = formatDecimal(add(rational(1n), headroom.value));
  if (!evidence) {
    const requiredBytes2 = requiredLimitBytes(input.baseline, configured.value, headroom.value);
    return {
      drift: configured,
      baseline: input.baseline,
      basis: input.basis,
      requiredBytes: requiredBytes2,
      arithmetic: `${input.basis} \xD7 drift ${configured.text} \xD7 headroom ${factor}`
    };
  }
  const data = { sources: evidence.sources };
  const prior = input.classDrift ?? evidence.options.prior ?? input.drift;
  let drift = prior;
  let driftText = `drift ${prior.text}`;
  const cls = input.classId === void 0 ? void 0 : evidence.sidecarClass(input.classId, prior);
  if (cls) {
    drift = cls.applied;
    driftText = `drift ${cls.applied.text} (${cls.note})`;
    data.drift = {
      class: cls.class,
      applied: cls.applied.text,
      prior: prior.text,
      estimate: round(cls.estimate),
      ciLow: round(cls.ciLow),
      ciHigh: round(cls.ciHigh),
      pods: cls.paired,
      reason: cls.reason
    };
  }
  let baseline = input.baseline;
  let basis = input.basis;
  const seen = input.key ? evidence.container(input.key) : void 0;
  if (seen) {
    const observed = rational(ceilDiv(rational(BigInt(seen.observedPeakBytes)), MI) * MI);
    data.observed = {
      observedPeakBytes: seen.observedPeakBytes,
      pods: seen.instances,
      points: seen.points,
      spanHours: Math.round(seen.spanHours * 10) / 10,
      enough: seen.enough
    };
    const over = `${seen.points} point${seen.points === 1 ? "" : "s"} from ${seen.instances} pod${seen.instances === 1 ? "" : "s"} over ${hours2(seen.spanHours)}`;
    if (!seen.enough) {
      basis = `${input.basis} (observed peak not used, not enough data: ${over})`;
    } else if (compare(observed, input.baseline) > 0) {
      baseline = observed;
      basis = input.baseline.n === 0n ? `observed peak ${describeBytes(observed)} (${over})` : `observed peak ${describeBytes(observed)} (${over}) > ${input.basis}`;
    } else {
      basis = `${input.basis} \u2265 observed peak ${describeBytes(observed)}`;
    }
  }
  const formulaBytes = requiredLimitBytes(baseline, drift.value, headroom.value);
  let arithmetic = `${basis} \xD7 ${driftText} \xD7 headroom ${factor}`;
  let requiredBytes = formulaBytes;
  const oom = seen?.oom;
  if (oom) {
    const floor = ceilDiv(rational(oom.floorBytes), MI) * MI;
    const limit = describeBytes(rational(BigInt(oom.limitBytes)));
    data.oom = { pods: oom.pods, limitBytes: oom.limitBytes, limitFrom: oom.limitFrom, floorBytes: Number(floor) };
    if (floor > formulaBytes) {
      requiredBytes = floor;
      const pods = oom.pods === 1 ? "1 pod" : `${oom.pods} pods`;
      const what = oom.limitFrom === "limit" ? `OOM-killed at limit L = ${limit} (${pods})` : `OOM-killed at L = ${limit} (${pods}; the data has no limit, so the largest memory seen)`;
      arithmetic = `${arithmetic} = ${formatBytes(formulaBytes)}, raised because it was ${what}: max(L + 100Mi, 1.2 \xD7 L)`;
    }
  }
  const used = data.drift !== void 0 || data.observed !== void 0 || data.oom !== void 0;
  return { drift, baseline, basis, requiredBytes, arithmetic, data: used ? data : void 0 };
}
function hours2(h) {
  return h >= 10 ? `${Math.round(h)} h` : `${h.toFixed(1)} h`;
}
function round(value) {
  return value === null ? null : Number(fixed2(value));
}

// src/classify/floors.ts
var DEFAULT_FLOORS = [
  {
    classId: "istio-proxy",
    short: "Istio's default sidecar limit",
    bytes: 1024n * MI,
    text: "1024Mi",
    source: "Istio sidecar default limit (global.proxy.resources.limits.memory)",
    url: "https://github.com/istio/istio/blob/master/manifests/charts/istio-control/istio-discovery/values.yaml"
  },
  {
    classId: "linkerd-proxy",
    short: "Linkerd's HA proxy limit",
    bytes: 250n * MI,
    text: "250Mi",
    source: "Linkerd high-availability values (proxy.resources.memory.limit)",
    url: "https://github.com/linkerd/linkerd2/blob/main/charts/linkerd-control-plane/values-ha.yaml"
  },
  {
    classId: "daprd",
    short: "Dapr's production sidecar limit",
    bytes: 1000n * MI,
    text: "1000Mi",
    source: "Dapr production guidelines, sidecar resource settings (limit 1000Mi, request 250Mi)",
    url: "https://docs.dapr.io/operations/hosting/kubernetes/kubernetes-production/"
  },
  {
    classId: "envoy",
    short: "Envoy Gateway's default proxy memory",
    bytes: 512n * MI,
    text: "512Mi",
    source: "Envoy Gateway default proxy memory request (DefaultDeploymentMemoryResourceRequests)",
    url: "https://github.com/envoyproxy/gateway/blob/main/api/v1alpha1/shared_types.go"
  }
];

// src/rules/sizing.ts
function withFloor(required, cls, classId, ceiling) {
  const configured = cls?.floor;
  const floor = configured !== void 0 && ceiling.kind !== "none" && ceiling.bytes < configured ? ceiling.bytes : configured;
  if (floor === void 0 || floor <= required) return { bytes: required, note: "" };
  const upstream = DEFAULT_FLOORS.find((f) => f.classId === classId && f.bytes === configured);
  const why = upstream ? `${classId} floor: ${upstream.short}` : `sidecars.${classId}.floor`;
  const capped = floor === configured ? "" : `, capped by the ${ceiling.kind === "pod" ? "pod-level limit" : "LimitRange max"}`;
  return { bytes: floor, note: `; fix would set ${formatBytes(floor)} (${why}${capped})`, why: `${why}${capped}` };
}
function unboundedSizing(classId, cls, evidence, key) {
  const seen = evidence && key ? evidence.container(key) : void 0;
  if (seen?.enough) return { kind: "evidence" };
  if (cls?.limit !== void 0) return { kind: "configured", bytes: cls.limit };
  const measured = seen ? ` (the audit data has ${seen.points} point${seen.points === 1 ? "" : "s"} over ${seen.spanHours.toFixed(1)} h for it; ${evidence?.options.minPoints ?? 100} over ${evidence?.options.minSpanHours ?? 3} h are needed)` : evidence ? " (the audit data has no measurements of it)" : "";
  return {
    kind: "needs-evidence",
    advice: `a limit nobody measured could OOM-kill it, so size one from measurements${measured}: headroom collect --out summaries.ndjson && headroom fix --audit summaries.ndjson \u2026, or set sidecars.${classId}.limit`
  };
}

// src/rules/injected-sidecar-memory-headroom.ts
var rule = {
  meta: {
    id: "injected-sidecar-memory-headroom",
    description: "A webhook-injected sidecar needs the same memory headroom; the fix writes the injector annotation.",
    severity: "error",
    fixable: true
  },
  check(workload, context) {
    for (const sidecar of workload.injected) checkInjected(sidecar, workload, context);
  }
};
function checkInjected(sidecar, workload, context) {
  const { injector } = sidecar;
  const severity = sidecar.certainty === "possible" ? context.settings.possiblyInjected : "error";
  if (severity === "off") return;
  const memory2 = injectedMemory(sidecar);
  if (memory2.templated) return;
  for (const bad of memory2.invalid) {
    const hint = bad.suggestion && !bad.reason.includes("did you mean") ? `; did you mean ${bad.suggestion}?` : "";
    context.report({
      message: `annotation ${bad.value.key}: ${bad.reason}${hint}`,
      at: bad.value.node,
      subject: subject(workload, injector.container)
    });
  }
  if (memory2.invalid.length > 0) return;
  const effectiveRequest = memory2.request;
  const effectiveLimit = memory2.limit;
  const limit = sidecar.limit;
  const cls = context.settings.sidecars.find((s) => s.id === injector.container);
  const headroom = cls?.headroom ?? context.settings.headroom;
  const who = `${injector.container} (${sidecar.certainty === "possible" ? "possibly injected" : "injected"} by ${injector.title}: ${sidecar.because})`;
  const droppedNote = sidecar.defaultsDropped && !limit ? `, because ${injector.title} drops its defaults once a resource annotation is set` : "";
  const key = {
    namespace: workload.namespace,
    kind: workload.kind,
    workload: workload.name,
    container: injector.container
  };
  const at = sidecar.limit?.node ?? sidecar.enabler ?? sidecar.request?.node ?? workload.template;
  const sizing = effectiveLimit ? void 0 : unboundedSizing(injector.container, cls, context.settings.evidence, key);
  if (sizing?.kind === "needs-evidence") {
    if (context.settings.needsEvidence === "off") return;
    context.report({
      message: `${who} has no memory limit (unbounded)${droppedNote}; ${sizing.advice}`,
      at,
      severity: sidecar.certainty === "possible" ? severity : context.settings.needsEvidence,
      subject: subject(workload, injector.container),
      needsEvidence: true,
      data: {
        injector: injector.id,
        sidecarClass: injector.container,
        certainty: sidecar.certainty,
        currentLimitBytes: null,
        limitSource: "unbounded",
        needs: "evidence"
      }
    });
    return;
  }
  let baseline;
  let basis;
  if (effectiveRequest) {
    baseline = effectiveRequest.bytes;
    basis = `request ${describeBytes(baseline)}`;
  } else if (effectiveLimit) {
    baseline = effectiveLimit.bytes;
    basis = `no request, so the request defaults to the limit ${describeBytes(baseline)}`;
  } else if (sizing?.kind === "configured") {
    baseline = rational(cls?.defaultRequest ?? context.settings.defaultRequest);
    basis = `default request ${describeBytes(baseline)}`;
  } else {
    baseline = rational(0n);
    basis = "no request";
  }
  const target = evidenceTarget({
    evidence: context.settings.evidence,
    classId: injector.container,
    classDrift: cls?.drift,
    drift: context.settings.drift,
    headroom,
    key,
    baseline,
    basis
  });
  let { requiredBytes, arithmetic } = target;
  const { drift } = target;
  baseline = target.baseline;
  if (effectiveLimit && compare(effectiveLimit.bytes, rational(requiredBytes)) >= 0) return;
  if (sizing?.kind === "configured") {
    const raised = requiredBytes > sizing.bytes;
    arithmetic = `sidecars.${injector.container}.limit ${formatBytes(sizing.bytes)}${raised ? `, raised to ${arithmetic}` : ""}`;
    if (!raised) requiredBytes = sizing.bytes;
  }
  const required = formatBytes(requiredBytes);
  const ceiling = ceilingFor(workload, context.index);
  const floored = withFloor(requiredBytes, cls, injector.container, ceiling);
  const capped = capRequired(floored.bytes, ceiling, effectiveLimit ? bytesCeil(effectiveLimit.bytes) : void 0);
  const writeRequest = injector.requestAnnotation !== "" && !sidecar.request && (injector.resourceAnnotations !== void 0 || injector.defaultRequest === void 0);
  const requestText = sidecar.limit && !effectiveRequest ? sidecar.limit.node.source : formatBytes(bytesCeil(baseline));
  const notes = [];
  if (writeRequest) notes.push(`fix would set ${injector.requestAnnotation} to ${requestText}`);
  const dropsCpu = injector.resourceAnnotations?.some(
    (key2) => key2 !== injector.requestAnnotation && key2 !== injector.limitAnnotation
  );
  if (injector.resourceAnnotations && dropsCpu && !sidecar.defaultsDropped) {
    notes.push(
      `${injector.title} then no longer applies its default CPU request/limit; set ${injector.resourceAnnotations[0]} if you rely on it`
    );
  }
  const message = effectiveLimit ? `${who} memory limit ${describeBytes(effectiveLimit.bytes)} (${limit ? injector.limitAnnotation : effectiveLimit.label}) is below ${required} (${arithmetic})` : `${who} has no memory limit (unbounded)${droppedNote}; fix would set ${formatBytes(floored.bytes)} (${arithmetic}${floored.why ? `, raised to the ${floored.why}` : ""})`;
  const style = annotationStyle(sidecar);
  const keys = (annotation) => ["metadata", "annotations", annotation];
  const fix = [
    {
      document: workload.document,
      map: workload.template,
      mapPath: workload.templatePath,
      keys: keys(injector.limitAnnotation),
      value: capped.write ?? formatBytes(floored.bytes),
      style
    }
  ];
  if (writeRequest) {
    fix.push({
      document: workload.document,
      map: workload.template,
      mapPath: workload.templatePath,
      keys: keys(injector.requestAnnotation),
      value: requestText,
      style
    });
  }
  context.report({
    message: [message + (effectiveLimit ? floored.note : "") + capped.note, ...notes].join("; "),
    at,
    severity: severity === "error" ? void 0 : severity,
    subject: subject(workload, injector.container),
    fix: sidecar.certainty === "enabled" ? fix : void 0,
    unfixable: capped.unfixable ?? sidecar.unfixable,
    data: {
      injector: injector.id,
      sidecarClass: injector.container,
      certainty: sidecar.certainty,
      currentLimitBytes: effectiveLimit ? Number(bytesCeil(effectiveLimit.bytes)) : null,
      limitSource: effectiveLimit ? limit ? "annotation" : "injector-default" : "unbounded",
      requiredLimitBytes: Number(requiredBytes),
      requiredLimit: required,
      writtenLimit: capped.write ?? null,
      baselineBytes: Number(bytesCeil(baseline)),
      drift: drift.text,
      headroom: formatDecimal(headroom.value),
      ...target.data ? { evidence: target.data } : {}
    }
  });
}
function subject(workload, container) {
  return {
    kind: workload.kind,
    name: workload.name,
    namespace: workload.namespace,
    container,
    document: workload.document.index
  };
}
function annotationStyle(sidecar) {
  const annotations = sidecar.metadata?.pairs.find((p) => p.key === "annotations")?.value;
  if (annotations?.type !== "map") return "plain";
  for (const pair of annotations.pairs) {
    const value = pair.value;
    if (value?.type === "scalar" && (value.style === "double" || value.style === "single")) return value.style;
  }
  return "plain";
}

// src/engine/exemptions.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var ANNOTATION_IGNORE = "headroom.io/ignore";
var ANNOTATION_IGNORE_CONTAINERS = "headroom.io/ignore-containers";
var ANNOTATION_HEADROOM = "headroom.io/headroom";
var ANNOTATION_DRIFT = "headroom.io/drift";
function policyFor(workload, settings) {
  const annotations = [annotationsOf(workload.object), annotationsOf(workload.template)];
  const read = (key) => {
    for (const map of annotations) {
      const found = map ? lookup(map, key) : void 0;
      const node = deref(found?.value);
      if (node?.type === "scalar" && node.value !== null && node.value !== void 0)
        return { text: String(node.value), node };
    }
    return void 0;
  };
  const ignore = read(ANNOTATION_IGNORE);
  const ignoreAll = ignore !== void 0 && /^(true|all|\*)$/i.test(ignore.text.trim());
  const ignoreRules = new Set(ignoreAll || !ignore ? [] : splitList(ignore.text));
  const ignoreContainers = new Set(splitList(read(ANNOTATION_IGNORE_CONTAINERS)?.text ?? ""));
  const problems = [];
  const factor = (key, parse) => {
    const value = read(key);
    if (!value) return void 0;
    try {
      return parse(value.text, key);
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      problems.push({ message: `annotation ${key}: ${error.message}`, at: value.node });
      return void 0;
    }
  };
  const drift = factor(ANNOTATION_DRIFT, parseDrift);
  const headroom = factor(ANNOTATION_HEADROOM, parseHeadroom);
  const exemptions = settings.exemptions.filter(
    (e) => matches(e.namespace, workload.namespace ?? "") && matches(e.kind, workload.kind) && matches(e.name, workload.name)
  );
  return {
    settings: drift || headroom ? withOverrides(settings, drift, headroom) : settings,
    problems,
    allows(ruleId, container) {
      if (ignoreAll || ignoreRules.has(ruleId)) return false;
      if (container !== void 0 && ignoreContainers.has(container)) return false;
      return !exemptions.some(
        (e) => (e.rules === void 0 || e.rules.includes(ruleId)) && (e.container === void 0 || container !== void 0 && matches(e.container, container))
      );
    }
  };
}
function withOverrides(settings, drift, headroom) {
  return {
    ...settings,
    drift: drift ?? settings.drift,
    headroom: headroom ?? settings.headroom,
    sidecars: settings.sidecars.map((c) => ({
      ...c,
      drift: drift ? void 0 : c.drift,
      headroom: headroom ? void 0 : c.headroom
    }))
  };
}
function annotationsOf(object) {
  return getMap(getMap(object, "metadata"), "annotations");
}
function splitList(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean);
}
var matcherCache = /* @__PURE__ */ new Map();
function matches(pattern, value) {
  if (pattern === void 0) return true;
  let matcher = matcherCache.get(pattern);
  if (!matcher) {
    matcher = (0, import_picomatch.default)(pattern, { dot: true });
    matcherCache.set(pattern, matcher);
  }
  return matcher(value);
}

// src/rules/invalid-headroom-annotation.ts
var rule2 = {
  meta: {
    id: "invalid-headroom-annotation",
    description: "headroom.io/* override annotations must hold valid values.",
    severity: "error",
    fixable: false
  },
  check(workload, context) {
    for (const problem of policyFor(workload, context.settings).problems)
      context.report({ message: problem.message, at: problem.at });
  }
};

// src/rules/memory-values.ts
function readMemory(container) {
  const resources = lookup(container.node, "resources");
  const resourcesMap = deref(resources?.value);
  return {
    resources: resourcesMap,
    resourcesKey: resources?.pair.keyNode ?? null,
    request: readOne(resourcesMap, "requests", resources?.viaNode),
    limit: readOne(resourcesMap, "limits", resources?.viaNode)
  };
}
function readOne(resources, which, shared) {
  const sectionLookup = resources?.type === "map" ? lookup(resources, which) : void 0;
  const section = deref(sectionLookup?.value);
  const found = section?.type === "map" ? lookup(section, "memory") : void 0;
  if (!found) return { which, node: null, keyNode: null };
  const node = deref(found.value);
  const keyNode = found.pair.keyNode;
  const at = shared ?? sectionLookup?.viaNode ?? found.viaNode ?? node;
  if (!node || node.type === "scalar" && (node.empty || node.value === null)) {
    return {
      which,
      node: node ?? found.value,
      keyNode,
      at,
      problem: "is null; set a quantity such as 256Mi or remove the key"
    };
  }
  if (node.type !== "scalar") {
    return { which, node, keyNode, at, problem: `is a ${node.type === "map" ? "mapping" : "sequence"}, not a quantity` };
  }
  return { which, node, keyNode, at, ...readScalar(node) };
}
function readScalar(node) {
  const raw = node.source;
  if (raw.includes("{{") || raw.includes("${")) return { templated: true };
  const parsed = parseQuantity(raw);
  if (!parsed.ok) return { problem: parsed.reason, suggestion: parsed.suggestion };
  if (parsed.quantity.value.n < 0n) return { quantity: parsed.quantity, problem: `${parsed.quantity.text} is negative` };
  return { quantity: parsed.quantity };
}
function shown(value) {
  const node = value.node;
  if (node?.type === "scalar") return node.source;
  return value.quantity?.text ?? "(none)";
}

// src/rules/subject.ts
function subjectOf(workload, container) {
  return {
    kind: workload.kind,
    name: workload.name,
    namespace: workload.namespace,
    container: container.name ?? `${container.list}[${container.index}]`,
    document: workload.document.index
  };
}

// src/rules/invalid-memory-quantity.ts
var rule3 = {
  meta: {
    id: "invalid-memory-quantity",
    description: "Memory requests and limits must be valid Kubernetes quantities that mean what they say.",
    severity: "error",
    fixable: false
  },
  check(workload, context) {
    for (const container of workload.classified) {
      const memory2 = readMemory(container);
      checkValue(memory2.request, container, workload, context);
      checkValue(memory2.limit, container, workload, context);
    }
  }
};
function checkValue(value, container, workload, context) {
  const label = `memory ${value.which === "limits" ? "limit" : "request"}`;
  const at = container.via ? container.item : value.at ?? value.node ?? value.keyNode;
  if (!at) return;
  const subject2 = subjectOf(workload, container);
  if (value.templated) {
    context.report({
      message: `${label} is a template expression; render the chart first (helm template \u2026 | headroom check -)`,
      at,
      subject: subject2,
      severity: "info"
    });
    return;
  }
  if (value.problem) {
    const problem = value.problem.startsWith('"') || /^-?\d/.test(value.problem) ? value.problem : `of ${container.name ?? "container"} ${value.problem}`;
    const hint = value.suggestion && !value.problem.includes("did you mean") ? `; did you mean ${value.suggestion}?` : "";
    context.report({ message: `${label} ${problem}${hint}`, at, subject: subject2 });
    return;
  }
  const quantity = value.quantity;
  if (quantity && isSuspiciousMilliMemory(quantity)) {
    context.report({
      message: `${label} ${quantity.text} is ${describeBytes(quantity.value)} (m means thousandths); did you mean ${milliMemorySuggestion(quantity)}?`,
      at,
      subject: subject2
    });
  }
}

// src/rules/memory-limit-below-request.ts
var rule4 = {
  meta: {
    id: "memory-limit-below-request",
    description: "A memory limit below the memory request is rejected by the API server.",
    severity: "error",
    fixable: false
  },
  check(workload, context) {
    for (const container of workload.classified) {
      const { request, limit } = readMemory(container);
      if (!request.quantity || !limit.quantity || request.problem || limit.problem) continue;
      if (compare(limit.quantity.value, request.quantity.value) >= 0) continue;
      context.report({
        message: `${container.name ?? "container"} memory limit ${shown(limit)} is below its request ${shown(request)}; the API server rejects this pod`,
        at: container.via ? container.item : limit.at ?? limit.node ?? container.node,
        subject: subjectOf(workload, container)
      });
    }
  }
};

// src/classify/effective-memory.ts
function effectiveMemory(declared, limitRange) {
  const own = (q, from) => q ? { bytes: q.value, text: q.text, from } : void 0;
  const ranged = (v) => v && limitRange ? { bytes: v.bytes, text: v.text, from: "limit-range", limitRange: limitRange.name, limitRangeKey: v.key } : void 0;
  const request = own(declared.request, "declared") ?? own(declared.limit, "request-from-limit") ?? ranged(limitRange?.request);
  const limit = own(declared.limit, "declared") ?? ranged(limitRange?.limit);
  return { request, limit };
}

// src/extract/repo-index.ts
var EMPTY_INDEX = {
  namespaces: /* @__PURE__ */ new Map(),
  limitRangeMax: /* @__PURE__ */ new Map(),
  quotaLimit: /* @__PURE__ */ new Map(),
  limitRangeDefault: /* @__PURE__ */ new Map()
};
function namespaceOf(index, workload) {
  if (workload.namespace !== void 0) return workload.namespace;
  const root = index.scopes?.rootOf.get(folderOf(workload.file.path));
  return (root !== void 0 ? index.scopes?.namespaceOf.get(root) : void 0) ?? "default";
}
function namespaceFacts(index, file, name) {
  const all = index.namespaces.get(name);
  if (!all || all.length === 0) return void 0;
  const rootOf = (path) => index.scopes?.rootOf.get(folderOf(path));
  const scope = rootOf(file);
  const own = scope === void 0 ? [] : all.filter((facts) => rootOf(facts.path) === scope);
  const holding = own.length > 0 ? own : all;
  const first = holding[0];
  const other = holding.find((facts) => signature(facts) !== signature(first));
  if (!other) return first;
  const variants = holding.filter((facts, i) => holding.findIndex((f) => signature(f) === signature(facts)) === i);
  return {
    ...first,
    conflict: `namespace ${name} is defined differently in ${first.path} and ${other.path}, so injection there is undecided`,
    variants
  };
}
function namespaceConflicts(index) {
  const out = /* @__PURE__ */ new Set();
  for (const [name, all] of index.namespaces) {
    for (const facts of all) {
      const conflict = namespaceFacts(index, facts.path, name)?.conflict;
      if (conflict) out.add(conflict);
    }
  }
  return [...out];
}
function signature(facts) {
  const sorted = (map) => [...map].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return JSON.stringify([sorted(facts.labels), sorted(facts.annotations)]);
}
function folderOf(path) {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut === -1 ? "." : path.slice(0, cut);
}
var INDEX_HINT = /(?:^|[\s:"'{[,])(?:Namespace|LimitRange|ResourceQuota|OpenTelemetryCollector|Jaeger|[A-Za-z]*List)["']?[ \t]*(?:$|[\r,}\]#])|"(?:[A-Za-z]|\\[xuU][0-9A-Fa-f]+)*\\(?:[xuU][0-9A-Fa-f]|\r?\n)/m;
function indexFile(file) {
  const namespaces = /* @__PURE__ */ new Map();
  const limitRangeMax = /* @__PURE__ */ new Map();
  const quotaLimit = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  const limitRangeDefault = /* @__PURE__ */ new Map();
  const visit = (object, depth) => {
    const kind = getString(object, "kind");
    if (kind?.endsWith("List") && depth < 4) {
      for (const item of getSeq(object, "items")?.items ?? []) {
        const map = asMap(item);
        if (map) visit(map, depth + 1);
      }
      return;
    }
    const metadata = getMap(object, "metadata");
    const name = getString(metadata, "name");
    if (!name) return;
    if (kind === "Namespace") {
      const facts = {
        labels: stringMap(getMap(metadata, "labels")),
        annotations: stringMap(getMap(metadata, "annotations")),
        path: file.path
      };
      namespaces.set(name, [...namespaces.get(name) ?? [], facts]);
      return;
    }
    const namespace = getString(metadata, "namespace") ?? "default";
    if (kind === "OpenTelemetryCollector" || kind === "Jaeger") {
      const spec = getMap(object, "spec");
      const agent = kind === "Jaeger" ? getMap(spec, "agent") : null;
      const resources = kind === "Jaeger" ? getMap(agent, "resources") ?? getMap(spec, "resources") : getMap(spec, "resources");
      const sidecar = kind === "Jaeger" ? getString(agent, "strategy")?.toLowerCase() !== "daemonset" : getString(spec, "mode") === "sidecar";
      const request = memory(getMap(resources, "requests"));
      const limit = memory(getMap(resources, "limits"));
      owners.set(`${kind}/${namespace}/${name}`, { kind, namespace, name, path: file.path, sidecar, request, limit });
      return;
    }
    if (kind === "LimitRange") {
      for (const limit of getSeq(getMap(object, "spec"), "limits")?.items ?? []) {
        const map = asMap(limit);
        if (getString(map, "type") !== "Container") continue;
        keepSmallest(limitRangeMax, namespace, memory(getMap(map, "max")), name);
        keepLargestDefault(limitRangeDefault, namespace, containerDefaults(map, name));
      }
    } else if (kind === "ResourceQuota") {
      const hard = getMap(getMap(object, "spec"), "hard");
      const text = getString(hard, "limits.memory");
      keepSmallest(quotaLimit, namespace, text, name);
    }
  };
  for (const doc of file.documents) {
    const root = asMap(doc.root);
    if (root) visit(root, 0);
  }
  return { namespaces, limitRangeMax, quotaLimit, limitRangeDefault, ...owners.size > 0 ? { owners } : {} };
}
function mergeIndex(a, b) {
  if (b === EMPTY_INDEX) return a;
  if (a === EMPTY_INDEX) return b;
  const limitRangeMax = new Map(a.limitRangeMax);
  for (const [ns, v] of b.limitRangeMax) keepSmallest(limitRangeMax, ns, v.text, v.name);
  const quotaLimit = new Map(a.quotaLimit);
  for (const [ns, v] of b.quotaLimit) keepSmallest(quotaLimit, ns, v.text, v.name);
  const namespaces = new Map(a.namespaces);
  for (const [name, facts] of b.namespaces) {
    const known = namespaces.get(name) ?? [];
    const fresh = facts.filter((f) => !known.some((k) => k.path === f.path && signature(k) === signature(f)));
    if (fresh.length > 0) namespaces.set(name, [...known, ...fresh]);
  }
  const owners = a.owners && b.owners ? new Map([...a.owners, ...b.owners]) : a.owners ?? b.owners;
  const limitRangeDefault = new Map(a.limitRangeDefault);
  for (const [ns, v] of b.limitRangeDefault ?? []) keepLargestDefault(limitRangeDefault, ns, v);
  return {
    namespaces,
    scopes: a.scopes ?? b.scopes,
    limitRangeMax,
    quotaLimit,
    limitRangeDefault,
    ...owners ? { owners } : {}
  };
}
function containerDefaults(item, name) {
  const read = (key) => {
    const text = memory(getMap(item, key));
    const parsed = text === void 0 ? void 0 : parseQuantity(text);
    return parsed?.ok && parsed.quantity.value.n >= 0n ? { bytes: parsed.quantity.value, text, key } : void 0;
  };
  const limit = read("default") ?? read("max");
  return { name, limit, request: read("defaultRequest") ?? limit ?? read("min") };
}
function keepLargestDefault(target, namespace, value) {
  if (!value.limit && !value.request) return;
  const current = target.get(namespace);
  if (!current || value.limit && (!current.limit || value.limit.bytes.n * current.limit.bytes.d > current.limit.bytes.n * value.limit.bytes.d))
    target.set(namespace, value);
}
function memory(map) {
  return getString(map, "memory");
}
function keepSmallest(target, namespace, text, name) {
  if (text === void 0) return;
  const parsed = parseQuantity(text);
  if (!parsed.ok) return;
  const bytes = parsed.quantity.value;
  const current = target.get(namespace);
  if (!current || bytes.n * current.bytes.d < current.bytes.n * bytes.d) target.set(namespace, { bytes, text, name });
}
function stringMap(map) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of map?.pairs ?? []) {
    const value = get(map, pair.key ?? "");
    if (pair.key !== void 0 && value?.type === "scalar" && value.value !== null && value.value !== void 0)
      out.set(pair.key, String(value.value));
  }
  return out;
}

// src/rules/sidecar-memory-headroom.ts
var LIMIT_KEYS = ["resources", "limits", "memory"];
var REQUEST_KEYS = ["resources", "requests", "memory"];
var rule5 = {
  meta: {
    id: "sidecar-memory-headroom",
    description: "A sidecar memory limit must be at least baseline \xD7 drift \xD7 (1 + headroom); an unbounded one is sized only from evidence.",
    severity: "error",
    fixable: true
  },
  check(workload, context) {
    for (const container of workload.classified) {
      if (container.role === "sidecar") checkSidecar(container, workload, context);
    }
  }
};
function checkSidecar(container, workload, context) {
  const memory2 = readMemory(container);
  const { request, limit } = memory2;
  if (unusable(request) || unusable(limit)) return;
  const name = container.name ?? container.sidecarClass ?? "sidecar";
  const effective = effectiveMemory(
    { request: request.quantity, limit: limit.quantity },
    context.index.limitRangeDefault?.get(namespaceOf(context.index, workload))
  );
  const at = container.via ? container.item : limit.at ?? limit.node ?? memory2.resourcesKey ?? nameNode(container) ?? container.node;
  const anchored = container.via ? `the container comes from anchor &${container.via.anchor} (line ${container.via.line})` : void 0;
  const cls = container.settingsClass;
  const key = container.name !== void 0 ? { namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name } : void 0;
  const base = { sidecarClass: container.sidecarClass };
  let target;
  let message;
  if (effective.limit) {
    target = targetFor(container, context.settings, effective.request, workload);
    if (compare(effective.limit.bytes, rational(target.requiredBytes)) >= 0) return;
    const required = formatBytes(target.requiredBytes);
    const what = effective.limit.from === "declared" ? `memory limit ${shown(limit)}` : `memory limit ${effective.limit.text} (no limit of its own, so LimitRange ${effective.limit.limitRange} ${effective.limit.limitRangeKey})`;
    message = `${name} ${what} is below ${required} (${arithmeticOf(target)})`;
  } else {
    const sizing = unboundedSizing(container.sidecarClass ?? name, cls, context.settings.evidence, key);
    if (sizing.kind === "needs-evidence") {
      if (context.settings.needsEvidence === "off") return;
      context.report({
        message: `${name} has no memory limit (unbounded); ${sizing.advice}`,
        at,
        subject: subjectOf(workload, container),
        needsEvidence: true,
        severity: context.settings.needsEvidence,
        data: { ...base, currentLimitBytes: null, limitSource: "unbounded", needs: "evidence" }
      });
      return;
    }
    target = targetFor(container, context.settings, effective.request, workload, sizing.kind === "evidence");
    if (sizing.kind === "configured") {
      const requiredBytes = sizing.bytes >= target.requiredBytes ? sizing.bytes : target.requiredBytes;
      target = {
        ...target,
        requiredBytes,
        arithmetic: `sidecars.${container.sidecarClass}.limit ${formatBytes(sizing.bytes)}${requiredBytes === sizing.bytes ? "" : `, raised to ${arithmeticOf(target)}`}`
      };
    }
    message = "";
  }
  const ceiling = ceilingFor(workload, context.index);
  let floored = withFloor(target.requiredBytes, cls, container.sidecarClass, ceiling);
  if (!effective.limit) {
    message = `${name} has no memory limit (unbounded); fix would set ${formatBytes(floored.bytes)} (${arithmeticOf(target)}${floored.why ? `, raised to the ${floored.why}` : ""})`;
    floored = { ...floored, note: "" };
  }
  const pin = effective.request?.from === "declared" ? void 0 : requestToPin(effective.request, limit, target);
  const pinNote = pin === void 0 ? "" : `; fix would ${pin.node ? "pin" : "set"} requests.memory to ${pin.text}${pin.why}`;
  const currentBytes = effective.limit ? bytesCeil(effective.limit.bytes) : void 0;
  const capped = capRequired(floored.bytes, ceiling, currentBytes);
  const fix = [
    {
      document: workload.document,
      map: container.node,
      mapPath: container.path,
      keys: LIMIT_KEYS,
      value: capped.write ?? formatBytes(floored.bytes)
    }
  ];
  if (pin !== void 0) {
    fix.push({
      document: workload.document,
      map: container.node,
      mapPath: container.path,
      keys: REQUEST_KEYS,
      value: pin.text,
      style: pin.node?.style
    });
  }
  context.report({
    message: `${message}${floored.note}${pinNote}${capped.note}`,
    at,
    subject: subjectOf(workload, container),
    fix,
    unfixable: anchored ?? capped.unfixable,
    data: {
      ...base,
      currentLimitBytes: currentBytes === void 0 ? null : Number(currentBytes),
      limitSource: effective.limit ? effective.limit.from : "unbounded",
      requiredLimitBytes: Number(target.requiredBytes),
      requiredLimit: formatBytes(target.requiredBytes),
      writtenLimit: capped.write ?? null,
      baselineBytes: Number(bytesCeil(target.baseline)),
      drift: target.drift.text,
      headroom: formatDecimal(target.headroom.value),
      ...target.evidence ? { evidence: target.evidence } : {}
    }
  });
}
function arithmeticOf(target) {
  return target.arithmetic ?? `${target.basis} \xD7 drift ${target.drift.text} \xD7 headroom ${formatDecimal(add(rational(1n), target.headroom.value))}`;
}
function requestToPin(request, limit, target) {
  if (request?.from === "request-from-limit" && limit.node?.type === "scalar")
    return { text: limit.node.source, node: limit.node, why: "" };
  if (request?.from === "limit-range")
    return { text: request.text, why: ` (what LimitRange ${request.limitRange} gives it today)` };
  return { text: formatBytes(bytesCeil(target.baseline)), why: target.evidence === void 0 ? " (defaultRequest)" : "" };
}
function unusable(value) {
  return value.problem !== void 0 || value.templated === true;
}
function targetFor(container, settings, request, workload, unbounded = false) {
  const cls = container.settingsClass;
  const headroom = cls?.headroom ?? settings.headroom;
  let baseline;
  let basis;
  if (request?.from === "declared") {
    baseline = request.bytes;
    basis = `request ${request.text}`;
  } else if (request?.from === "request-from-limit") {
    baseline = request.bytes;
    basis = `no request, so the request defaults to the limit ${request.text}`;
  } else if (request?.from === "limit-range") {
    baseline = request.bytes;
    basis = `LimitRange ${request.limitRange} ${request.limitRangeKey} ${request.text}`;
  } else {
    baseline = unbounded ? rational(0n) : rational(cls?.defaultRequest ?? settings.defaultRequest);
    basis = unbounded ? "no request" : `default request ${describeBytes(baseline)}`;
  }
  const key = workload && container.name !== void 0 ? { namespace: workload.namespace, kind: workload.kind, workload: workload.name, container: container.name } : void 0;
  const target = evidenceTarget({
    evidence: settings.evidence,
    classId: container.sidecarClass,
    classDrift: cls?.drift,
    drift: settings.drift,
    headroom,
    key,
    baseline,
    basis
  });
  return {
    drift: target.drift,
    headroom,
    baseline: target.baseline,
    basis: target.basis,
    requiredBytes: target.requiredBytes,
    arithmetic: target.arithmetic,
    evidence: target.data
  };
}
function nameNode(container) {
  for (const pair of container.node.pairs) if (pair.key === "name") return pair.value;
  return null;
}

// src/rules/index.ts
var RULES = [
  rule5,
  rule,
  rule3,
  rule4,
  rule2
];

export {
  parseQuantity,
  injectedMemory,
  deref,
  asMap,
  asSeq,
  lookup,
  get,
  getString,
  getMap,
  getSeq,
  SettingsError,
  parseHeadroom,
  parseDrift,
  resolveAuditOptions,
  createEvidence,
  sidecarClassOf,
  DEFAULT_FLOORS,
  policyFor,
  readMemory,
  EMPTY_INDEX,
  namespaceOf,
  namespaceFacts,
  namespaceConflicts,
  INDEX_HINT,
  indexFile,
  mergeIndex,
  RULES
};
