#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  FILE_HEADERS_ONLY,
  createTwoFilesPatch
} from "./chunk-HU3ZHN2A.js";

// src/report/diff.ts
function diffOf(result) {
  if (result.diff !== void 0) return result.diff;
  const before = result.parsed?.text;
  if (result.output === void 0 || before === void 0) return void 0;
  return createTwoFilesPatch(`a/${result.path}`, `b/${result.path}`, before, result.output, void 0, void 0, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  });
}
function formatDiffs(results) {
  return results.map((r) => diffOf(r) ?? "").join("");
}

export {
  diffOf,
  formatDiffs
};
