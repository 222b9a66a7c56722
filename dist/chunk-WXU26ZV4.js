#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  applyBaseline,
  createBaseline,
  parseBaseline
} from "./chunk-WKTJPVVW.js";
import {
  restore,
  runFiles
} from "./chunk-Z6PAK2RV.js";
import {
  writeNew
} from "./chunk-2G3HYGBX.js";

// src/run/baseline-file.ts
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_BASELINE = ".headroom-baseline.json";
async function loadBaselineFile(file, cwd) {
  const absolute = path.resolve(cwd, file);
  const text = await readFile(absolute, "utf8");
  return { baseline: parseBaseline(text, file), relative: relativeTo(path.dirname(absolute), cwd) };
}
function filterResult(result, loaded) {
  return loaded ? applyBaseline(result, loaded.baseline, loaded.relative) : result;
}
async function writeBaselineFile(files, setup, config, out) {
  const { cwd } = setup;
  const results = (await runFiles(files, { ...setup, command: "check", dryRun: false }, config)).map(restore);
  const absolute = path.resolve(cwd, out);
  const baseline = createBaseline(results, relativeTo(path.dirname(absolute), cwd));
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeNew(absolute, `${JSON.stringify(baseline, null, 2)}
`);
  return baseline.findings.reduce((n, e) => n + e.count, 0);
}
function relativeTo(dir, cwd) {
  return (file) => path.relative(dir, path.resolve(cwd, file)).split(path.sep).join("/");
}

export {
  DEFAULT_BASELINE,
  loadBaselineFile,
  filterResult,
  writeBaselineFile
};
