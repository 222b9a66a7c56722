// Template detection is structural: the text is parsed first, and only a document whose structure holds
// template syntax is a template. `{{ … }}` or `${…}` inside a string scalar (quoted, block, multi-line:
// a ConfigMap's config, a Vault agent template, an alert description) is data. A document is a template
// when it fails to parse and holds template syntax (`{{- if … }}` lines), or when an action stands in a key
// or as a whole plain value (`replicas: {{ .Values.n }}` parses as a nested flow mapping). Such a document
// is left out; the other documents of the file or stream are still checked.
import type {Node, ParsedFile, SourceText} from '../types.js'
import {parseYaml, RecogniserMisread, type ParseProblem} from './yaml-adapter.js'

export interface TemplateSite {
  /** offset of the template syntax (or of the document, when it does not parse) */
  readonly offset: number
  readonly line: number
  readonly col: number
}

export type ManifestParse =
  | {ok: true; file: ParsedFile; templates: readonly TemplateSite[]}
  | {ok: false; problems: ParseProblem[]; templated: boolean}

const ACTION = /\{\{|\{%/
/** an action that starts a line (after indentation or a sequence dash): never inside a block scalar's text at that place */
const ACTION_LINE = /^[ \t]*(?:-[ \t]+)?\{\{-?[ \t]*(?:if|else|end|range|with|define|include|template|toYaml|\/\*)\b/m
const KEY_SYNTAX = /\{\{|\{%|\$\{/

/**
 * Parses `source`, leaving out template documents. `file.documents` holds the other documents with their
 * own indices; `file.text` is the original text, so edits and reports refer to it as written.
 */
export function parseManifest(source: SourceText, options: {prefilter?: boolean} = {}): ManifestParse {
  const parsed = parseYaml(source, options)
  if (parsed.ok) return withoutTemplateDocuments(parsed.file)
  const text = source.text
  if (!ACTION.test(text)) return {ok: false, problems: parsed.problems, templated: false}
  // Documents that fail because of template syntax are blanked (offsets and lines kept) and the rest parsed.
  const spans = documentSpans(text)
  const failing = spans.filter((span) =>
    parsed.problems.some((p) => p.offset >= span.start && (p.offset < span.end || span.end === text.length))
  )
  const templated = failing.filter((span) => failsBecauseOfTemplate(text.slice(span.start, span.end), source.path))
  if (templated.length < failing.length || templated.length === 0)
    return {ok: false, problems: parsed.problems, templated: false}
  let masked = text
  for (const span of templated)
    masked = masked.slice(0, span.start) + blank(masked.slice(span.start, span.end)) + masked.slice(span.end)
  const again = parseYaml({path: source.path, text: masked}, options)
  if (!again.ok) return {ok: false, problems: parsed.problems, templated: true}
  // (a blanked document reads as an empty one; empty documents hold nothing to check either way)
  const documents = again.file.documents.filter((doc) => !isEmpty(doc.root))
  const rest = withoutTemplateDocuments({...again.file, text, documents})
  if (!rest.ok) return rest
  const sites = templated.map((span) =>
    site(again.file, span.start + Math.max(0, text.slice(span.start, span.end).search(ACTION)))
  )
  return {ok: true, file: rest.file, templates: [...sites, ...rest.templates].sort((a, b) => a.offset - b.offset)}
}

/**
 * `read` over a parsed manifest; when the recogniser turns out to have misread it, over the full parse
 * instead (or `failed` with the full parse's problems). Every reader of prepared files goes through this,
 * so a misread never stops more than the optimisation, and template documents stay left out on the full
 * parse too.
 */
export function withFullParse<T>(
  file: ParsedFile,
  read: (file: ParsedFile) => T,
  failed: (problems: ParseProblem[]) => T
): T {
  try {
    return read(file)
  } catch (error) {
    if (!(error instanceof RecogniserMisread)) throw error
    const full = parseManifest({path: file.path, text: file.text}, {prefilter: false})
    return full.ok ? read(full.file) : failed(full.problems)
  }
}

function withoutTemplateDocuments(file: ParsedFile): ManifestParse {
  if (!KEY_SYNTAX.test(file.text)) return {ok: true, file, templates: []}
  const templates: TemplateSite[] = []
  const kept = file.documents.filter((doc) => {
    const found = templateIn(doc.root, file.text, 0)
    if (found !== undefined) templates.push(site(file, found))
    return found === undefined
  })
  return {ok: true, file: kept.length === file.documents.length ? file : {...file, documents: kept}, templates}
}

/** Offset of template syntax that stands in a key or as a whole value, if any. */
function templateIn(node: Node | null, text: string, depth: number): number | undefined {
  if (!node || depth > 200) return undefined
  if (node.type === 'map') {
    if (node.flow && text.startsWith('{{', node.range.start)) return node.range.start
    for (const pair of node.pairs) {
      const key = pair.keyNode
      if (key && key.type !== 'scalar') {
        const inKey = templateIn(key, text, depth + 1)
        if (inKey !== undefined) return inKey
      }
      if (pair.key !== undefined && KEY_SYNTAX.test(pair.key)) return key?.range.start ?? pair.range.start
      const inValue = templateIn(pair.value, text, depth + 1)
      if (inValue !== undefined) return inValue
    }
  } else if (node.type === 'seq') {
    for (const item of node.items) {
      const inItem = templateIn(item, text, depth + 1)
      if (inItem !== undefined) return inItem
    }
  }
  return undefined
}

/**
 * A document fails *because of* template syntax when it parses once its actions are taken out (a line that
 * is only an action goes, an inline action becomes a plain word), or, for charts too tangled for that
 * (`toYaml … | indent`), when an action starts a line, where no YAML can hold it.
 */
function failsBecauseOfTemplate(text: string, path: string): boolean {
  if (!ACTION.test(text)) return false
  if (ACTION_LINE.test(text)) return true
  const neutral = text
    .replace(/^[ \t]*\{\{[^\n]*\}\}[ \t]*$/gm, '')
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, () => 'x')
  return parseYaml({path, text: neutral}, {prefilter: false}).ok
}

function isEmpty(root: Node | null): boolean {
  return root === null || (root.type === 'scalar' && (root.empty || root.value === null))
}

/** Documents of a YAML stream as text spans: a `---` line starts one (the marker itself stays outside). */
export function documentSpans(text: string): {start: number; end: number}[] {
  const spans: {start: number; end: number}[] = []
  const marker = /^---(?=[ \t\r\n]|$)/gm
  let start = 0
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    spans.push({start, end: m.index})
    start = m.index + 3
  }
  spans.push({start, end: text.length})
  return spans
}

/** The same text with everything but line breaks turned into spaces (offsets and lines unchanged). */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ')
}

function site(file: ParsedFile, offset: number): TemplateSite {
  const {line, col} = file.position(offset)
  return {offset, line, col}
}
