// What an output format is: the interface every format module implements. Its own module, so that the
// formats and the registry that loads them by name (format.ts) do not import each other.
import type {FileResult} from '../engine/analyze.js'

export interface FormatContext {
  readonly command: 'check' | 'fix'
  readonly dryRun: boolean
  readonly version: string
  readonly color: boolean
  readonly quiet: boolean
  /** folder that report paths are relative to */
  readonly cwd: string
}

export interface Format {
  readonly stream: 'stdout' | 'stderr'
  format(results: readonly FileResult[], context: FormatContext): string
  /** the same report a file at a time, for formats that can print before the run ends */
  lines?(context: FormatContext): LineStream
}

export interface LineStream {
  /** the lines for one more file */
  file(result: FileResult): string[]
  /** the closing lines (summary, costs) */
  end(): string[]
}
