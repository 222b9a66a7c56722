// `headroom baseline` and `--baseline FILE`: the baseline file on disk. Paths inside it are relative to
// its own folder, so it keeps working from any working directory.
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {FileResult} from '../engine/analyze.js'
import {applyBaseline, createBaseline, parseBaseline, type Baseline} from '../engine/baseline.js'
import {runFiles, type RunSetup} from './run-files.js'
import {restore} from './check-file.js'
import type {ConfigResolver} from '../config/config-files.js'
import {writeNew} from './write-file.js'

export const DEFAULT_BASELINE = '.headroom-baseline.json'

export interface LoadedBaseline {
  readonly baseline: Baseline
  /** result path -> path as stored in the baseline */
  readonly relative: (file: string) => string
}

export async function loadBaselineFile(file: string, cwd: string): Promise<LoadedBaseline> {
  const absolute = path.resolve(cwd, file)
  const text = await readFile(absolute, 'utf8')
  return {baseline: parseBaseline(text, file), relative: relativeTo(path.dirname(absolute), cwd)}
}

export function filterResult(result: FileResult, loaded: LoadedBaseline | undefined): FileResult {
  return loaded ? applyBaseline(result, loaded.baseline, loaded.relative) : result
}

/** Checks every file as `check` does and writes the findings as the new baseline; returns how many. */
export async function writeBaselineFile(
  files: readonly string[],
  setup: RunSetup,
  config: ConfigResolver,
  out: string
): Promise<number> {
  const {cwd} = setup
  const results = (await runFiles(files, {...setup, command: 'check', dryRun: false}, config)).map(restore)
  const absolute = path.resolve(cwd, out)
  const baseline = createBaseline(results, relativeTo(path.dirname(absolute), cwd))
  await mkdir(path.dirname(absolute), {recursive: true})
  await writeNew(absolute, `${JSON.stringify(baseline, null, 2)}\n`)
  return baseline.findings.reduce((n, e) => n + e.count, 0)
}

function relativeTo(dir: string, cwd: string): (file: string) => string {
  return (file) => path.relative(dir, path.resolve(cwd, file)).split(path.sep).join('/')
}
