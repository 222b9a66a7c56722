#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/engine/file-findings.ts
var FILE_FINDINGS = [
  {
    id: "yaml-syntax",
    description: "The file is not valid YAML, or is YAML that headroom does not read safely (line breaks written as a lone CR, collections nested too deeply, more documents than it reads); it is reported at the line and column and never written.",
    help: "Fix the YAML at the line and column given (the message says what the parser expected), or convert lone-CR line breaks to LF.",
    severity: "error",
    baseline: true
  },
  {
    id: "template",
    description: "The file, or some of its documents, holds Go/Helm template syntax (`{{ \u2026 }}`); those documents are not checked and never written.",
    help: "Render the templates first and check the output: `helm template \u2026 | headroom check -`.",
    severity: "info",
    baseline: false
  },
  {
    id: "config",
    description: "The config file that applies to the manifest (`.headroomrc*`, the `headroom` field of package.json, or `--config`) is invalid; the manifest is not checked and the run exits 2.",
    help: "Correct the config file at the JSON pointer given; `schemas/config.schema.json` describes every option.",
    severity: "error",
    baseline: false
  },
  {
    id: "io",
    description: "The file cannot be read (permissions, a symlink loop, a folder named like a manifest).",
    help: "Make the file readable by the user running headroom, or leave it out of the paths checked.",
    severity: "error",
    baseline: false
  },
  {
    id: "file-too-large",
    description: "The file is over the size limit (`maxFileBytes`, 10 MB by default); it is not read, checked or written.",
    help: "Raise `maxFileBytes` in the config or pass `--max-file-bytes`, or split the stream into smaller files.",
    severity: "error",
    baseline: true
  },
  {
    id: "not-text",
    description: "The file is binary (it holds NUL bytes) or not UTF-8 text (Latin-1, UTF-16); it is not checked and never written.",
    help: "Save the manifest as UTF-8, or leave the file out of the paths checked.",
    severity: "error",
    baseline: true
  },
  {
    id: "internal",
    description: "A bug in headroom while checking this file; the file is left unchanged, the other files are checked, and the run exits 2.",
    help: "Please report it with the file; `HEADROOM_DEBUG=1` prints the stack trace.",
    severity: "error",
    baseline: false
  }
];
var BY_ID = new Map(FILE_FINDINGS.map((meta) => [meta.id, meta]));
function fileFindingMeta(id) {
  return BY_ID.get(id);
}
function fileFinding(source, id, message, offset = 0, position) {
  const line = position?.line ?? 1;
  const col = position?.col ?? 1;
  return {
    ruleId: id,
    severity: BY_ID.get(id).severity,
    message,
    path: source.path,
    range: { start: offset, end: offset },
    line,
    col,
    endLine: line,
    endCol: col
  };
}

export {
  FILE_FINDINGS,
  fileFindingMeta,
  fileFinding
};
