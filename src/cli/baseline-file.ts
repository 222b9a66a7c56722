// `headroom baseline` and `--baseline FILE`: the baseline file on disk. Paths inside it are relative to
// its own folder, so it keeps working from any working directory.
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {analyzeFile, prepare, type FileResult} from '../engine/analyze.js'
import {applyBaseline, createBaseline, parseBaseline, type Baseline} from '../engine/baseline.js'
import type {RepoIndex} from '../extract/repo-index.js'
import type {ConfigResolver} from './config-files.js'
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

/** Checks every file with the core and writes the findings as the new baseline; returns how many. */
export async function writeBaselineFile(files: readonly string[], cwd: string, config: ConfigResolver, index: RepoIndex, out: string): Promise<number> {
  const results: FileResult[] = []
  for (const file of files) {
    const text = await readFile(path.resolve(cwd, file), 'utf8').catch(() => undefined)
    if (text === undefined) continue
    const prepared = prepare({path: file, text})
    results.push(prepared.ok ? analyzeFile(prepared.file, config.forFile(file).settings, {fix: false, index}) : prepared.result)
  }
  const absolute = path.resolve(cwd, out)
  const baseline = createBaseline(results, relativeTo(path.dirname(absolute), cwd))
  await mkdir(path.dirname(absolute), {recursive: true})
  await writeNew(absolute, JSON.stringify(baseline, null, 2) + '\n')
  return baseline.findings.reduce((n, e) => n + e.count, 0)
}

function relativeTo(dir: string, cwd: string): (file: string) => string {
  return (file) => path.relative(dir, path.resolve(cwd, file)).split(path.sep).join('/')
}
