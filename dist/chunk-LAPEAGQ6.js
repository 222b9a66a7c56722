#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/discover/discover.ts
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { lstat, stat } from "node:fs/promises";
import path from "node:path";
var MANIFEST_EXTENSIONS = ["yaml", "yml", "json"];
var IGNORE_FILE = ".headroomignore";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/.headroomrc.*", "**/.headroom-baseline.json"];
async function discover(inputs, cwd, options = {}) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const special = [];
  const empty = [];
  const ignored = [];
  const skipped = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const info = await stat(path.resolve(cwd, input)).catch(() => void 0);
    if (info && !info.isFile() && !info.isDirectory()) {
      special.push(input);
      continue;
    }
    const found = await expand(input, cwd, info?.isDirectory() ? ignored : void 0);
    const kept = found.walked ? found.files.filter((file) => keep(file, cwd, options, skipped)) : found.files;
    if (found.files.length === 0) (info?.isDirectory() ? empty : missing).push(input);
    for (const file of kept) files.add(file);
  }
  for (const file of files) skipped.delete(file);
  return {
    files: [...files].sort(),
    missing,
    special,
    empty,
    ignored,
    skipped: [...skipped].map(([file, reason]) => ({ file, reason })).sort((a, b) => a.file < b.file ? -1 : 1)
  };
}
async function expand(input, cwd, ignored) {
  const absolute = path.resolve(cwd, input);
  const info = await stat(absolute).catch(() => void 0);
  if (info?.isFile()) return { files: [display(absolute, cwd)], walked: false };
  if (info?.isDirectory()) {
    const { globbySync: globbySync2 } = await import("./globby-5T5PPFTO.js");
    const pattern = `**/*.{${MANIFEST_EXTENSIONS.join(",")}}`;
    let matches2 = globbySync2(pattern, globOptions(absolute));
    if (matches2.length === 0) {
      const unignored = globbySync2(pattern, { ...globOptions(absolute), gitignore: false });
      if (unignored.length > 0) ignored?.push(input);
      matches2 = unignored;
    }
    return { files: matches2.map((m) => display(path.join(absolute, m), cwd)), walked: true };
  }
  if (await lstat(absolute).catch(() => void 0)) return { files: [display(absolute, cwd)], walked: false };
  const { globbySync, isDynamicPattern } = await import("./globby-5T5PPFTO.js");
  if (!isDynamicPattern(input)) return { files: [], walked: false };
  const matches = globbySync(input, globOptions(cwd));
  return {
    files: matches.filter((m) => MANIFEST_EXTENSIONS.some((e) => m.endsWith(`.${e}`))).map((m) => display(path.resolve(cwd, m), cwd)),
    walked: true
  };
}
function keep(file, cwd, options, skipped) {
  const absolute = path.resolve(cwd, file);
  if (file.endsWith(".json")) {
    const reason = jsonNotManifest(absolute);
    if (reason) skipped.set(file, reason);
    return reason === void 0;
  }
  if (!options.testAsserts && ASSERT_FILE.test(path.basename(file)) && besideTest(path.dirname(absolute))) {
    skipped.set(file, "a chainsaw/kuttl test assertion, not a manifest (--test-asserts checks them)");
    return false;
  }
  return true;
}
function jsonNotManifest(file) {
  const NOT = "JSON without a Kubernetes object (apiVersion and kind) at its top";
  let text;
  try {
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(256);
      const n = readSync(fd, head, 0, head.length, 0);
      if (!/^\uFEFF?\s*(\{|$)/.test(head.subarray(0, n).toString("utf8"))) return NOT;
    } finally {
      closeSync(fd);
    }
    text = readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  if (!text.includes('"apiVersion"') || !text.includes('"kind"')) return NOT;
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return "not valid JSON (JSONC or another format), so not a manifest";
  }
  const top = data;
  return typeof top.apiVersion === "string" && typeof top.kind === "string" ? void 0 : NOT;
}
var ASSERT_FILE = /-(?:assert|errors)(?:-[^/]*)?\.ya?ml$/;
var testFolders = /* @__PURE__ */ new Map();
function besideTest(folder) {
  let known = testFolders.get(folder);
  if (known !== void 0) return known;
  known = existsSync(path.join(folder, "chainsaw-test.yaml")) || existsSync(path.join(folder, "chainsaw-test.yml"));
  if (!known) {
    let names = [];
    try {
      names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !ASSERT_FILE.test(name));
    } catch {
      names = [];
    }
    known = names.some((name) => {
      try {
        return /^kind:\s*(?:TestStep|Test)\s*$/m.test(readFileSync(path.join(folder, name), "utf8"));
      } catch {
        return false;
      }
    });
  }
  testFolders.set(folder, known);
  return known;
}
function globOptions(cwd) {
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
  const relative = path.relative(cwd, absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
}

export {
  MANIFEST_EXTENSIONS,
  IGNORE_FILE,
  discover
};
