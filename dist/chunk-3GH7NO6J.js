#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  prepare,
  withFullParse
} from "./chunk-PHH2QEL2.js";
import {
  EMPTY_INDEX,
  INDEX_HINT,
  asMap,
  getString,
  indexFile,
  mergeIndex
} from "./chunk-YB4YLNZB.js";

// src/run/scan-index.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var SCOPE_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization", "Kptfile"];
async function scanIndex(files, cwd) {
  let index = EMPTY_INDEX;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(path.resolve(cwd, file), "utf8");
    } catch {
      continue;
    }
    if (INDEX_HINT.test(text)) index = mergeIndex(index, indexSource({ path: file, text }));
  }
  return { ...index, scopes: scopesOf(files, cwd) };
}
function scopesOf(files, cwd) {
  const rootOf = /* @__PURE__ */ new Map();
  const namespaceOf = /* @__PURE__ */ new Map();
  const isRoot = /* @__PURE__ */ new Map();
  const rootAbove = (folder) => {
    for (let current = folder; ; ) {
      let root = isRoot.get(current);
      if (root === void 0) {
        root = SCOPE_FILES.some((name) => existsSync(path.resolve(cwd, current, name)));
        isRoot.set(current, root);
      }
      if (root) return current;
      const parent = path.dirname(current);
      if (parent === current || current === "." || current === "") return void 0;
      current = parent;
    }
  };
  for (const file of files) {
    const folder = path.dirname(file);
    if (rootOf.has(folder)) continue;
    const root = rootAbove(folder);
    if (root === void 0) continue;
    rootOf.set(folder, root);
    if (!namespaceOf.has(root)) {
      const namespace = kustomizationNamespace(path.resolve(cwd, root));
      if (namespace) namespaceOf.set(root, namespace);
    }
  }
  return { rootOf, namespaceOf };
}
function kustomizationNamespace(folder) {
  for (const name of SCOPE_FILES.slice(0, 3)) {
    let text;
    try {
      text = readFileSync(path.join(folder, name), "utf8");
    } catch {
      continue;
    }
    const prepared = prepare({ path: name, text });
    if (!prepared.ok) return void 0;
    return getString(asMap(prepared.file.documents[0]?.root), "namespace");
  }
  return void 0;
}
function indexSource(source, options = {}) {
  try {
    const prepared = prepare(source, { prefilter: options.prefilter });
    return prepared.ok ? withFullParse(prepared.file, indexFile, () => EMPTY_INDEX) : EMPTY_INDEX;
  } catch (error) {
    if (process.env.HEADROOM_DEBUG && error instanceof Error)
      process.stderr.write(`headroom: repo pre-pass skipped ${source.path}: ${error.stack}
`);
    return EMPTY_INDEX;
  }
}

export {
  scanIndex
};
