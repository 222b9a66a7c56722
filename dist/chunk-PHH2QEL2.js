#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  RecogniserMisread,
  findKind,
  groupOf,
  parseYaml,
  scalarData
} from "./chunk-F3NRG57P.js";
import {
  selects
} from "./chunk-37ZWPQAO.js";
import {
  fileFinding
} from "./chunk-AENQFEB3.js";
import {
  EMPTY_INDEX,
  INDEX_HINT,
  RULES,
  asMap,
  asSeq,
  deref,
  get,
  getMap,
  getSeq,
  getString,
  indexFile,
  injectedMemory,
  lookup,
  mergeIndex,
  namespaceFacts,
  namespaceOf,
  parseQuantity,
  policyFor,
  readMemory
} from "./chunk-YB4YLNZB.js";
import {
  bytesCeil
} from "./chunk-MTGXENKW.js";

// src/classify/injected.ts
function injectedSidecars(workload, injectors, index) {
  const metadata = getMap(workload.template, "metadata");
  const labels = getMap(metadata, "labels");
  const annotations = getMap(metadata, "annotations");
  const namespaceName = namespaceOf(index, workload);
  const namespace = namespaceFacts(index, workload.file.path, namespaceName);
  const out = [];
  for (const injector of injectors) {
    if (workload.containers.some((c) => c.name === injector.container && !isIstioOverride(workload, c, injector, index)))
      continue;
    const decision = decideAcross(injector, workload, namespaceName, labels, annotations, namespace);
    if (decision === "off") continue;
    const request = annotation(annotations, injector.requestAnnotation);
    const limit = annotation(annotations, injector.limitAnnotation);
    if (injector.zeroLimitUnbounded && limit && /^0+(\.0*)?[a-zA-Z]*$/.test(limit.text)) continue;
    if (injector.judgedWhenAnnotated && !request && !limit) continue;
    const resourceKeys = injector.resourceAnnotations ?? [];
    const dropper = resourceKeys.map((key) => annotation(annotations, key)).find((value) => value !== void 0);
    const defaultsDropped = dropper !== void 0;
    let inherited;
    let unfixable;
    if (injector.resourcesFrom) {
      const owner = decision === void 0 ? void 0 : ownerOf(injector, decision.value, namespaceName, index);
      if (!owner) continue;
      const field = injector.resourcesFrom.field;
      const where = `${owner.kind} ${owner.namespace}/${owner.name} ${field}`;
      inherited = {
        request: owner.request !== void 0 ? { text: owner.request, label: `${where}.requests.memory (${owner.path})` } : void 0,
        limit: owner.limit !== void 0 ? { text: owner.limit, label: `${where}.limits.memory (${owner.path})` } : void 0
      };
      unfixable = `its memory is set by ${owner.kind} ${owner.namespace}/${owner.name} (${owner.path}): raise ${field}.limits.memory there`;
    } else if (injector.namespaceResourceAnnotations && namespace && !namespace.conflict) {
      inherited = namespaceDefaults(injector, namespaceName, namespace);
    }
    const common = { injector, request, limit, inherited, unfixable, defaultsDropped, metadata };
    if (decision === void 0) {
      if (!injector.enable.outsideRepo || namespace && !namespace.conflict) continue;
      if (!request && !limit && !dropper) continue;
      const because = namespace?.conflict ?? "its resource annotations are set but injection is decided outside the repo";
      out.push({ ...common, certainty: "possible", because, enabler: (limit ?? request ?? dropper)?.node });
      continue;
    }
    out.push({ ...common, certainty: decision.certainty, because: decision.because, enabler: decision.node });
  }
  return out;
}
function isIstioOverride(workload, container, injector, index) {
  if (injector.id !== "istio" || container.name !== injector.container) return false;
  const metadata = getMap(workload.template, "metadata");
  if (annotation(getMap(metadata, "annotations"), "sidecar.istio.io/status")) return false;
  const limits = getMap(getMap(container.node, "resources"), "limits");
  if (limits && lookup(limits, "memory")) return false;
  if (container.image === "auto") return true;
  if (workload.containers.some((c) => c.name === "istio-init" || c.name === "istio-validation")) return false;
  const namespaceName = namespaceOf(index, workload);
  const decision = decideAcross(
    injector,
    workload,
    namespaceName,
    getMap(metadata, "labels"),
    getMap(metadata, "annotations"),
    namespaceFacts(index, workload.file.path, namespaceName)
  );
  return decision !== void 0 && decision !== "off" && decision.certainty === "enabled";
}
function decideAcross(injector, workload, namespaceName, labels, annotations, namespace) {
  if (!namespace?.variants) return decide(injector, workload, namespaceName, labels, annotations, namespace);
  const each = namespace.variants.map(
    (variant) => decide(injector, workload, namespaceName, labels, annotations, variant)
  );
  const kind = (d) => d === void 0 || d === "off" ? String(d) : d.certainty;
  if (each.every((d) => kind(d) === kind(each[0]))) return each[0];
  const enabling = each.find((d) => d !== void 0 && d !== "off");
  return { because: namespace.conflict ?? "", node: enabling?.node, certainty: "possible" };
}
function decide(injector, workload, namespaceName, labels, annotations, namespace) {
  const rule = injector.enable;
  if (rule.kinds?.some((k) => k.kind === workload.kind && groupOf(workload.apiVersion ?? "") === k.group)) {
    return {
      because: `every ${workload.kind} of ${groupOf(workload.apiVersion ?? "")} gets one`,
      node: void 0,
      certainty: "enabled"
    };
  }
  if (rule.cancelledBy?.values.includes(annotation(annotations, rule.cancelledBy.key)?.text ?? "")) return "off";
  const known = namespace && !namespace.conflict ? namespace : void 0;
  const namespaceValue = (ns) => (ns.from === "label" ? known?.labels : known?.annotations)?.get(ns.key);
  if (rule.namespaceOffWins && rule.namespace?.some((ns) => ns.off?.includes(namespaceValue(ns) ?? "\0")))
    return "off";
  for (const podLabel of rule.podLabels ?? []) {
    const value = annotation(labels, podLabel.key);
    if (!value) continue;
    if (podLabel.off?.includes(value.text)) return "off";
    if (podLabel.on.includes("*") || podLabel.on.includes(value.text))
      return { because: `label ${podLabel.key}: "${value.text}"`, node: value.node, certainty: "enabled" };
  }
  let asked;
  if (rule.podKey) {
    const own = rule.objectAnnotation ? getMap(getMap(workload.object, "metadata"), "annotations") : annotations;
    const value = annotation(own, rule.podKey);
    const on = value !== void 0 && (rule.podOn?.includes(value.text) || rule.podOn?.includes("*") && !rule.podOff?.includes(value.text));
    if (value && rule.podOff?.includes(value.text)) return "off";
    if (value && on && !rule.namespaceRequired)
      return {
        because: `annotation ${rule.podKey}: "${value.text}"`,
        node: value.node,
        certainty: "enabled",
        value: value.text
      };
    if (value && (on || rule.podAsk?.includes(value.text))) {
      const needs = rule.namespace?.[0];
      asked = {
        because: `annotation ${rule.podKey}: "${value.text}", which injects only in a namespace with the ${needs?.from ?? "label"} ${needs?.key ?? ""}`,
        node: value.node
      };
    }
  }
  for (const ns of rule.namespace ?? []) {
    const value = namespaceValue(ns);
    if (value === void 0 || !known) continue;
    if (ns.off?.includes(value)) return "off";
    if (ns.on.includes("*") || ns.on.includes(value)) {
      return {
        because: `namespace ${namespaceName} has ${ns.key}=${value} (${known.path})`,
        node: asked?.node,
        certainty: "enabled",
        value
      };
    }
  }
  if (!asked) return void 0;
  if (known) return "off";
  return { because: namespace?.conflict ?? asked.because, node: asked.node, certainty: "possible" };
}
function ownerOf(injector, value, namespaceName, index) {
  const kind = injector.resourcesFrom?.kind;
  if (!kind || !index.owners || value === void 0) return void 0;
  if (value === "true") {
    const candidates = [...index.owners.values()].filter(
      (o) => o.kind === kind && o.namespace === namespaceName && o.sidecar
    );
    return candidates.length === 1 ? candidates[0] : void 0;
  }
  const [namespace, name] = value.includes("/") ? value.split("/", 2) : [namespaceName, value];
  return index.owners.get(`${kind}/${namespace}/${name}`);
}
function namespaceDefaults(injector, namespaceName, namespace) {
  const read = (key) => {
    const text = namespace.annotations.get(key);
    return text === void 0 || text === "" ? void 0 : { text, label: `namespace ${namespaceName} ${key} (${namespace.path})` };
  };
  const request = read(injector.requestAnnotation);
  const limit = read(injector.limitAnnotation);
  return request || limit ? { request, limit } : void 0;
}
function annotation(map, key) {
  if (!map) return void 0;
  const node = deref(lookup(map, key)?.value);
  if (node?.type !== "scalar" || node.value === null || node.value === void 0 || node.empty) return void 0;
  return { key, text: String(node.value), node };
}

// src/classify/gateways.ts
var ENVOY = ["envoy"];
var ISTIO = ["istio-proxy", "envoy"];
function gatewayOf(workload) {
  const reason = gatewayReason(workload);
  return reason ? { reason: reason.text, proxyClasses: reason.istio ? ISTIO : ENVOY } : void 0;
}
function gatewayReason(workload) {
  const metadata = [getMap(workload.object, "metadata"), getMap(workload.template, "metadata")];
  const label = (key) => first(metadata.map((m) => getString(getMap(m, "labels"), key)));
  const annotation2 = (key) => first(metadata.map((m) => getString(getMap(m, "annotations"), key)));
  if (label("gateway.envoyproxy.io/owning-gateway-name") !== void 0 || label("gateway.envoyproxy.io/owning-gatewayclass") !== void 0)
    return { text: "Envoy Gateway proxy" };
  if (label("app.kubernetes.io/managed-by") === "envoy-gateway" && label("app.kubernetes.io/component") === "proxy")
    return { text: "Envoy Gateway proxy" };
  if ((annotation2("inject.istio.io/templates") ?? "").split(",").some((t) => t.trim() === "gateway"))
    return { text: "Istio gateway (inject.istio.io/templates: gateway)", istio: true };
  const istio = label("istio");
  if (istio !== void 0 && /gateway$/.test(istio)) return { text: `Istio gateway (istio: ${istio})`, istio: true };
  if (label("gateway.istio.io/managed") !== void 0 || label("istio.io/gateway-name") !== void 0)
    return { text: "Istio gateway (Gateway API)", istio: true };
  const name = label("app.kubernetes.io/name") ?? label("app");
  if (name !== void 0 && /^(emissary-ingress|ambassador)$/.test(name)) return { text: `Emissary/Ambassador (${name})` };
  if (label("product") === "aes") return { text: "Ambassador Edge Stack" };
  const images = workload.containers.map((c) => c.image ?? "");
  if (images.some((i) => /datawire\/(emissary|ambassador|aes)/.test(i))) return { text: "Emissary/Ambassador" };
  if (images.some((i) => /(projectcontour|heptio-images)\/contour/.test(i))) return { text: "Contour envoy" };
  return void 0;
}
function first(values) {
  return values.find((v) => v !== void 0);
}

// src/classify/containers.ts
function classifyWorkload(workload, settings, index = EMPTY_INDEX) {
  const gateway = gatewayOf(workload);
  const helpers = workload.containers.map((c) => isHelper(c, settings));
  const matches = workload.containers.map((c, i) => helpers[i] ? void 0 : matchPattern(c, settings));
  const own = (i) => gateway !== void 0 && matches[i] !== void 0 && gateway.proxyClasses.includes(matches[i].cls.id);
  const hasApp = workload.containers.some((c, i) => c.list === "containers" && !helpers[i] && (!matches[i] || own(i)));
  const classified = workload.containers.map((container, i) => {
    const match = matches[i];
    const excluded = isExcluded(container, settings);
    if (container.list === "initContainers") {
      if (container.restartPolicy !== "Always") return { ...container, role: "init" };
      if (excluded) return { ...container, role: "app" };
      if (helpers[i]) return { ...container, role: "helper" };
      const cls = match?.cls ?? settings.sidecars.find((s) => s.id === container.name);
      return {
        ...container,
        role: "sidecar",
        sidecarClass: cls?.id ?? container.name ?? "sidecar",
        settingsClass: cls,
        reason: "native"
      };
    }
    if (helpers[i] && !excluded) return { ...container, role: "helper" };
    if (own(i)) return { ...container, role: "app", gateway: gateway?.reason };
    if (settings.injectors.some((injector) => isIstioOverride(workload, container, injector, index)))
      return { ...container, role: "app" };
    if (match && hasApp && !excluded) {
      return { ...container, role: "sidecar", sidecarClass: match.cls.id, settingsClass: match.cls, reason: match.by };
    }
    return { ...container, role: "app" };
  });
  const injected = injectedSidecars(workload, settings.injectors, index).filter(
    (sidecar) => !gateway?.proxyClasses.includes(sidecar.injector.container)
  );
  return { ...workload, classified, injected, gateway };
}
function matchPattern(container, settings) {
  const name = container.name;
  if (name !== void 0) {
    for (const cls of settings.sidecars) if (cls.names.some((m) => m(name))) return { cls, by: "name" };
  }
  const image = container.image;
  if (image !== void 0) {
    for (const cls of settings.sidecars) if (cls.images.some((m) => m(image))) return { cls, by: "image" };
  }
  return void 0;
}
function isHelper(container, settings) {
  const { name, image } = container;
  return name !== void 0 && settings.helpers.names.some((m) => m(name)) || image !== void 0 && settings.helpers.images.some((m) => m(image));
}
function isExcluded(container, settings) {
  const { name, image } = container;
  return name !== void 0 && settings.exclude.names.some((m) => m(name)) || image !== void 0 && settings.exclude.images.some((m) => m(image));
}

// src/extract/workloads.ts
var MAX_LIST_DEPTH = 8;
function extractWorkloads(file, kinds) {
  const found = [];
  for (const document of file.documents) {
    const root = asMap(document.root);
    if (root) visitObject(file, document, root, [], kinds, found, 0);
  }
  return found;
}
function visitObject(file, document, object, objectPath, kinds, out, depth) {
  const kind = getString(object, "kind");
  const apiVersion = getString(object, "apiVersion");
  if (kind && (kind === "List" || kind.endsWith("List")) && depth < MAX_LIST_DEPTH) {
    const items = getSeq(object, "items");
    items?.items.forEach((item, i) => {
      const map = asMap(item);
      if (map) visitObject(file, document, map, [...objectPath, "items", i], kinds, out, depth + 1);
    });
    return;
  }
  const match = findKind(kinds, apiVersion, kind);
  if (!match || !kind) return;
  let template = object;
  for (const key of match.template) template = typeof key === "string" ? getMap(template, key) : null;
  const podSpec = getMap(template, "spec");
  if (!template || !podSpec) return;
  const templatePath = [...objectPath, ...match.template];
  const podSpecPath = [...templatePath, "spec"];
  const metadata = getMap(object, "metadata");
  const replicasNode = get(getMap(object, "spec"), "replicas");
  const replicas = replicasNode?.type === "scalar" && typeof replicasNode.value === "number" ? replicasNode.value : void 0;
  out.push({
    file,
    document,
    apiVersion,
    kind,
    name: getString(metadata, "name") ?? getString(metadata, "generateName") ?? "(unnamed)",
    namespace: getString(metadata, "namespace"),
    object,
    objectPath,
    template,
    templatePath,
    podSpec,
    podSpecPath,
    replicas,
    containers: [
      ...containersOf(podSpec, podSpecPath, "initContainers"),
      ...containersOf(podSpec, podSpecPath, "containers")
    ]
  });
}
function containersOf(podSpec, podSpecPath, list) {
  const seq = asSeq(lookup(podSpec, list)?.value);
  if (!seq) return [];
  const refs = [];
  seq.items.forEach((item, index) => {
    const node = asMap(item);
    if (!node) return;
    refs.push({
      node,
      path: [...podSpecPath, list, index],
      list,
      index,
      name: getString(node, "name"),
      image: getString(node, "image"),
      restartPolicy: getString(node, "restartPolicy"),
      via: viaAlias(item),
      item
    });
  });
  return refs;
}
function viaAlias(item) {
  if (item?.type !== "alias") return void 0;
  const target = deref(item);
  return { kind: "alias", anchor: item.name, line: target?.anchorLine ?? target?.line ?? item.line };
}

// src/parse/templates.ts
var ACTION = /\{\{|\{%/;
var ACTION_LINE = /^[ \t]*(?:-[ \t]+)?\{\{-?[ \t]*(?:if|else|end|range|with|define|include|template|toYaml|\/\*)\b/m;
var KEY_SYNTAX = /\{\{|\{%|\$\{/;
function parseManifest(source, options = {}) {
  const parsed = parseYaml(source, options);
  if (parsed.ok) return withoutTemplateDocuments(parsed.file);
  const text = source.text;
  if (!ACTION.test(text)) return { ok: false, problems: parsed.problems, templated: false };
  const spans = documentSpans(text);
  const failing = spans.filter(
    (span) => parsed.problems.some((p) => p.offset >= span.start && (p.offset < span.end || span.end === text.length))
  );
  const templated = failing.filter((span) => failsBecauseOfTemplate(text.slice(span.start, span.end), source.path));
  if (templated.length < failing.length || templated.length === 0)
    return { ok: false, problems: parsed.problems, templated: false };
  let masked = text;
  for (const span of templated)
    masked = masked.slice(0, span.start) + blank(masked.slice(span.start, span.end)) + masked.slice(span.end);
  const again = parseYaml({ path: source.path, text: masked }, options);
  if (!again.ok) return { ok: false, problems: parsed.problems, templated: true };
  const documents = again.file.documents.filter((doc) => !isEmpty(doc.root));
  const rest = withoutTemplateDocuments({ ...again.file, text, documents });
  if (!rest.ok) return rest;
  const sites = templated.map(
    (span) => site(again.file, span.start + Math.max(0, text.slice(span.start, span.end).search(ACTION)))
  );
  return { ok: true, file: rest.file, templates: [...sites, ...rest.templates].sort((a, b) => a.offset - b.offset) };
}
function withFullParse(file, read, failed) {
  try {
    return read(file);
  } catch (error) {
    if (!(error instanceof RecogniserMisread)) throw error;
    const full = parseManifest({ path: file.path, text: file.text }, { prefilter: false });
    return full.ok ? read(full.file) : failed(full.problems);
  }
}
function withoutTemplateDocuments(file) {
  if (!KEY_SYNTAX.test(file.text)) return { ok: true, file, templates: [] };
  const templates = [];
  const kept = file.documents.filter((doc) => {
    const found = templateIn(doc.root, file.text, 0);
    if (found !== void 0) templates.push(site(file, found));
    return found === void 0;
  });
  return { ok: true, file: kept.length === file.documents.length ? file : { ...file, documents: kept }, templates };
}
function templateIn(node, text, depth) {
  if (!node || depth > 200) return void 0;
  if (node.type === "map") {
    if (node.flow && text.startsWith("{{", node.range.start)) return node.range.start;
    for (const pair of node.pairs) {
      const key = pair.keyNode;
      if (key && key.type !== "scalar") {
        const inKey = templateIn(key, text, depth + 1);
        if (inKey !== void 0) return inKey;
      }
      if (pair.key !== void 0 && KEY_SYNTAX.test(pair.key)) return key?.range.start ?? pair.range.start;
      const inValue = templateIn(pair.value, text, depth + 1);
      if (inValue !== void 0) return inValue;
    }
  } else if (node.type === "seq") {
    for (const item of node.items) {
      const inItem = templateIn(item, text, depth + 1);
      if (inItem !== void 0) return inItem;
    }
  }
  return void 0;
}
function failsBecauseOfTemplate(text, path) {
  if (!ACTION.test(text)) return false;
  if (ACTION_LINE.test(text)) return true;
  const neutral = text.replace(/^[ \t]*\{\{[^\n]*\}\}[ \t]*$/gm, "").replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, () => "x");
  return parseYaml({ path, text: neutral }, { prefilter: false }).ok;
}
function isEmpty(root) {
  return root === null || root.type === "scalar" && (root.empty || root.value === null);
}
function documentSpans(text) {
  const spans = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + 3;
  }
  spans.push({ start, end: text.length });
  return spans;
}
function blank(text) {
  return text.replace(/[^\r\n]/g, " ");
}
function site(file, offset) {
  const { line, col } = file.position(offset);
  return { offset, line, col };
}

// src/engine/pod-memory.ts
function podMemory(workload) {
  const longRunning = [];
  const sidecarsSoFar = [];
  const initPhases = [];
  for (const container of workload.classified) {
    const { request, limit } = readMemory(container);
    const part = {
      request: request.problem || request.templated ? void 0 : request.quantity ? bytesCeil(request.quantity.value) : 0n,
      limit: limit.problem || limit.templated ? void 0 : limit.quantity ? bytesCeil(limit.quantity.value) : null
    };
    const effective = part.request === 0n && typeof part.limit === "bigint" && !request.quantity ? { ...part, request: part.limit } : part;
    if (container.list === "initContainers" && container.restartPolicy !== "Always") {
      initPhases.push([effective, ...sidecarsSoFar]);
      continue;
    }
    longRunning.push(effective);
    if (container.list === "initContainers") sidecarsSoFar.push(effective);
  }
  for (const sidecar of workload.injected) {
    if (sidecar.certainty !== "enabled") continue;
    const memory = injectedMemory(sidecar);
    const request = memory.request ? bytesCeil(memory.request.bytes) : memory.limit ? bytesCeil(memory.limit.bytes) : 0n;
    longRunning.push({ request, limit: memory.limit ? bytesCeil(memory.limit.bytes) : null });
  }
  const phases = [longRunning, ...initPhases];
  const resources = getMap(workload.podSpec, "resources");
  const podRequest = podLevel(getMap(resources, "requests"));
  const podLimit = podLevel(getMap(resources, "limits"));
  return {
    request: podRequest ?? maxOf(phases.map((p) => sum(p.map((x) => x.request)))),
    limit: podLimit ?? maxLimit(phases.map((p) => sumLimit(p.map((x) => x.limit))))
  };
}
function podLevel(map) {
  const text = getString(map, "memory");
  const parsed = text === void 0 ? void 0 : parseQuantity(text);
  return parsed?.ok && parsed.quantity.value.n >= 0n ? bytesCeil(parsed.quantity.value) : void 0;
}
function sum(values) {
  let total = 0n;
  for (const v of values) {
    if (v === void 0) return void 0;
    total += v;
  }
  return total;
}
function sumLimit(values) {
  let total = 0n;
  for (const v of values) {
    if (v === void 0) return void 0;
    if (v === null) return null;
    total += v;
  }
  return total;
}
function maxOf(values) {
  let best = 0n;
  for (const v of values) {
    if (v === void 0) return void 0;
    if (v > best) best = v;
  }
  return best;
}
function maxLimit(values) {
  let best = 0n;
  for (const v of values) {
    if (v === void 0) return void 0;
    if (v === null) return null;
    if (v > best) best = v;
  }
  return best;
}
function containerLimitDelta(before, after) {
  const a = containerLimits(before);
  const b = containerLimits(after);
  let delta = 0n;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x === "bigint" && typeof y === "bigint") delta += y - x;
  }
  return delta;
}
function containerLimits(workload) {
  const declared = workload.classified.map((c) => {
    const { limit } = readMemory(c);
    return limit.problem || limit.templated ? void 0 : limit.quantity ? bytesCeil(limit.quantity.value) : null;
  });
  const injected = workload.injected.filter((s) => s.certainty === "enabled").map((s) => {
    const memory = injectedMemory(s);
    return memory.limit ? bytesCeil(memory.limit.bytes) : null;
  });
  return [...declared, ...injected];
}

// src/plan/layout.ts
var unitCache = /* @__PURE__ */ new WeakMap();
function indentUnit(document) {
  const cached = unitCache.get(document);
  if (cached !== void 0) return cached;
  const unit = findUnit(asMap(document.root), 0) ?? 2;
  unitCache.set(document, unit);
  return unit;
}
function findUnit(root, _depth) {
  const queue = root ? [root] : [];
  for (let visited = 0; queue.length > 0 && visited < 200; visited++) {
    const map = queue.shift();
    if (map.flow) continue;
    for (const pair of map.pairs) {
      const child = pair.value?.type === "map" ? pair.value : null;
      if (!child || child.flow || !pair.keyNode) continue;
      const childKey = child.pairs[0]?.keyNode;
      if (childKey && childKey.line > pair.keyNode.line) {
        const step = childKey.col - pair.keyNode.col;
        if (step > 0) return step;
      }
      queue.push(child);
    }
  }
  return void 0;
}
function lineEndAfter(text, offset) {
  let p = offset;
  while (p > 0 && (text[p - 1] === "\n" || text[p - 1] === "\r")) p--;
  let end = text.indexOf("\n", p);
  if (end === -1) end = text.length;
  if (end > 0 && text[end - 1] === "\r") end--;
  return end;
}

// src/plan/set-value.ts
var Refusal = class extends Error {
};
function planSetValues(file, wanted) {
  const first2 = wanted[0];
  if (!first2) return { ok: false, reason: "nothing to change" };
  if (wanted.some((w) => w.map !== first2.map || w.document !== first2.document)) {
    return wanted.reduce((acc, w) => acc.ok ? merge(acc, planSetValues(file, [w])) : acc, {
      ok: true,
      fix: { edits: [], changes: [] }
    });
  }
  const tree = /* @__PURE__ */ new Map();
  for (const want of wanted) {
    let node = tree;
    want.keys.forEach((key, i) => {
      if (i === want.keys.length - 1) {
        node.set(key, { value: want.value, style: want.style, path: [...want.mapPath, ...want.keys] });
        return;
      }
      let next = node.get(key);
      if (!next || isLeaf(next)) {
        next = /* @__PURE__ */ new Map();
        node.set(key, next);
      }
      node = next;
    });
  }
  const root = first2.document.root;
  const rootKey = root?.type === "map" ? root.pairs[0]?.keyNode : void 0;
  const json = root?.type === "map" && root.flow && rootKey?.type === "scalar" && rootKey.style === "double";
  const context = { file, document: first2.document, edits: [], changes: [], json };
  try {
    refuseSharedPath(context, first2.mapPath);
    planMap(context, first2.map, tree, []);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
  return { ok: true, fix: { edits: context.edits, changes: context.changes } };
}
function merge(a, b) {
  if (!a.ok) return a;
  if (!b.ok) return b;
  return { ok: true, fix: { edits: [...a.fix.edits, ...b.fix.edits], changes: [...a.fix.changes, ...b.fix.changes] } };
}
function isLeaf(entry) {
  return !(entry instanceof Map);
}
function planMap(context, map, tree, keyPath) {
  refuseShared(context, map);
  const missing = /* @__PURE__ */ new Map();
  for (const [key, want] of tree) {
    const found = lookup(map, key);
    if (!found) {
      missing.set(key, want);
      continue;
    }
    const where = [...keyPath, key].join(".");
    const via = ownVia(context, found, key);
    if (via) throw sharedVia(where, via);
    const value = found.value;
    if (value === null || value.type === "scalar" && value.empty) {
      fillEmpty(context, map, found.pair.keyNode, value, want, where);
      continue;
    }
    refuseShared(context, value);
    if (!isLeaf(want) && value.type === "scalar" && value.value === null && value.style === "plain") {
      const span = valueSpan(context, value, where);
      context.edits.push({ range: span.range, text: span.props + renderFlow(context, want, context.json) });
      continue;
    }
    if (isLeaf(want)) {
      if (value.type !== "scalar")
        throw new Refusal(`${where} is a ${value.type === "map" ? "mapping" : "sequence"}, not a scalar`);
      replaceScalar(context, value, want, where);
    } else {
      if (value.type !== "map") throw new Refusal(`${where} is ${describe(value)}, expected a mapping`);
      planMap(context, value, want, [...keyPath, key]);
    }
  }
  if (missing.size > 0) insertKeys(context, map, missing);
}
function ownVia(context, found, key) {
  const source = found.viaNode;
  if (found.via?.kind !== "merge" || source?.type !== "map" || shared(context, source)) return found.via;
  const inner = lookup(source, key);
  return inner?.via ? ownVia(context, inner, key) : void 0;
}
function sharedVia(where, via) {
  const merge2 = via.kind === "merge" ? "merge key <<: " : "";
  return new Refusal(
    `${where} comes from ${merge2}anchor &${via.anchor} (line ${via.line}); editing it would change every user of the anchor`
  );
}
function shared(context, node) {
  return node.anchor !== void 0 && context.document.aliasedAnchors.has(node.anchor);
}
function refuseSharedPath(context, path) {
  let node = context.document.root;
  const walked = [];
  for (const key of path) {
    if (!node) return;
    if (node.type === "alias") {
      throw new Refusal(
        `${walked.join(".") || "the document"} is the alias *${node.name}; editing it would change every user of the anchor &${node.name}`
      );
    }
    if (shared(context, node)) {
      throw new Refusal(
        `${walked.join(".") || "the document"} is anchor &${node.anchor} (line ${node.anchorLine ?? node.line}), which aliases use too; editing it would change every user of the anchor`
      );
    }
    walked.push(key);
    if (node.type === "map" && typeof key === "string") {
      const found = lookup(node, key);
      if (!found) return;
      const via = ownVia(context, found, key);
      if (via) throw sharedVia(walked.join("."), via);
      node = found.value;
    } else if (node.type === "seq" && typeof key === "number") {
      node = node.items[key] ?? null;
    } else {
      return;
    }
  }
}
function refuseShared(context, node) {
  if (shared(context, node)) {
    throw new Refusal(
      `value comes from anchor &${node.anchor} (line ${node.anchorLine ?? node.line}); editing it would change every alias of it`
    );
  }
}
function describe(node) {
  if (node.type === "scalar") return `the scalar ${JSON.stringify(node.source)}`;
  return node.type === "seq" ? "a sequence" : "an alias";
}
function replaceScalar(context, node, want, where) {
  if (node.style === "block-literal" || node.style === "block-folded")
    throw new Refusal(`${where} is a block scalar; edit it by hand`);
  const text = quote(want.value, context.json && node.style === "plain" ? "double" : node.style);
  const span = valueSpan(context, node, where);
  context.edits.push({ range: span.range, text: span.props + text });
  context.changes.push({ document: context.document.index, path: want.path, value: scalarData(text) });
}
function valueSpan(context, node, where) {
  if (!node.tag) return { range: node.range, props: "" };
  const tag = node.tag.range;
  if (!tag) throw new Refusal(`${where} has a tag that is not written right before its value; edit it by hand`);
  const props = context.file.text.slice(tag.end, node.range.start).trim();
  return { range: { start: tag.start, end: node.range.end }, props: props === "" ? "" : `${props} ` };
}
function fillEmpty(context, parent, keyNode, value, want, where) {
  if (!keyNode) throw new Refusal("a key without a key node");
  const { file } = context;
  const span = value ? valueSpan(context, value, where) : { range: { start: keyNode.range.end, end: keyNode.range.end }, props: "" };
  const at = span.range.start;
  const colon = value !== null || file.text.slice(keyNode.range.end, at).includes(":");
  if (!colon && !parent.flow) throw new Refusal(`${where} is an explicit key without a value; edit it by hand`);
  const sep = !colon ? ": " : file.text[at - 1] === ":" ? " " : "";
  if (isLeaf(want)) {
    const text = scalarText(want, parent, context);
    context.edits.push({ range: span.range, text: sep + span.props + text });
    record(context, want, text);
    return;
  }
  if (parent.flow) {
    context.edits.push({
      range: span.range,
      text: sep + span.props + renderFlow(context, want, quotedKeys(parent, context))
    });
    return;
  }
  if (value?.tag?.range) {
    let start = value.tag.range.start;
    while (start > 0 && (file.text[start - 1] === " " || file.text[start - 1] === "	")) start--;
    context.edits.push({ range: { start, end: value.tag.range.end }, text: "" });
  }
  const unit = indentUnit(context.document);
  const insertAt = lineEndAfter(file.text, value && value.line > keyNode.line ? value.range.start : keyNode.range.end);
  const lines = renderBlock(context, want, " ".repeat(keyColumn(file.text, parent) - 1 + unit), unit, parent);
  context.edits.push({ range: { start: insertAt, end: insertAt }, text: file.eol + lines.join(file.eol) });
}
function insertKeys(context, map, missing) {
  const { file } = context;
  if (map.flow) {
    const entries = renderFlowEntries(context, missing, quotedKeys(map, context));
    const lastPair2 = map.pairs[map.pairs.length - 1];
    if (!lastPair2) {
      if (file.text[map.range.start] !== "{") throw new Refusal("cannot find the start of the flow mapping");
      context.edits.push({ range: { start: map.range.start + 1, end: map.range.start + 1 }, text: entries });
      return;
    }
    const end = lastPair2.range.end;
    context.edits.push({ range: { start: end, end }, text: `, ${entries}` });
    return;
  }
  const lastPair = map.pairs[map.pairs.length - 1];
  if (!map.pairs[0]?.keyNode || !lastPair) throw new Refusal("empty block mapping");
  const unit = indentUnit(context.document);
  const lines = renderBlock(context, missing, " ".repeat(keyColumn(file.text, map) - 1), unit, map);
  const after = afterLastValue(file.text, lastPair);
  const text = after.lineStart ? lines.join(file.eol) + file.eol : file.eol + lines.join(file.eol);
  context.edits.push({ range: { start: after.at, end: after.at }, text });
}
function afterLastValue(text, pair) {
  let node = pair.value;
  let key = pair.keyNode;
  for (let hops = 0; hops < 256; hops++) {
    if (node?.type === "map" && !node.flow && node.pairs.length > 0) {
      const last = node.pairs[node.pairs.length - 1];
      node = last.value;
      key = last.keyNode;
    } else if (node?.type === "seq" && !node.flow && node.items.length > 0) {
      const item = node.items[node.items.length - 1] ?? null;
      if (!item) break;
      node = item;
      key = null;
    } else {
      break;
    }
  }
  if (!node || node.type === "scalar" && node.empty) {
    const end = node?.range.start ?? key?.range.end ?? pair.range.end;
    return { at: lineEndAfter(text, end), lineStart: false };
  }
  if (node.type === "scalar" && (node.style === "block-literal" || node.style === "block-folded") && KEEP_HEADER.test(text.slice(node.range.start, node.range.start + 4))) {
    const end = node.range.end;
    if (end === text.length && text[end - 1] !== "\n") return { at: end, lineStart: false };
    return { at: end, lineStart: true };
  }
  return { at: lineEndAfter(text, node.range.end), lineStart: false };
}
var KEEP_HEADER = /^[|>](?:\+|[1-9]\+)/;
function keyColumn(text, map) {
  const firstKey = map.pairs[0]?.keyNode;
  if (!firstKey) return map.col;
  if (map.line === firstKey.line) return map.col;
  const lineStart = text.lastIndexOf("\n", firstKey.range.start - 1) + 1;
  const explicit = /\?[ \t]+$/.exec(text.slice(lineStart, firstKey.range.start));
  return explicit ? explicit.index + 1 : firstKey.col;
}
function renderBlock(context, tree, indent, unit, near) {
  const lines = [];
  for (const [key, want] of tree) {
    if (isLeaf(want)) {
      const text = scalarText(want, near, context);
      record(context, want, text);
      lines.push(`${indent}${plainKey(key)}: ${text}`);
    } else {
      lines.push(`${indent}${plainKey(key)}:`);
      lines.push(...renderBlock(context, want, indent + " ".repeat(unit), unit, near));
    }
  }
  return lines;
}
function renderFlowEntries(context, tree, quoted) {
  const entries = [];
  for (const [key, want] of tree) {
    const k = quoted ? JSON.stringify(key) : plainKey(key);
    if (isLeaf(want)) {
      const text = quoted ? JSON.stringify(want.value) : quote(want.value, want.style ?? "plain");
      record(context, want, text);
      entries.push(`${k}: ${text}`);
    } else {
      entries.push(`${k}: ${renderFlow(context, want, quoted)}`);
    }
  }
  return entries.join(", ");
}
function renderFlow(context, tree, quoted) {
  return `{${renderFlowEntries(context, tree, quoted)}}`;
}
function record(context, want, text) {
  context.changes.push({ document: context.document.index, path: want.path, value: scalarData(text) });
}
function quotedKeys(map, context) {
  if (!map.flow) return false;
  const key = map.pairs[0]?.keyNode;
  return key ? key.type === "scalar" && key.style === "double" : context.json;
}
function plainKey(key) {
  return isSafePlain(key) ? key : JSON.stringify(key);
}
function scalarText(want, near, context) {
  if (quotedKeys(near, context)) return JSON.stringify(want.value);
  return quote(want.value, want.style ?? "plain");
}
function quote(value, style) {
  if (style === "single") return `'${value.replace(/'/g, "''")}'`;
  if (style === "double") return JSON.stringify(value);
  if (isSafePlain(value) && scalarData(value) === value) return value;
  return JSON.stringify(value);
}
function isSafePlain(text) {
  return /^[A-Za-z0-9_./+-]+$/.test(text) && !/^[-.]/.test(text);
}

// src/apply/apply-edits.ts
function applyFixes(text, fixes) {
  const accepted = [];
  const applied = [];
  const skipped = [];
  for (const fix of fixes) {
    if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)) || outOfRange(edit, text))) {
      skipped.push(fix);
      continue;
    }
    accepted.push(...fix.edits);
    applied.push(fix);
  }
  return { text: splice(text, accepted), applied, skipped };
}
function overlaps(a, b) {
  if (a.range.start === b.range.start) return true;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}
function outOfRange(edit, text) {
  return edit.range.start < 0 || edit.range.end > text.length || edit.range.start > edit.range.end;
}
function splice(text, edits) {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    out += text.slice(at, edit.range.start) + edit.text;
    at = edit.range.end;
  }
  return out + text.slice(at);
}

// src/apply/verify.ts
import { isDeepStrictEqual } from "node:util";
function verifyRewrite(before, after, changes, options = {}) {
  const parsed = parseManifest({ path: before.path, text: after }, options);
  if (!parsed.ok) {
    const first2 = parsed.problems[0];
    return {
      ok: false,
      reason: `the rewritten text does not parse (${first2?.message ?? "unknown error"} at ${first2?.line}:${first2?.col})`
    };
  }
  const warning = newWarning(before.warnings ?? [], parsed.file.warnings ?? []);
  if (warning !== void 0) return { ok: false, reason: `the rewritten text draws a new YAML warning (${warning})` };
  const docsAfter = new Map(parsed.file.documents.map((doc) => [doc.index, doc]));
  if (docsAfter.size !== before.documents.length || before.documents.some((doc) => !docsAfter.has(doc.index))) {
    return {
      ok: false,
      reason: `the rewritten text has ${docsAfter.size} documents instead of ${before.documents.length}`
    };
  }
  for (const doc of before.documents) {
    const mine = changes.filter((c) => c.document === doc.index);
    if (mine.length === 0) continue;
    let expected;
    let actual;
    try {
      expected = cloneTree(doc.toData());
      actual = cloneTree(docsAfter.get(doc.index)?.toData());
    } catch (error) {
      return { ok: false, reason: `document ${doc.index + 1} cannot be compared: ${error.message}` };
    }
    for (const change of mine) expected = setPath(expected, change.path, change.value);
    if (!isDeepStrictEqual(expected, actual)) {
      return { ok: false, reason: `document ${doc.index + 1} would change outside the intended values` };
    }
  }
  return { ok: true, file: parsed.file };
}
function newWarning(before, after) {
  const counts = /* @__PURE__ */ new Map();
  for (const message of before) counts.set(message, (counts.get(message) ?? 0) + 1);
  for (const message of after) {
    const left = counts.get(message) ?? 0;
    if (left === 0) return message;
    counts.set(message, left - 1);
  }
  return void 0;
}
function setPath(root, path, value) {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const container = root !== null && typeof root === "object" ? root : typeof key === "number" ? [] : {};
  container[key] = setPath(container[key], rest, value);
  return container;
}
function cloneTree(value) {
  if (Array.isArray(value)) return value.map(cloneTree);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneTree(v);
    return out;
  }
  return value;
}

// src/engine/analyze.ts
var TEMPLATE_MESSAGE = "contains Go/Helm template syntax; not checked. Render it first: helm template \u2026 | headroom check -";
function prepare(source, options = {}) {
  const parsed = parseManifest(source, options);
  if (parsed.ok) {
    const first2 = parsed.templates[0];
    if (!first2) return { ok: true, file: parsed.file };
    if (parsed.file.documents.length === 0)
      return {
        ok: false,
        result: {
          path: source.path,
          skipped: true,
          findings: [fileFinding(source, "template", TEMPLATE_MESSAGE, first2.offset, first2)]
        }
      };
    const lines = parsed.templates.map((t) => t.line).join(", ");
    const count = parsed.templates.length;
    const message = `${count === 1 ? "a document" : `${count} documents`} (line ${lines}) ${count === 1 ? "contains" : "contain"} Go/Helm template syntax and ${count === 1 ? "is" : "are"} not checked; the other documents are. Render it first: helm template \u2026 | headroom check -`;
    return {
      ok: true,
      file: parsed.file,
      templates: [fileFinding(source, "template", message, first2.offset, first2)]
    };
  }
  if (parsed.templated)
    return {
      ok: false,
      result: {
        path: source.path,
        skipped: true,
        findings: [fileFinding(source, "template", TEMPLATE_MESSAGE, 0)]
      }
    };
  const findings = parsed.problems.slice(0, 5).map((p) => syntaxFinding(source, p));
  return { ok: false, result: { path: source.path, skipped: true, findings } };
}
function analyzeFile(file, settings, options) {
  return withFullParse(
    file,
    (parsed) => analyzeParsed(parsed, settings, options),
    (problems) => ({ path: file.path, skipped: true, findings: problems.slice(0, 5).map((p) => syntaxFinding(file, p)) })
  );
}
function analyzeParsed(file, settings, options) {
  const index = mergeIndex(options.index ?? EMPTY_INDEX, INDEX_HINT.test(file.text) ? indexFile(file) : EMPTY_INDEX);
  const {
    candidates: found,
    workloads,
    leftOut
  } = collectFindings(file, settings, options.rules ?? RULES, index, options.selection);
  const { result, rewritten } = options.fix ? fixFile(file, found, { prefilter: options.prefilter }) : { result: { path: file.path, findings: found.map((f) => f.finding), parsed: file }, rewritten: void 0 };
  return {
    ...result,
    workloads: summarise(result, rewritten, workloads, settings, index),
    checkedWorkloads: workloads.length,
    ...leftOut > 0 ? { leftOut } : {}
  };
}
function summarise(result, rewritten, workloads, settings, index) {
  const keyOf = (w) => `${w.document}\0${w.kind}\0${w.name}`;
  const touched = new Set(result.findings.flatMap((f) => f.subject ? [keyOf(f.subject)] : []));
  if (touched.size === 0) return [];
  const after = rewritten ? new Map(
    extractWorkloads(rewritten, settings.kinds).map((w) => {
      const classified = classifyWorkload(w, policyFor(w, settings).settings, index);
      return [keyOf({ document: w.document.index, kind: w.kind, name: w.name }), classified];
    })
  ) : void 0;
  return workloads.filter((w) => touched.has(keyOf({ document: w.document.index, kind: w.kind, name: w.name }))).map((w) => {
    const later = after?.get(keyOf({ document: w.document.index, kind: w.kind, name: w.name }));
    const quota = index.quotaLimit.get(w.namespace ?? "default");
    const before = podMemory(w);
    const afterMemory = later ? podMemory(later) : void 0;
    const unbounded = later && afterMemory && (typeof before.limit !== "bigint" || typeof afterMemory.limit !== "bigint");
    return {
      document: w.document.index,
      kind: w.kind,
      name: w.name,
      namespace: w.namespace,
      replicas: w.replicas ?? 1,
      before,
      after: afterMemory,
      ...unbounded ? { containerLimitDelta: containerLimitDelta(w, later) } : {},
      quota: quota ? { name: quota.name, text: quota.text, bytes: bytesCeil(quota.bytes) } : void 0
    };
  });
}
function withTemplates(result, prepared) {
  if (!prepared.ok || !prepared.templates) return result;
  const findings = [...prepared.templates, ...result.findings].sort((a, b) => a.range.start - b.range.start);
  return { ...result, findings };
}
function collectFindings(file, settings, rules, index, selection) {
  const out = [];
  let leftOut = 0;
  const workloads = extractWorkloads(file, settings.kinds).map((workload) => {
    const policy = policyFor(workload, settings);
    return {
      workload: classifyWorkload(workload, policy.settings, index),
      policy,
      selected: selects(selection, workload)
    };
  });
  for (const rule of rules) {
    const configured = settings.rules[rule.meta.id];
    if (configured === "off") continue;
    for (const { workload, policy, selected } of workloads) {
      rule.check(workload, {
        file,
        settings: policy.settings,
        index,
        report: (report) => {
          if (!policy.allows(rule.meta.id, report.subject?.container)) return;
          if (selected) out.push(toCandidate(file, rule, configured ?? rule.meta.severity, report));
          else leftOut++;
        }
      });
    }
  }
  return {
    candidates: out.sort((a, b) => a.finding.range.start - b.finding.range.start),
    workloads: workloads.map((w) => w.workload),
    leftOut
  };
}
function toCandidate(file, rule, configured, report) {
  const range = "type" in report.at ? report.at.range : report.at;
  const start = file.position(range.start);
  const end = file.position(range.end);
  const severity = report.severity ?? configured;
  let fix;
  let status;
  let reason = report.unfixable;
  if (report.fix && !reason) {
    const planned = planSetValues(file, report.fix);
    if (planned.ok) fix = planned.fix;
    else reason = planned.reason;
  }
  if (report.fix && !fix) status = "unfixable";
  if (report.needsEvidence) status = "needs-evidence";
  const finding = {
    ruleId: rule.meta.id,
    severity,
    message: report.message,
    path: file.path,
    range,
    line: start.line,
    col: start.col,
    endLine: end.line,
    endCol: end.col,
    subject: report.subject,
    fix,
    data: report.data,
    status,
    reason
  };
  return { finding, fix };
}
function fixFile(file, found, parse) {
  const fixable = found.filter((c) => c.fix !== void 0);
  const outcome = /* @__PURE__ */ new Map();
  const tryApply = (candidates) => tryFixes(file, candidates, parse);
  let attempt = tryApply(fixable);
  if (!attempt.ok) {
    const safe = fixable.filter((c) => {
      const alone = tryApply([c]);
      if (!alone.ok) outcome.set(c, { status: "verify-failed", reason: alone.reason });
      return alone.ok;
    });
    attempt = tryApply(safe);
    if (!attempt.ok) for (const c of safe) outcome.set(c, { status: "verify-failed", reason: attempt.reason });
  }
  let output = file.text;
  let rewritten;
  if (attempt.ok) {
    output = attempt.text;
    rewritten = attempt.file;
    for (const c of attempt.applied) outcome.set(c, { status: "fixed" });
    for (const c of attempt.skipped)
      outcome.set(c, { status: "skipped-overlap", reason: "another fix edits the same place; run fix again" });
  }
  const findings = found.map((c) => {
    const result = outcome.get(c);
    return result ? { ...c.finding, status: result.status, reason: result.reason ?? c.finding.reason } : c.finding;
  });
  const changed = output !== file.text;
  return {
    result: { path: file.path, findings, parsed: file, output: changed ? output : void 0 },
    rewritten: changed ? rewritten : void 0
  };
}
function tryFixes(file, candidates, parse) {
  if (candidates.length === 0) return { ok: true, text: file.text, file: void 0, applied: [], skipped: [] };
  const wrapped = candidates.map((c) => ({ ...c.fix, candidate: c }));
  const result = applyFixes(file.text, wrapped);
  const changes = result.applied.flatMap((f) => f.changes);
  const verdict = verifyRewrite(file, result.text, changes, parse);
  if (!verdict.ok) return verdict;
  return {
    ok: true,
    text: result.text,
    file: verdict.file,
    applied: result.applied.map((f) => f.candidate),
    skipped: result.skipped.map((f) => f.candidate)
  };
}
function syntaxFinding(source, problem) {
  const message = problem.unsupported ? problem.message : `invalid YAML: ${problem.message}; file left unchanged`;
  return fileFinding(source, "yaml-syntax", message, problem.offset, problem);
}

export {
  classifyWorkload,
  extractWorkloads,
  withFullParse,
  prepare,
  analyzeFile,
  withTemplates
};
