// Findings about a file rather than a container: the file could not be read, screened, parsed or checked.
// They are not rules (src/rules): no workload, no container, no fix, and neither `rules:` in the config
// nor an exemption annotation applies to them. This registry is their one list: the engine and the runner
// make them through fileFinding, SARIF lists them as rules, the baseline reads `baseline`, and
// scripts/docs.mjs writes the "File-level findings" section of docs/rules.md from it.
import type {Finding, Severity} from '../types.js'

export interface FileFindingMeta {
  readonly id: string
  /** one sentence: what happened to the file */
  readonly description: string
  /** what to do about it */
  readonly help: string
  readonly severity: Severity
  /**
   * a baseline (`headroom baseline`, `--baseline`) can accept it: a file the repository keeps as it is
   * (a fixture, a vendored binary). Never a finding that means the file went unchecked because of its
   * config, the machine or a bug, and never an info finding (baselines hold errors and warnings only).
   */
  readonly baseline: boolean
}

export const FILE_FINDINGS = [
  {
    id: 'yaml-syntax',
    description:
      'The file is not valid YAML, or is YAML that headroom does not read safely (line breaks written as a lone CR, collections nested too deeply, more documents than it reads); it is reported at the line and column and never written.',
    help: 'Fix the YAML at the line and column given (the message says what the parser expected), or convert lone-CR line breaks to LF.',
    severity: 'error',
    baseline: true
  },
  {
    id: 'template',
    description:
      'The file, or some of its documents, holds Go/Helm template syntax (`{{ … }}`); those documents are not checked and never written.',
    help: 'Render the templates first and check the output: `helm template … | headroom check -`.',
    severity: 'info',
    baseline: false
  },
  {
    id: 'config',
    description:
      'The config file that applies to the manifest (`.headroomrc*`, the `headroom` field of package.json, or `--config`) is invalid; the manifest is not checked and the run exits 2.',
    help: 'Correct the config file at the JSON pointer given; `schemas/config.schema.json` describes every option.',
    severity: 'error',
    baseline: false
  },
  {
    id: 'io',
    description: 'The file cannot be read (permissions, a symlink loop, a folder named like a manifest).',
    help: 'Make the file readable by the user running headroom, or leave it out of the paths checked.',
    severity: 'error',
    baseline: false
  },
  {
    id: 'file-too-large',
    description:
      'The file is over the size limit (`maxFileBytes`, 10 MB by default); it is not read, checked or written.',
    help: 'Raise `maxFileBytes` in the config or pass `--max-file-bytes`, or split the stream into smaller files.',
    severity: 'error',
    baseline: true
  },
  {
    id: 'not-text',
    description:
      'The file is binary (it holds NUL bytes) or not UTF-8 text (Latin-1, UTF-16); it is not checked and never written.',
    help: 'Save the manifest as UTF-8, or leave the file out of the paths checked.',
    severity: 'error',
    baseline: true
  },
  {
    id: 'internal',
    description:
      'A bug in headroom while checking this file; the file is left unchanged, the other files are checked, and the run exits 2.',
    help: 'Please report it with the file; `HEADROOM_DEBUG=1` prints the stack trace.',
    severity: 'error',
    baseline: false
  }
] as const satisfies readonly FileFindingMeta[]

export type FileFindingId = (typeof FILE_FINDINGS)[number]['id']

const BY_ID: ReadonlyMap<string, FileFindingMeta> = new Map(FILE_FINDINGS.map((meta) => [meta.id, meta]))

/** The registry entry of a file-level finding id (undefined for a rule's id). */
export function fileFindingMeta(id: string): FileFindingMeta | undefined {
  return BY_ID.get(id)
}

/** A file-level finding at `offset` (line and column when known), with the registry's severity. */
export function fileFinding(
  source: {readonly path: string},
  id: FileFindingId,
  message: string,
  offset = 0,
  position?: {readonly line: number; readonly col: number}
): Finding {
  const line = position?.line ?? 1
  const col = position?.col ?? 1
  return {
    ruleId: id,
    severity: (BY_ID.get(id) as FileFindingMeta).severity,
    message,
    path: source.path,
    range: {start: offset, end: offset},
    line,
    col,
    endLine: line,
    endCol: col
  }
}
