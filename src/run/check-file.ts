// One manifest from start to end: screen hostile input, parse, analyse, write (fix), then reduce the
// result to what reporters read. The same function runs in the CLI process, in worker threads
// (src/run/worker.ts) and behind unified-engine (--watch), so every path gives the same findings.
import {isUtf8} from 'node:buffer'
import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import path from 'node:path'
import type {FileResult} from '../engine/analyze.js'
import {analyzeSource, refusal} from '../engine/analyze-source.js'
import {DEFAULT_MAX_FILE_BYTES, type Settings} from '../config/settings.js'
import {ConfigError} from '../config/validate.js'
import type {RepoIndex} from '../extract/repo-index.js'
import {writeVerified, WriteRefused} from './write-file.js'
import type {ParsedFile} from '../types.js'
import type {Selection} from '../engine/selection.js'

export type Command = 'check' | 'fix'

export interface CheckJob {
  readonly command: Command
  readonly dryRun: boolean
  readonly cwd: string
  readonly index: RepoIndex
  /** settings for a manifest (throws ConfigError when its config file is invalid) */
  readonly settingsFor: (file: string | undefined) => Settings
  /** `--namespace` / `--resource`: the workloads whose findings are reported and fixed */
  readonly selection?: Selection | undefined
  /** the YAML pre-filter (default on) */
  readonly prefilter?: boolean | undefined
}

/** A file's result as it crosses threads: plain data only (positions as line starts, not a function). */
export interface CheckOutcome {
  readonly result: FileResult
  /** line and column of every edit boundary, as offset, line, column triples (SARIF shows edits so) */
  readonly editPositions?: number[] | undefined
  /** the file's config file is invalid: the run exits 2 */
  readonly configError?: boolean | undefined
  /** a bug in headroom (reported as "internal error"): the run exits 2 */
  readonly internalError?: boolean | undefined
}

/** Reads `file` (relative to the job's folder, or absolute) and checks it. */
export async function checkPath(file: string, job: CheckJob): Promise<CheckOutcome> {
  const shown = shownPath(file, job.cwd)
  const absolute = path.resolve(job.cwd, file)
  let limit = DEFAULT_MAX_FILE_BYTES
  try {
    limit = job.settingsFor(file).maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  } catch {
    // a bad config is reported below, once the file is known to be readable
  }
  let bytes: Buffer
  try {
    const read = readLimited(absolute, limit)
    if (typeof read === 'number') return {result: tooLarge({path: shown}, read, limit)}
    bytes = read
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (error as Error).message})`
    return {result: refusal({path: shown}, 'io', message)}
  }
  if (bytes.includes(0)) return {result: refusal({path: shown}, 'not-text', NOT_TEXT)}
  if (!isUtf8(bytes)) return {result: refusal({path: shown}, 'not-text', NOT_UTF8)}
  // (screened as bytes above: the text need not be screened again)
  return checkSource(file, bytes.toString('utf8'), job)
}

/**
 * Checks text already read (by unified-engine in --watch mode). `raw` is what a caller knows of the
 * bytes: when the decoded text holds U+FFFD, the bytes decide whether it was there or a decoding error.
 */
export async function checkText(
  file: string,
  text: string,
  job: CheckJob,
  raw?: () => Buffer | undefined
): Promise<CheckOutcome> {
  const source = {path: shownPath(file, job.cwd), text}
  let limit: number
  try {
    limit = job.settingsFor(file).maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return checkSource(file, text, job)
  }
  const size = Buffer.byteLength(text, 'utf8')
  if (size > limit) return {result: tooLarge(source, size, limit)}
  if (text.includes('\u0000')) return {result: refusal(source, 'not-text', NOT_TEXT)}
  if (text.includes('\uFFFD')) {
    const bytes = raw?.()
    if (bytes && !isUtf8(bytes)) return {result: refusal(source, 'not-text', NOT_UTF8)}
  }
  return checkSource(file, text, job)
}

/** Config, parse, analysis and (for fix) the verified write of text already screened. */
async function checkSource(file: string, text: string, job: CheckJob): Promise<CheckOutcome> {
  const source = {path: shownPath(file, job.cwd), text}
  let settings: Settings
  try {
    settings = job.settingsFor(file)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return {result: refusal(source, 'config', `invalid config ${error.message}`), configError: true}
  }
  const analysed = analyzeSource(source, settings, {
    fix: job.command === 'fix',
    index: job.index,
    selection: job.selection,
    prefilter: job.prefilter
  })
  let result = analysed.result
  if (result.output !== undefined && job.command === 'fix' && !job.dryRun)
    result = await write(file, text, result, job.cwd)
  // (the diff library is loaded by dry runs only)
  const diff =
    job.dryRun && result.output !== undefined ? (await import('../report/diff.js')).diffOf(result) : undefined
  return {...reduce(result, diff), internalError: analysed.internalError}
}

/** What reporters read, without the trees and texts: a run holds only this for every file. */
function reduce(result: FileResult, diff: string | undefined): CheckOutcome {
  const changed = result.output !== undefined
  const parsed = result.parsed
  const editPositions: number[] = []
  if (parsed) {
    for (const finding of result.findings) {
      for (const edit of finding.fix?.edits ?? []) {
        for (const offset of [edit.range.start, edit.range.end]) {
          const {line, col} = parsed.position(offset)
          editPositions.push(offset, line, col)
        }
      }
    }
  }
  const reduced: FileResult = {
    path: result.path,
    findings: result.findings,
    ...(result.skipped ? {skipped: true} : {}),
    ...(result.checkedWorkloads ? {checkedWorkloads: result.checkedWorkloads} : {}),
    ...(result.workloads && result.workloads.length > 0 ? {workloads: result.workloads} : {}),
    ...(changed ? {changed: true} : {}),
    ...(diff !== undefined ? {diff} : {}),
    ...(result.leftOut ? {leftOut: result.leftOut} : {})
  }
  return {result: reduced, editPositions: editPositions.length > 0 ? editPositions : undefined}
}

/**
 * A reduced result as reporters expect it. Its `parsed` holds no text or documents, only the positions
 * of the edits (all a reporter asks of it once the text is gone).
 */
export function restore(outcome: CheckOutcome): FileResult {
  const triples = outcome.editPositions
  if (!triples) return outcome.result
  const known = new Map<number, {line: number; col: number}>()
  for (let i = 0; i < triples.length; i += 3)
    known.set(triples[i] as number, {line: triples[i + 1] as number, col: triples[i + 2] as number})
  const position = (offset: number) => {
    const found = known.get(offset)
    if (!found) throw new Error(`no position kept for offset ${offset} of ${outcome.result.path}`)
    return found
  }
  const positions: ParsedFile = {path: outcome.result.path, text: '', eol: '\n', documents: [], position}
  return {...outcome.result, parsed: positions}
}

/** Reads a file unless it is larger than `limit` bytes (then its size). One open, no second stat. */
function readLimited(file: string, limit: number): Buffer | number {
  const fd = openSync(file, 'r')
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), {code: 'EISDIR'})
    if (stats.size > limit) return stats.size
    const buffer = Buffer.allocUnsafe(stats.size)
    let filled = 0
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null)
      if (n === 0) break
      filled += n
    }
    // A file that grew while being read is read again through the same checks next run; what was read stands.
    return filled === buffer.length ? buffer : buffer.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

async function write(file: string, before: string, result: FileResult, cwd: string): Promise<FileResult> {
  try {
    await writeVerified(path.resolve(cwd, file), before, result.output ?? '', cwd)
    return result
  } catch (error) {
    const reason =
      error instanceof WriteRefused
        ? error.message
        : `cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    return {
      ...result,
      output: undefined,
      findings: result.findings.map((f) =>
        f.status === 'fixed' ? {...f, status: 'verify-failed' as const, reason} : f
      )
    }
  }
}

const NOT_TEXT = 'contains NUL bytes: a binary file, not a YAML or JSON manifest; not checked'
const NOT_UTF8 =
  'is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); not checked and never written'

function tooLarge(source: {path: string}, bytes: number, limit: number): FileResult {
  return refusal(
    source,
    'file-too-large',
    `is ${megabytes(bytes)}, over the ${megabytes(limit)} limit (maxFileBytes, --max-file-bytes); not checked`
  )
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`
}

/** The path users see: relative to the working folder when inside it. */
export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file))
  return relative.startsWith('..') ? path.resolve(cwd, file) : relative
}
