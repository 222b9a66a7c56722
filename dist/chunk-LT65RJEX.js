#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  analyzeFile,
  prepare,
  withTemplates
} from "./chunk-PHH2QEL2.js";
import {
  fileFinding
} from "./chunk-AENQFEB3.js";

// src/engine/analyze-source.ts
function analyzeSource(source, settings, options) {
  let internalError = false;
  const guarded = (stage, refused) => guard(source, stage, (result2, internal) => {
    internalError ||= internal;
    return refused(result2);
  });
  const prepared = guarded(
    () => prepare(source, { prefilter: options.prefilter }),
    (result2) => ({ ok: false, result: result2 })
  );
  const result = prepared.ok ? guarded(
    () => withTemplates(analyzeFile(prepared.file, settings, options), prepared),
    (refused) => refused
  ) : prepared.result;
  return { result, internalError };
}
function refusal(source, id, message) {
  return { path: source.path, skipped: true, findings: [fileFinding(source, id, message)] };
}
function guard(source, stage, refused) {
  try {
    return stage();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return refused(
        refusal(source, "yaml-syntax", "is nested too deeply to read safely (stack overflow); file left unchanged"),
        false
      );
    }
    const detail = error instanceof Error ? error.message : String(error);
    if (process.env.HEADROOM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}
`);
    return refused(
      refusal(
        source,
        "internal",
        `internal error while checking this file (${detail}); file left unchanged. Please report it with the file (HEADROOM_DEBUG=1 prints the stack)`
      ),
      true
    );
  }
}

export {
  analyzeSource,
  refusal
};
