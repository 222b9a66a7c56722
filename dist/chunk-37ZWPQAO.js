#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-LJRAQNHH.js";
import {
  __toESM
} from "./chunk-7SZVRMJ5.js";

// src/engine/selection.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var SelectionError = class extends Error {
};
var SHORT_NAMES = {
  Pod: ["po"],
  ReplicationController: ["rc"],
  Deployment: ["deploy"],
  ReplicaSet: ["rs"],
  DaemonSet: ["ds"],
  StatefulSet: ["sts"],
  CronJob: ["cj"],
  Rollout: ["ro"],
  Service: ["ksvc", "kservice"],
  Configuration: ["config", "cfg"],
  CloneSet: ["clone"]
};
function checkSelection(selection) {
  for (const resource of selection.resources) parseResource(resource);
  for (const namespace of selection.namespaces)
    if (namespace.trim() === "") throw new SelectionError("--namespace needs a namespace (or a glob such as team-*)");
}
function parseResource(text) {
  const slash = text.indexOf("/");
  const typePart = (slash === -1 ? text : text.slice(0, slash)).trim();
  const namePart = slash === -1 ? void 0 : text.slice(slash + 1).trim();
  if (typePart === "" || namePart === "" || namePart?.includes("/")) {
    throw new SelectionError(
      `--resource must be TYPE or TYPE/NAME, as kubectl takes it (deploy/checkout, statefulsets, rollouts.argoproj.io/web-*), not ${JSON.stringify(text)}`
    );
  }
  const dot = typePart.indexOf(".");
  return {
    type: (dot === -1 ? typePart : typePart.slice(0, dot)).toLowerCase(),
    group: dot === -1 ? void 0 : typePart.slice(dot + 1).toLowerCase(),
    name: namePart === void 0 ? void 0 : glob(namePart)
  };
}
var globs = /* @__PURE__ */ new Map();
function glob(pattern) {
  const cached = globs.get(pattern);
  if (cached) return cached;
  const matcher = (0, import_picomatch.default)(pattern, { dot: true });
  globs.set(pattern, matcher);
  return matcher;
}
function typeNames(kind) {
  const lower = kind.toLowerCase();
  const plural = /(s|x|z|ch|sh)$/.test(lower) ? `${lower}es` : lower.endsWith("y") && !/[aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`;
  return [lower, plural, ...SHORT_NAMES[kind] ?? []];
}
function groupOf(apiVersion) {
  const slash = apiVersion?.indexOf("/") ?? -1;
  return slash === -1 ? "" : apiVersion.slice(0, slash).toLowerCase();
}
function selects(selection, target) {
  if (!selection) return true;
  if (selection.namespaces.length > 0) {
    const namespace = target.namespace;
    if (namespace === void 0 || !selection.namespaces.some((p) => glob(p)(namespace))) return false;
  }
  if (selection.resources.length > 0) {
    const names = typeNames(target.kind);
    const group = groupOf(target.apiVersion);
    const hit = selection.resources.some((text) => {
      const r = parseResource(text);
      return names.includes(r.type) && (r.group === void 0 || r.group === group) && (r.name === void 0 || r.name(target.name));
    });
    if (!hit) return false;
  }
  return true;
}
function describeSelection(selection) {
  return [
    ...selection.namespaces.map((n) => `--namespace ${n}`),
    ...selection.resources.map((r) => `--resource ${r}`)
  ].join(" ");
}

export {
  SelectionError,
  checkSelection,
  selects,
  describeSelection
};
