// Runs the core on each object of a larger text (the items of a ResourceList, or the documents of a
// YAML stream) and splices the verified rewrites back, so every byte outside the edited values stays as
// it came: comments, quoting, the internal.config.kubernetes.io/* annotations.
//
// An object's text is cut from the start of its first line (the characters before it on that line, such
// as `- `, become spaces, so lines and columns stay the same) to the end of its last line. That is a
// YAML document of its own, indented as before, which the engine parses, fixes and verifies like a file.
// After splicing, the whole text is parsed again and must equal the original with only the fixed
// objects replaced; otherwise nothing is changed.
import {isDeepStrictEqual} from 'node:util'
import type {Settings} from '../../config/settings.js'
import type {FileResult, ReportedFinding} from '../../engine/analyze.js'
import {analyzeSource} from '../../engine/analyze-source.js'
import type {Selection} from '../../engine/selection.js'
import type {RepoIndex} from '../../extract/repo-index.js'
import {parseYaml} from '../../parse/yaml-adapter.js'
import type {MapNode} from '../../types.js'

export const LOCAL_CONFIG = 'config.kubernetes.io/local-config'

export interface ObjectRef {
  /** the object's map in the whole text */
  readonly node: MapNode
  /** its plain data, for annotations and resourceRef */
  readonly data: Record<string, unknown>
  /** its place in the list `objectsOf` returns */
  readonly position: number
}

export interface ObjectOutcome {
  readonly ref: ObjectRef
  /** findings with line numbers of the whole text */
  readonly result: FileResult
  readonly skipped?: 'local-config' | undefined
}

export interface FixOptions {
  readonly fix: boolean
  readonly settings: Settings
  readonly index: RepoIndex
  /** path shown in findings */
  readonly path: string
  /** reads the whole (re-parsed) text back into one data value per object, in order */
  readonly objectsOf: (text: string) => unknown[] | undefined
  /** staged rollout: only these workloads' findings are reported and fixed */
  readonly selection?: Selection | undefined
}

export function isLocalConfig(data: Record<string, unknown>): boolean {
  const metadata = data.metadata as {annotations?: Record<string, unknown>} | undefined
  const value = metadata?.annotations?.[LOCAL_CONFIG]
  return value === 'true' || value === true
}

interface Cut {
  readonly start: number
  readonly end: number
  readonly prefix: string
  readonly lineOffset: number
}

function cutOf(text: string, node: MapNode): Cut {
  const start = node.range.start
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const prefix = ' '.repeat(start - lineStart)
  const eol = text.indexOf('\n', node.range.end)
  const restOfLine = text.slice(node.range.end, eol === -1 ? text.length : eol)
  // Block objects end at a line end; a flow object (`[{…}]`) ends where it ends.
  const end = /^[ \t]*(#.*)?\r?$/.test(restOfLine) ? (eol === -1 ? text.length : eol + 1) : node.range.end
  let lineOffset = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) lineOffset++
  return {start: lineStart, end, prefix, lineOffset}
}

export function fixObjects(
  text: string,
  refs: readonly ObjectRef[],
  options: FixOptions
): {text: string; outcomes: ObjectOutcome[]} {
  const outcomes: ObjectOutcome[] = []
  const rewrites: {cut: Cut; body: string; ref: ObjectRef}[] = []
  for (const ref of refs) {
    if (isLocalConfig(ref.data)) {
      outcomes.push({ref, skipped: 'local-config', result: {path: options.path, findings: []}})
      continue
    }
    const cut = cutOf(text, ref.node)
    const own = cut.prefix + text.slice(ref.node.range.start, cut.end)
    // Guarded like a file in the CLI and the Action: a bug in one object is an `internal` finding on it.
    const {result} = analyzeSource({path: options.path, text: own}, options.settings, {
      fix: options.fix,
      index: options.index,
      selection: options.selection
    })
    outcomes.push({ref, result: shift(result, cut.lineOffset)})
    if (result.output?.startsWith(cut.prefix)) {
      rewrites.push({cut, body: result.output.slice(cut.prefix.length), ref})
    } else if (result.output !== undefined) {
      outcomes[outcomes.length - 1] = {
        ref,
        result: shift(unfix(result, 'the rewrite changed the indentation of the object'), cut.lineOffset)
      }
    }
  }
  if (rewrites.length === 0) return {text, outcomes}

  let output = text
  for (const {cut, body, ref} of [...rewrites].sort((a, b) => b.cut.start - a.cut.start)) {
    output = output.slice(0, ref.node.range.start) + body + output.slice(cut.end)
  }
  // The whole text again: every object must read back as before, except the fixed ones, which must read
  // back as their own verified rewrites.
  const expected = expectedObjects(text, rewrites, options)
  const actual = options.objectsOf(output)
  if (!expected || !actual || !isDeepStrictEqual(actual, expected)) {
    const reason = 'the rewritten stream did not read back as intended; nothing was changed'
    return {text, outcomes: outcomes.map((o) => ({...o, result: unfix(o.result, reason)}))}
  }
  return {text: output, outcomes}
}

function expectedObjects(
  text: string,
  rewrites: readonly {cut: Cut; body: string; ref: ObjectRef}[],
  options: FixOptions
): unknown[] | undefined {
  const before = options.objectsOf(text)
  if (!before) return undefined
  const expected = [...before]
  for (const rewrite of rewrites) {
    const parsed = parseYaml({path: options.path, text: rewrite.cut.prefix + rewrite.body})
    if (!parsed.ok) return undefined
    expected[rewrite.ref.position] = parsed.file.documents[0]?.toData()
  }
  return expected
}

function unfix(result: FileResult, reason: string): FileResult {
  return {
    ...result,
    output: undefined,
    findings: result.findings.map((f) => (f.status === 'fixed' ? {...f, status: 'verify-failed' as const, reason} : f))
  }
}

function shift(result: FileResult, lines: number): FileResult {
  if (lines === 0) return result
  const findings: ReportedFinding[] = result.findings.map((f) => ({
    ...f,
    line: f.line + lines,
    endLine: f.endLine + lines
  }))
  return {...result, findings}
}
