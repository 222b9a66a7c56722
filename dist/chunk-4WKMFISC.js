#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EMPTY_INDEX,
  INDEX_HINT,
  indexFile,
  mergeIndex,
  prepare
} from "./chunk-KNJZ2W4H.js";

// src/discover/discover.ts
import { lstat, stat } from "node:fs/promises";
import path from "node:path";
var MANIFEST_EXTENSIONS = ["yaml", "yml", "json"];
var IGNORE_FILE = ".headroomignore";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/.headroomrc.*", "**/.headroom-baseline.json"];
async function discover(inputs, cwd) {
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const special = [];
  for (const input of inputs) {
    const info = await stat(path.resolve(cwd, input)).catch(() => void 0);
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
  const absolute = path.resolve(cwd, input);
  const info = await stat(absolute).catch(() => void 0);
  if (info?.isFile()) return [display(absolute, cwd)];
  if (info?.isDirectory()) {
    const { globbySync: globbySync2 } = await import("./globby-5T5PPFTO.js");
    const matches2 = globbySync2(`**/*.{${MANIFEST_EXTENSIONS.join(",")}}`, options(absolute));
    return matches2.map((m) => display(path.join(absolute, m), cwd));
  }
  if (await lstat(absolute).catch(() => void 0)) return [display(absolute, cwd)];
  const { globbySync, isDynamicPattern } = await import("./globby-5T5PPFTO.js");
  if (!isDynamicPattern(input)) return [];
  const matches = globbySync(input, options(cwd));
  return matches.filter((m) => MANIFEST_EXTENSIONS.some((e) => m.endsWith(`.${e}`))).map((m) => display(path.resolve(cwd, m), cwd));
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
  const relative = path.relative(cwd, absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
}

// src/cli/scan-index.ts
import { readFileSync } from "node:fs";
import path2 from "node:path";
async function scanIndex(files, cwd) {
  let index = EMPTY_INDEX;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(path2.resolve(cwd, file), "utf8");
    } catch {
      continue;
    }
    if (!INDEX_HINT.test(text)) continue;
    const prepared = prepare({ path: file, text });
    if (prepared.ok) index = mergeIndex(index, indexFile(prepared.file));
  }
  return index;
}

export {
  MANIFEST_EXTENSIONS,
  IGNORE_FILE,
  discover,
  scanIndex
};
