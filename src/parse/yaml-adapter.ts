// The one module that imports yaml's node API. It turns yaml's Documents into the project's own node
// types (src/types.ts), lazily: children are converted only when a later stage walks into them, so a
// 1 MB ConfigMap costs the parse and nothing more.
import {
  Composer,
  Parser,
  Schema,
  parseAllDocuments,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type CST,
  type Document,
  type Node as YNode,
  type Pair as YPair,
  type Scalar as YScalar
} from 'yaml'
import type {
  AliasNode,
  MapNode,
  Node,
  PairNode,
  ParsedDocument,
  ParsedFile,
  Range,
  ScalarNode,
  ScalarStyle,
  SeqNode,
  SourceText
} from '../types.js'
import {LineIndex, detectEol} from './line-index.js'
import {buildTree, planDocuments, type PlannedDocument, type TopKey, type TopScalar} from './recognise/recognise.js'

export interface ParseProblem {
  readonly message: string
  /** legal YAML that headroom does not read (the message says so; it is not "invalid YAML") */
  readonly unsupported?: boolean | undefined
  readonly offset: number
  readonly line: number
  readonly col: number
}

export type ParseResult = {ok: true; file: ParsedFile} | {ok: false; problems: ParseProblem[]}

/** Aliases expanded while converting to plain data; beyond this a document is an alias bomb. */
const MAX_ALIAS_COUNT = 1000

// Kubernetes reads YAML through go-yaml, which honours `<<` merge keys.
const PARSE_OPTIONS = {merge: true, prettyErrors: false, strict: false} as const

/** More documents than this in one file are not parsed: 200,000 empty ones cost yaml 15 s and 700 MB. */
export const MAX_DOCUMENTS = 50_000

/** The recogniser disagreed with yaml about a document; callers re-parse with `{prefilter: false}`. */
export class RecogniserMisread extends Error {}

export interface ParseOptions {
  /**
   * the recogniser (src/parse/recognise/, docs/parsing.md; default on): recognised documents are composed
   * lazily, their trees built from their lines; off, yaml composes every document
   */
  readonly prefilter?: boolean | undefined
}

export function parseYaml(source: SourceText, options: ParseOptions = {}): ParseResult {
  // (a marker takes at least 4 characters, so shorter texts need no count)
  const markers = source.text.length < 4 * MAX_DOCUMENTS ? 0 : (source.text.match(/^---(?=[ \t\r\n]|$)/gm)?.length ?? 0)
  if (markers > MAX_DOCUMENTS) {
    return {
      ok: false,
      problems: [
        {
          message: `has more than ${MAX_DOCUMENTS} documents (${markers} \`---\` markers); split the stream`,
          offset: 0,
          line: 1,
          col: 1
        }
      ]
    }
  }
  const loneCr = source.text.includes('\r') ? LONE_CR.exec(source.text) : null
  if (loneCr) {
    const {line, col} = new LineIndex(source.text).position(loneCr.index)
    return {ok: false, problems: [{message: LONE_CR_MESSAGE, offset: loneCr.index, line, col, unsupported: true}]}
  }
  try {
    return parseYamlUnguarded(source, options.prefilter !== false)
  } catch (error) {
    // yaml's parser recurses per nesting level and does not catch every stack overflow itself.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return {ok: false, problems: [{message: TOO_DEEP, offset: 0, line: 1, col: 1}]}
    throw error
  }
}

/**
 * A carriage return without a line feed. YAML reads it as a line break (kubectl does), yaml the library
 * does not: it would read such a file as one long line and report a cascade of errors about it.
 */
const LONE_CR = /\r(?!\n)/
const LONE_CR_MESSAGE =
  'has line breaks written as a lone carriage return (CR, old Mac OS style); headroom does not read those: convert the file to LF or CRLF line breaks; file left unchanged'

function parseYamlUnguarded(source: SourceText, recognise: boolean): ParseResult {
  if (recognise) {
    const lazy = parseLazily(source)
    if (lazy) return lazy
  }
  const lines = new LineIndex(source.text)
  const stream = parseStream(source.text)
  if (!Array.isArray(stream)) {
    const {line, col} = lines.position(stream.tooDeep)
    return {ok: false, problems: [{message: BEYOND_NESTING, offset: stream.tooDeep, line, col}]}
  }
  const list = stream
  const problems: ParseProblem[] = []
  const warnings: string[] = []
  for (const doc of list) {
    for (const warning of doc.warnings) warnings.push(firstLine(warning.message))
    for (const error of doc.errors) {
      const offset = error.pos[0]
      const {line, col} = lines.position(offset)
      const message = firstLine(error.message)
      // A stack overflow is reported once per unwound level: one message says it.
      if (message === TOO_DEEP && problems.some((p) => p.message === TOO_DEEP)) continue
      problems.push({message, offset, line, col})
    }
  }
  if (problems.length > 0) return {ok: false, problems}

  const file: ParsedFile = {
    path: source.path,
    text: source.text,
    eol: detectEol(source.text),
    documents: list.map((doc, index) => convertDocument(doc, index, lines, source.text)),
    position: (offset) => lines.position(offset),
    ...(warnings.length > 0 ? {warnings} : {})
  }
  return {ok: true, file}
}

const TOO_DEEP = 'collections are nested too deeply to read safely (stack overflow)'

/**
 * Collections nested deeper than this are refused before yaml composes them. yaml's composer recurses
 * per level, so where it overflows depends on how deep the stack already is (a worker, the CLI thread, a
 * re-parse after a recogniser misread); a fixed limit makes every path refuse the same documents at the
 * same place. Real manifests nest a few dozen levels; yaml itself manages several hundred.
 */
export const MAX_NESTING = 256
const BEYOND_NESTING = `collections are nested too deeply to read safely (more than ${MAX_NESTING} levels)`

/**
 * yaml's documents of `text`, or the offset of the first collection nested deeper than MAX_NESTING.
 * (The same work as yaml's parseAllDocuments: lexer and parser, which keep their own stacks, then the
 * composer, which recurses and so runs only on token trees known to be shallow enough.)
 */
function parseStream(text: string): Document.Parsed[] | {tooDeep: number} {
  const tokens = Array.from(new Parser().parse(text))
  const tooDeep = deepestBeyond(tokens, MAX_NESTING)
  if (tooDeep !== -1) return {tooDeep}
  return Array.from(new Composer(PARSE_OPTIONS).compose(tokens)) as Document.Parsed[]
}

/** Offset of the first collection token nested more than `limit` collections deep (-1: none), without recursion. */
function deepestBeyond(tokens: readonly CST.Token[], limit: number): number {
  const stack: {token: CST.Token | null | undefined; depth: number}[] = tokens
    .map((token) => ({token, depth: 0}))
    .reverse()
  while (stack.length > 0) {
    const {token, depth} = stack.pop() as {token: CST.Token | null | undefined; depth: number}
    if (!token) continue
    switch (token.type) {
      case 'document':
        stack.push({token: token.value, depth})
        break
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth >= limit) return token.offset
        const items = token.items as readonly CST.CollectionItem[]
        for (let k = items.length - 1; k >= 0; k--) {
          const item = items[k] as CST.CollectionItem
          stack.push({token: item.value, depth: depth + 1}, {token: item.key, depth: depth + 1})
        }
        break
      }
      default:
    }
  }
  return -1
}

function firstLine(message: string): string {
  if (/maximum call stack size exceeded/i.test(message)) return TOO_DEEP
  const cut = message.search(/ at line \d+, column \d+/)
  return (cut === -1 ? (message.split('\n')[0] ?? message) : message.slice(0, cut)).trim()
}

/** Offsets to line and column (a LineIndex, or one built on first use). */
type Positions = Pick<LineIndex, 'position'>

/**
 * The lazy parse (src/parse/recognise/recognise.ts): documents the recogniser recognises are composed only
 * when something walks past their top-level `kind` / `apiVersion`; the others are parsed on their own,
 * as before. Undefined when the whole file must go through the plain parse (the recogniser cannot cut it
 * into documents, or a document has errors: the plain parse then reports them exactly as it always has).
 */
function parseLazily(source: SourceText): ParseResult | undefined {
  const text = source.text
  const plan = planDocuments(text)
  if (!plan) return undefined
  let index: LineIndex | undefined
  const lines: Positions = {
    position: (offset) => {
      index ??= new LineIndex(text)
      return index.position(offset)
    }
  }
  const documents: ParsedDocument[] = []
  // (recognised documents have no tags or other constructs yaml warns about)
  const warnings: string[] = []
  for (const part of plan) {
    if (part.verdict.ok) {
      if (part.marker || part.verdict.content)
        documents.push(lazyDocument(source, part, documents.length, lines, part.verdict.keys, undefined))
      continue
    }
    const parsed = parseStream(text.slice(part.start, part.end))
    if (!Array.isArray(parsed)) return undefined
    const list = parsed
    if (list.length > 1 || (part.marker && list.length !== 1) || list.some((doc) => doc.errors.length > 0))
      return undefined
    for (const doc of list) {
      for (const warning of doc.warnings) warnings.push(firstLine(warning.message))
      documents.push(lazyDocument(source, part, documents.length, lines, undefined, doc))
    }
  }
  const file: ParsedFile = {
    path: source.path,
    text,
    eol: detectEol(text),
    documents,
    position: (offset) => lines.position(offset),
    ...(warnings.length > 0 ? {warnings} : {})
  }
  return {ok: true, file}
}

/**
 * Documents nested deeper than this keep their tree for the whole run: composing one again later, from a
 * deeper call stack than the first time, could overflow the stack (yaml gives up between 500 and 1,000
 * levels from the top of the stack).
 */
const RECOMPOSE_DEPTH = 128

/**
 * One document of the lazy parse: already parsed (`first`, a document the recogniser left to
 * yaml; kept until its first use) or recognised and composed on first use. The tree is then held weakly:
 * while any of its map, sequence or alias nodes is in use it stays (they hold its converter), so lookups
 * keep returning the same nodes; once a file is done the tree can go, and a later use (a reporter asking
 * for data) composes the document again. Recognised documents nest at most 64 levels; a document yaml
 * parsed that nests deeper than RECOMPOSE_DEPTH is never let go.
 */
function lazyDocument(
  source: SourceText,
  part: PlannedDocument,
  index: number,
  lines: Positions,
  keys: readonly TopKey[] | undefined,
  first: Document.Parsed | undefined
): ParsedDocument {
  const text = source.text
  const initial = first ? new Converter(first, lines, text, part.start) : undefined
  const kept = first && !nestsAtMost(first.contents, RECOMPOSE_DEPTH) ? initial : undefined
  let pinned = kept ? undefined : initial
  let held: WeakRef<Converter> | undefined
  const converter = (): Converter => {
    if (kept) return kept
    if (pinned) {
      const current = pinned
      pinned = undefined
      held = new WeakRef(current)
      return current
    }
    let current = held?.deref()
    if (!current) {
      const parsed = parseStream(text.slice(part.start, part.end))
      const doc = Array.isArray(parsed) ? parsed[0] : undefined
      if (!doc || doc.errors.length > 0) throw misread(source, part)
      current = new Converter(doc, lines, text, part.start)
      held = new WeakRef(current)
    }
    return current
  }
  // A recognised document is read from its lines when it can be (src/parse/recognise/line-tree.ts); the tree is
  // small and lives as long as the document.
  let built: Node | undefined
  let tried = Boolean(first)
  const contentRoot = (): Node | null => {
    if (!tried) {
      tried = true
      built = buildTree(text, part, lines, resolvePlain)
    }
    if (built) return built
    const current = converter()
    return current.node(current.doc.contents as YNode | null)
  }
  // (an empty document's root is yaml's empty scalar, so it is composed like any other)
  const shallow = keys && keys.length > 0 ? shallowRoot(source, part, keys, lines, contentRoot) : undefined
  return {
    index,
    get root() {
      return shallow ?? contentRoot()
    },
    get aliasedAnchors() {
      // (a recognised document has no anchors or aliases)
      return built ? NO_ANCHORS : converter().aliasedAnchors()
    },
    toData: () => converter().doc.toJS({maxAliasCount: MAX_ALIAS_COUNT})
  }
}

const NO_ANCHORS: ReadonlySet<string> = new Set()

/** The core-schema tags yaml resolves plain scalars with (null, bool, int, float), in yaml's order. */
type PlainTag = {
  test?: RegExp
  resolve: (source: string, onError: (message: string) => void, options: object) => unknown
}
let plainTags: PlainTag[] | undefined
/** Plain scalars that may resolve to something other than a string start like these. */
const MAY_NOT_BE_STRING = /^(?:[-+.0-9~]|[Nn]ull$|NULL$|[Tt]rue$|TRUE$|[Ff]alse$|FALSE$)/

/** What yaml resolves a plain single-line scalar to (for trees built from lines). */
export function resolvePlain(source: string): unknown {
  if (!MAY_NOT_BE_STRING.test(source)) return source
  plainTags ??= new Schema({merge: true}).tags.filter(
    (tag) => tag.default === true && tag.test
  ) as unknown as PlainTag[]
  for (const tag of plainTags) {
    if (!tag.test?.test(source)) continue
    const resolved = tag.resolve(source, () => {}, {intAsBigInt: false})
    return isScalar(resolved) ? resolved.value : resolved
  }
  return source
}

/**
 * The root map of a recognised document before it is composed: its keys, and the plain string values
 * the recogniser read (apiVersion, kind). Everything else (ranges, key nodes, other values) comes from
 * the composed document, which the first such access builds.
 */
function shallowRoot(
  source: SourceText,
  part: PlannedDocument,
  keys: readonly TopKey[],
  lines: Positions,
  contentRoot: () => Node | null
): MapNode {
  const real = (): MapNode => {
    const node = contentRoot()
    if (node?.type !== 'map' || node.pairs.length !== keys.length) throw misread(source, part)
    return node
  }
  const pairs = keys.map((top, i): PairNode => {
    const realPair = (): PairNode => {
      const pair = real().pairs[i]
      if (!pair || pair.key !== top.key) throw misread(source, part)
      return pair
    }
    let scalar: ScalarNode | undefined
    return {
      key: top.key,
      merge: false,
      get keyNode() {
        return realPair().keyNode
      },
      get value() {
        if (top.scalar) {
          scalar ??= plainString(top.scalar, lines)
          return scalar
        }
        return realPair().value
      },
      get range() {
        return realPair().range
      }
    }
  })
  return {
    type: 'map',
    flow: false,
    anchor: undefined,
    anchorLine: undefined,
    pairs,
    get range() {
      return real().range
    },
    get line() {
      return real().line
    },
    get col() {
      return real().col
    }
  }
}

/** Whether a composed tree nests at most `limit` levels (counted with a stack of its own, not recursion). */
function nestsAtMost(root: unknown, limit: number): boolean {
  const nodes: unknown[] = [root]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()
    const depth = depths.pop() as number
    if (depth > limit) return false
    if (!isMap(node) && !isSeq(node)) continue
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        nodes.push(item.key, item.value)
        depths.push(depth + 1, depth + 1)
      } else {
        nodes.push(item)
        depths.push(depth + 1)
      }
    }
  }
  return true
}

/** A plain single-line scalar the recogniser knows resolves to its own text. */
function plainString(scalar: TopScalar, lines: Positions): ScalarNode {
  const range = {start: scalar.start, end: scalar.start + scalar.source.length}
  const {line, col} = lines.position(range.start)
  return {
    type: 'scalar',
    value: scalar.source,
    source: scalar.source,
    style: 'plain',
    empty: false,
    range,
    line,
    col,
    anchor: undefined,
    anchorLine: undefined
  }
}

function misread(source: SourceText, part: PlannedDocument): Error {
  return new RecogniserMisread(
    `the YAML recogniser misread ${source.path} (document at offset ${part.start}); please report it. HEADROOM_NO_PREFILTER=1 turns the recogniser off`
  )
}

function convertDocument(doc: Document.Parsed, index: number, lines: LineIndex, text: string): ParsedDocument {
  const converter = new Converter(doc, lines, text)
  return {
    index,
    get root() {
      return converter.node(doc.contents as YNode | null)
    },
    get aliasedAnchors() {
      return converter.aliasedAnchors()
    },
    toData: () => doc.toJS({maxAliasCount: MAX_ALIAS_COUNT})
  }
}

class Converter {
  // A Map, not a WeakMap: it lives exactly as long as the tree it indexes, and ephemeron tables cost the
  // garbage collector far more than plain ones.
  private readonly memo = new Map<object, Node>()
  private aliased: Set<string> | undefined

  constructor(
    readonly doc: Document.Parsed,
    private readonly lines: Positions,
    private readonly text: string,
    /** offset of the parsed text in the file (a document parsed on its own) */
    private readonly base = 0
  ) {}

  node(y: YNode | null | undefined): Node | null {
    if (y === null || y === undefined) return null
    const cached = this.memo.get(y)
    if (cached) return cached
    const made = this.make(y)
    if (made) this.memo.set(y, made)
    return made
  }

  aliasedAnchors(): ReadonlySet<string> {
    if (!this.aliased) {
      const names = new Set<string>()
      // Scan the source tokens lazily: only the fix path asks, and only for files it edits.
      collectAliases(this.doc.contents as YNode | null, names, new Set())
      this.aliased = names
    }
    return this.aliased
  }

  private make(y: YNode): Node | null {
    const range = toRange(y.range, this.base)
    const {line, col} = this.lines.position(range.start)
    const anchor = (y as {anchor?: string}).anchor || undefined
    // The node's range starts after its `&anchor`; messages about the anchor name the anchor's own line.
    const anchorLine =
      anchor === undefined
        ? undefined
        : this.lines.position(Math.max(0, this.text.lastIndexOf(`&${anchor}`, range.start))).line
    const tag =
      (y as {tag?: string}).tag === undefined || isAlias(y) ? undefined : {range: tagBefore(this.text, range.start)}
    if (isScalar(y)) return {...scalarNode(y, range, line, col, anchor), anchorLine, tag}
    if (isMap(y)) {
      const self = this
      let pairs: PairNode[] | undefined
      const node: MapNode = {
        type: 'map',
        flow: Boolean(y.flow),
        range,
        line,
        col,
        anchor,
        anchorLine,
        tag,
        get pairs() {
          pairs ??= y.items.map((pair) => self.pair(pair as YPair<YNode, YNode>))
          return pairs
        }
      }
      return node
    }
    if (isSeq(y)) {
      const self = this
      let items: (Node | null)[] | undefined
      const node: SeqNode = {
        type: 'seq',
        flow: Boolean(y.flow),
        range,
        line,
        col,
        anchor,
        anchorLine,
        tag,
        get items() {
          items ??= y.items.map((item) => self.node(item as YNode))
          return items
        }
      }
      return node
    }
    if (isAlias(y)) {
      const self = this
      const node: AliasNode = {
        type: 'alias',
        name: y.source,
        range,
        line,
        col,
        anchor,
        get target() {
          const resolved = y.resolve(self.doc) as YNode | undefined
          return resolved ? (self.node(resolved) ?? undefined) : undefined
        }
      }
      return node
    }
    return null
  }

  private pair(p: YPair<YNode, YNode>): PairNode {
    const keyY = p.key as YNode | null
    const valueY = p.value as YNode | null
    // yaml resolves a plain `<<` key to a merge marker (a symbol in yaml 2.x); a quoted "<<" is a plain key.
    const merge =
      isScalar(keyY) && keyY.type === 'PLAIN' && (keyY as YScalar).source === '<<' && typeof keyY.value !== 'string'
    const keyNode = this.node(keyY)
    const value = this.node(valueY)
    const start = keyNode?.range.start ?? value?.range.start ?? 0
    const end = value?.range.end ?? keyNode?.range.end ?? start
    return {key: merge ? '<<' : keyText(keyNode), keyNode, value, range: {start, end}, merge}
  }
}

/**
 * Where the explicit tag of a node starting at `start` is written: node properties (`!tag`, `&anchor`)
 * are the tokens right before it. Undefined when something else (a comment) stands between them.
 */
function tagBefore(text: string, start: number): Range | undefined {
  let end = start
  for (let props = 0; props < 2; props++) {
    while (end > 0 && /[ \t\r\n]/.test(text[end - 1] as string)) end--
    let begin = end
    // (a verbatim tag, `!<tag:yaml.org,2002:int>`, may hold commas)
    const verbatim = text[end - 1] === '>' ? text.lastIndexOf('!<', end) : -1
    if (verbatim !== -1 && !/[ \t\r\n]/.test(text.slice(verbatim, end))) begin = verbatim
    else while (begin > 0 && !/[ \t\r\n,[{]/.test(text[begin - 1] as string)) begin--
    const token = text.charCodeAt(begin)
    if (token === 0x21 /* ! */) return {start: begin, end}
    if (token !== 0x26 /* & */ || begin === end) return undefined
    end = begin
  }
  return undefined
}

function keyText(key: Node | null): string | undefined {
  let node = key
  if (node?.type === 'alias') node = node.target ?? null
  if (node?.type !== 'scalar') return undefined
  return node.value === null || node.value === undefined ? '' : String(node.value)
}

function scalarNode(y: YScalar, range: Range, line: number, col: number, anchor: string | undefined): ScalarNode {
  const style = scalarStyle(y.type)
  const source = typeof y.source === 'string' ? y.source : String(y.value ?? '')
  return {
    type: 'scalar',
    value: y.value,
    source,
    style,
    empty: range.start === range.end,
    range,
    line,
    col,
    anchor
  }
}

function scalarStyle(type: YScalar['type']): ScalarStyle {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return 'double'
    case 'QUOTE_SINGLE':
      return 'single'
    case 'BLOCK_LITERAL':
      return 'block-literal'
    case 'BLOCK_FOLDED':
      return 'block-folded'
    default:
      return 'plain'
  }
}

function toRange(range: [number, number, number] | null | undefined, base = 0): Range {
  if (!range) return {start: base, end: base}
  return {start: range[0] + base, end: range[1] + base}
}

function collectAliases(y: YNode | null | undefined, names: Set<string>, seen: Set<object>): void {
  if (!y || seen.has(y)) return
  seen.add(y)
  if (isAlias(y)) {
    names.add(y.source)
  } else if (isMap(y)) {
    for (const pair of y.items) {
      collectAliases(pair.key as YNode, names, seen)
      collectAliases(pair.value as YNode, names, seen)
    }
  } else if (isSeq(y)) {
    for (const item of y.items) collectAliases(item as YNode, names, seen)
  }
}

const SIMPLE_PLAIN = /^[A-Za-z0-9][\w./-]*$/
const SIMPLE_QUOTED = /^(?:"[\w./ -]*"|'[\w./ -]*')$/

/** The data a scalar written as `text` resolves to (used to state what a fix changes). */
export function scalarData(text: string): unknown {
  // (the texts a fix writes are nearly always one plain word or a quoted one: no parse needed)
  if (SIMPLE_PLAIN.test(text)) return resolvePlain(text)
  if (SIMPLE_QUOTED.test(text)) return text.slice(1, -1)
  const docs = parseAllDocuments(text)
  const doc = Array.isArray(docs) ? docs[0] : undefined
  return doc ? doc.toJS() : null
}

/** Plain data from a small YAML/JSON text (config files); problems carry line:col. */
export function parseData(text: string): {ok: true; data: unknown} | {ok: false; problem: ParseProblem} {
  const lines = new LineIndex(text)
  const docs = parseAllDocuments(text, {prettyErrors: false})
  const list = Array.isArray(docs) ? docs : []
  for (const doc of list) {
    const error = doc.errors[0]
    if (error) {
      const {line, col} = lines.position(error.pos[0])
      return {ok: false, problem: {message: firstLine(error.message), offset: error.pos[0], line, col}}
    }
  }
  if (list.length > 1) {
    const {line, col} = lines.position(list[1]?.range[0] ?? 0)
    return {ok: false, problem: {message: 'expected one document', offset: 0, line, col}}
  }
  return {ok: true, data: list[0]?.toJS({maxAliasCount: MAX_ALIAS_COUNT}) ?? null}
}
