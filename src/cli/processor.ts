// The unified processor behind the human CLI: a parser that wraps the YAML parse stage (the tree is a
// root holding the parsed file), a transformer that runs the rules (and, for fix, writes the verified
// result), and a compiler that returns the rewritten text. unified-engine drives it per file.
import {isUtf8} from 'node:buffer'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {analyzeFile, prepare, type FileResult, type Prepared, type ReportedFinding} from '../engine/analyze.js'
import {DEFAULT_MAX_FILE_BYTES} from '../config/settings.js'
import {ConfigError} from '../config/validate.js'
import type {ConfigResolver} from './config-files.js'
import type {RepoIndex} from '../extract/repo-index.js'
import {filterResult, type LoadedBaseline} from './baseline-file.js'
import {limited, writeVerified, WriteRefused} from './write-file.js'
import type {Command} from './options.js'

export interface HeadroomRoot {
  type: 'root'
  prepared: Prepared
}

export interface RunState {
  /** a config file was invalid: the run exits 2 */
  configError: boolean
  /** a file hit a bug in headroom (reported as "internal error"): the run exits 2 */
  internalError?: boolean
}

export interface ProcessorOptions {
  readonly command: Command
  readonly dryRun: boolean
  readonly cwd: string
  readonly config: ConfigResolver
  readonly state: RunState
  readonly index: RepoIndex
  readonly baseline?: LoadedBaseline | undefined
}

declare module 'vfile' {
  interface DataMap {
    headroom: FileResult
    headroomOriginal: string
  }
}

export function createProcessor(options: ProcessorOptions): Processor {
  return unified()
    .use(function headroomParse(this: Processor) {
      this.parser = (text: string, file: VFile): HeadroomRoot => {
        file.data.headroomOriginal = text
        const source = {path: shownPath(file, options.cwd), text}
        const prepared = screen(source, file, options) ?? guard(source, options.state, () => prepare(source), (refused) => ({ok: false, result: refused}))
        return {type: 'root', prepared}
      }
      this.compiler = (_tree: unknown, file: VFile): string => file.data.headroom?.output ?? String(file.value)
    })
    .use(function headroomRules() {
      return async (tree: unknown, file: VFile) => {
        const {prepared} = tree as HeadroomRoot
        let result: FileResult
        if (prepared.ok) {
          let settings
          try {
            settings = options.config.forFile(file.path).settings
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error
            options.state.configError = true
            const message = file.message(`invalid config ${error.message}`, {ruleId: 'config', source: 'headroom'})
            message.fatal = true
            return
          }
          const parsed = prepared.file
          result = guard(parsed, options.state, () => analyzeFile(parsed, settings, {fix: options.command === 'fix', index: options.index}), (refused) => refused)
        } else {
          result = prepared.result
        }
        if (result.output !== undefined && options.command === 'fix' && !options.dryRun && file.path) {
          result = await write(file, result, options.cwd)
        }
        result = filterResult(result, options.baseline)
        file.data.headroom = result
        for (const finding of result.findings) {
          const place = {
            start: {line: finding.line, column: finding.col, offset: finding.range.start},
            end: {line: finding.endLine, column: finding.endCol, offset: finding.range.end}
          }
          const message = file.message(finding.message, {place, ruleId: finding.ruleId, source: 'headroom'})
          // Fixed findings are information; what is left decides the exit code.
          message.fatal = finding.status === 'fixed' || finding.severity === 'info' ? undefined : finding.severity === 'error'
        }
      }
    }) as unknown as Processor
}

const writeOne = limited(16, writeVerified)

async function write(file: VFile, result: FileResult, cwd: string): Promise<FileResult> {
  try {
    await writeOne(path.resolve(cwd, file.path), file.data.headroomOriginal ?? '', result.output ?? '', cwd)
    return result
  } catch (error) {
    const reason = error instanceof WriteRefused ? error.message : `cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    return {
      ...result,
      output: undefined,
      findings: result.findings.map((f) => (f.status === 'fixed' ? {...f, status: 'verify-failed' as const, reason} : f))
    }
  }
}

/**
 * Hostile input caught before the YAML parser sees it: files over the size limit (`maxFileBytes`, default
 * 10 MB), binary files (NUL bytes) and files that are not UTF-8 (their bytes cannot be written back as read).
 * Such a file gets one error naming it, is never parsed and never written, and the run goes on.
 */
function screen(source: {path: string; text: string}, file: VFile, options: ProcessorOptions): Prepared | undefined {
  const {text} = source
  let limit = DEFAULT_MAX_FILE_BYTES
  try {
    limit = options.config.forFile(file.path || undefined).settings.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  } catch {
    // a bad config is reported by the transformer
  }
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > limit) {
    return refuse(source, 'file-too-large', `is ${megabytes(bytes)}, over the ${megabytes(limit)} limit (maxFileBytes, --max-file-bytes); not checked`)
  }
  if (text.includes('\u0000')) return refuse(source, 'not-text', 'contains NUL bytes: a binary file, not a YAML or JSON manifest; not checked')
  // The engine reads files as UTF-8, turning invalid bytes into U+FFFD: look at the bytes when one shows up.
  if (text.includes('\uFFFD') && file.path) {
    let raw: Buffer | undefined
    try {
      raw = readFileSync(path.resolve(options.cwd, file.path))
    } catch {
      raw = undefined
    }
    if (raw && !isUtf8(raw)) {
      return refuse(source, 'not-text', 'is not UTF-8 text (binary, or another encoding such as Latin-1 or UTF-16); not checked and never written')
    }
  }
  return undefined
}

function refuse(source: {path: string}, ruleId: string, message: string): Prepared {
  return {ok: false, result: refusal(source, ruleId, message)}
}

function refusal(source: {path: string}, ruleId: string, message: string): FileResult {
  const finding: ReportedFinding = {ruleId, severity: 'error', message, path: source.path, range: {start: 0, end: 0}, line: 1, col: 1, endLine: 1, endCol: 1}
  return {path: source.path, skipped: true, findings: [finding]}
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`
}

/**
 * Runs one stage for one file so that nothing thrown stops the run: a stack overflow is input nested too
 * deeply for the YAML reader (an error on the file); anything else is a bug in headroom, reported on the
 * file as an internal error (exit 2) without a stack trace in the way of the other results.
 */
function guard<T>(source: {path: string}, state: RunState, stage: () => T, refused: (result: FileResult) => T): T {
  try {
    return stage()
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return refused(refusal(source, 'yaml-syntax', 'is nested too deeply to read safely (stack overflow); file left unchanged'))
    }
    state.internalError = true
    const detail = error instanceof Error ? error.message : String(error)
    if (process.env.HEADROOM_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    return refused(
      refusal(source, 'internal', `internal error while checking this file (${detail}); file left unchanged. Please report it with the file (HEADROOM_DEBUG=1 prints the stack)`)
    )
  }
}

function shownPath(file: VFile, cwd: string): string {
  if (!file.path) return '<stdin>'
  const relative = path.relative(cwd, path.resolve(cwd, file.path))
  return relative.startsWith('..') ? path.resolve(cwd, file.path) : relative
}
