// The unified processor behind the human CLI: a parser that wraps the YAML parse stage (the tree is a
// root holding the parsed file), a transformer that runs the rules (and, for fix, writes the verified
// result), and a compiler that returns the rewritten text. unified-engine drives it per file.
import path from 'node:path'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {analyzeFile, prepare, type FileResult, type Prepared} from '../engine/analyze.js'
import {ConfigError} from '../config/validate.js'
import type {ConfigResolver} from './config-files.js'
import type {RepoIndex} from '../extract/repo-index.js'
import {filterResult, type LoadedBaseline} from './baseline-file.js'
import {writeVerified, WriteRefused} from './write-file.js'
import type {Command} from './options.js'

export interface HeadroomRoot {
  type: 'root'
  prepared: Prepared
}

export interface RunState {
  /** a config file was invalid: the run exits 2 */
  configError: boolean
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
        return {type: 'root', prepared: prepare({path: shownPath(file, options.cwd), text})}
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
          result = analyzeFile(prepared.file, settings, {fix: options.command === 'fix', index: options.index})
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

async function write(file: VFile, result: FileResult, cwd: string): Promise<FileResult> {
  try {
    await writeVerified(path.resolve(cwd, file.path), file.data.headroomOriginal ?? '', result.output ?? '', cwd)
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

function shownPath(file: VFile, cwd: string): string {
  if (!file.path) return '<stdin>'
  const relative = path.relative(cwd, path.resolve(cwd, file.path))
  return relative.startsWith('..') ? path.resolve(cwd, file.path) : relative
}
