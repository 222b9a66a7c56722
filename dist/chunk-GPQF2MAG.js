#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  EMPTY_INDEX,
  INDEX_HINT,
  indexFile,
  mergeIndex,
  prepare
} from "./chunk-UWUXIWPG.js";

// src/cli/scan-index.ts
import { readFileSync } from "node:fs";
import path from "node:path";
async function scanIndex(files, cwd) {
  let index = EMPTY_INDEX;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(path.resolve(cwd, file), "utf8");
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
  scanIndex
};
