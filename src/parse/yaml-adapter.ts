// The one module that imports yaml's node API. It turns yaml's Documents into the project's own node
// types (src/types.ts), lazily: children are converted only when a later stage walks into them, so a
// 1 MB ConfigMap costs the parse and nothing more.
import {
  parseAllDocuments,
  isAlias,
  isMap,
  isScalar,
  isSeq,
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

export interface ParseProblem {
  readonly message: string
  readonly offset: number
  readonly line: number
  readonly col: number
}

export type ParseResult = {ok: true; file: ParsedFile} | {ok: false; problems: ParseProblem[]}

/** Aliases expanded while converting to plain data; beyond this a document is an alias bomb. */
const MAX_ALIAS_COUNT = 1000

export function parseYaml(source: SourceText): ParseResult {
  const lines = new LineIndex(source.text)
  // Kubernetes reads YAML through go-yaml, which honours `<<` merge keys.
  const documents = parseAllDocuments(source.text, {merge: true, prettyErrors: false, strict: false})
  const list = Array.isArray(documents) ? documents : []
  const problems: ParseProblem[] = []
  for (const doc of list) {
    for (const error of doc.errors) {
      const offset = error.pos[0]
      const {line, col} = lines.position(offset)
      problems.push({message: firstLine(error.message), offset, line, col})
    }
  }
  if (problems.length > 0) return {ok: false, problems}

  const file: ParsedFile = {
    path: source.path,
    text: source.text,
    eol: detectEol(source.text),
    documents: list.map((doc, index) => convertDocument(doc, index, lines, source.text)),
    position: (offset) => lines.position(offset)
  }
  return {ok: true, file}
}

function firstLine(message: string): string {
  const cut = message.search(/ at line \d+, column \d+/)
  return (cut === -1 ? message.split('\n')[0] ?? message : message.slice(0, cut)).trim()
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
  private readonly memo = new WeakMap<object, Node>()
  private aliased: Set<string> | undefined

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineIndex,
    private readonly text: string
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
    const range = toRange(y.range)
    const {line, col} = this.lines.position(range.start)
    const anchor = (y as {anchor?: string}).anchor || undefined
    // The node's range starts after its `&anchor`; messages about the anchor name the anchor's own line.
    const anchorLine = anchor === undefined ? undefined : this.lines.position(Math.max(0, this.text.lastIndexOf(`&${anchor}`, range.start))).line
    if (isScalar(y)) return {...scalarNode(y, range, line, col, anchor), anchorLine}
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
    const merge = isScalar(keyY) && keyY.type === 'PLAIN' && (keyY as YScalar).source === '<<' && typeof keyY.value !== 'string'
    const keyNode = this.node(keyY)
    const value = this.node(valueY)
    const start = keyNode?.range.start ?? value?.range.start ?? 0
    const end = value?.range.end ?? keyNode?.range.end ?? start
    return {key: merge ? '<<' : keyText(keyNode), keyNode, value, range: {start, end}, merge}
  }
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

function toRange(range: [number, number, number] | null | undefined): Range {
  if (!range) return {start: 0, end: 0}
  return {start: range[0], end: range[1]}
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

/** The data a scalar written as `text` resolves to (used to state what a fix changes). */
export function scalarData(text: string): unknown {
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
