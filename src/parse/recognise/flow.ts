// Flow collections (`[a, b]`, `{cpu: 100m}`) that open and close on one line: items and values are plain
// or quoted single-line scalars or nested flow collections; map entries are `key: value` with plain-string
// or quoted keys, no duplicates, no empty values, no trailing comma. Anything else is left to yaml.
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DASH,
  HASH,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUESTION_MARK,
  SPACE,
  TAB
} from './chars.js'
import type {LineTree} from './line-tree.js'
import {MAX_DEPTH} from './limits.js'
import {
  closingQuote,
  FLOW_KEY_END,
  isQuote,
  plainStart,
  quoteStyle,
  RESERVED,
  SAFE_KEY,
  skipSpaces,
  trimEnd,
  unquote
} from './scalars.js'
import {unsure} from './unsure.js'
import type {Node, PairNode, ScalarNode, ScalarStyle} from '../../types.js'

/** The line a flow collection sits on. */
export interface FlowLine {
  readonly text: string
  /** end of the line's content */
  readonly lineEnd: number
  /** block collections open around the flow collection */
  readonly blockDepth: number
  /** set when building the tree */
  readonly tree: LineTree | undefined
}

interface Read<T> {
  /** the offset after what was read */
  readonly end: number
  /** its node, when building */
  readonly node?: T | undefined
}

/** The flow collection at `i`, itself `depth` flow levels deep. */
export function readFlow(line: FlowLine, i: number, depth = 0): Read<Node> {
  if (depth + line.blockDepth >= MAX_DEPTH) unsure('deep nesting')
  const {text, lineEnd, tree} = line
  const map = text.charCodeAt(i) === OPEN_BRACE
  const close = map ? CLOSE_BRACE : CLOSE_BRACKET
  const pairs: PairNode[] = []
  const items: Node[] = []
  const keys = map ? new Set<string>() : undefined
  let j = skipSpaces(text, i + 1, lineEnd)
  if (text.charCodeAt(j) !== close) {
    for (;;) {
      if (keys) {
        const key = flowKey(line, j)
        if (keys.has(key.text)) unsure('duplicate key')
        keys.add(key.text)
        const item = flowItem(line, key.next, depth)
        if (tree) pairs.push(tree.flowPair(key.node as ScalarNode, item.node as Node))
        j = item.end
      } else {
        const item = flowItem(line, j, depth)
        if (tree) items.push(item.node as Node)
        j = item.end
      }
      j = skipSpaces(text, j, lineEnd)
      const ch = text.charCodeAt(j)
      if (ch === close) break
      if (ch !== COMMA) unsure('flow collection')
      j = skipSpaces(text, j + 1, lineEnd)
      if (text.charCodeAt(j) === close) unsure('trailing comma')
    }
  }
  const end = j + 1
  if (!tree) return {end}
  return {end, node: map ? tree.flowMap(i, end, pairs) : tree.flowSeq(i, end, items)}
}

/** `key: ` in a flow mapping at `i`: its text, node, and where its value starts. */
function flowKey(line: FlowLine, i: number): Read<ScalarNode> & {text: string; next: number} {
  const {text, lineEnd} = line
  const c = text.charCodeAt(i)
  let end: number
  let key: string
  let style: ScalarStyle = 'plain'
  if (isQuote(c)) {
    const close = closingQuote(text, i, lineEnd)
    if (close === -1) unsure('flow key')
    end = close + 1
    key = unquote(text, i, close)
    style = quoteStyle(c)
  } else {
    end = i
    while (end < lineEnd && !FLOW_KEY_END.test(text[end] as string)) end++
    key = text.slice(i, end)
    if (!SAFE_KEY.test(key) || RESERVED.test(key) || key.endsWith(' ')) unsure('flow key')
  }
  if (text.charCodeAt(end) !== COLON || text.charCodeAt(end + 1) !== SPACE) unsure('flow key without ": "')
  const next = skipSpaces(text, end + 2, lineEnd)
  return {end, text: key, next, node: line.tree?.keyScalar(i, end, key, style)}
}

/** A value in a flow collection at `i` (itself `depth` flow levels deep): a nested collection, a quoted or a plain scalar. */
function flowItem(line: FlowLine, i: number, depth: number): Read<Node> {
  const {text, lineEnd} = line
  const c = text.charCodeAt(i)
  if (c === OPEN_BRACKET || c === OPEN_BRACE) return readFlow(line, i, depth + 1)
  if (isQuote(c)) {
    const close = closingQuote(text, i, lineEnd)
    if (close === -1) unsure('multi-line or escaped quoted scalar')
    return {end: close + 1, node: line.tree?.quoted(i, close + 1, unquote(text, i, close), quoteStyle(c))}
  }
  if (
    !plainStart(c, text.charCodeAt(i + 1)) ||
    ((c === DASH || c === QUESTION_MARK || c === COLON) && FLOW_KEY_END.test(text[i + 1] ?? ''))
  ) {
    unsure('flow value starts with an indicator')
  }
  let j = i
  for (; j < lineEnd; j++) {
    const ch = text.charCodeAt(j)
    if (ch === COMMA || ch === CLOSE_BRACKET || ch === CLOSE_BRACE) break
    if (ch === OPEN_BRACKET || ch === OPEN_BRACE || ch === TAB) unsure('flow scalar')
    if (ch === COLON) {
      const next = text.charCodeAt(j + 1)
      if (
        Number.isNaN(next) ||
        j + 1 >= lineEnd ||
        next === SPACE ||
        next === COMMA ||
        next === CLOSE_BRACKET ||
        next === CLOSE_BRACE
      )
        unsure('flow scalar with ":"')
    }
    if (ch === SPACE && text.charCodeAt(j + 1) === HASH) unsure('comment in a flow collection')
  }
  if (j >= lineEnd) unsure('flow collection not closed on its line')
  const end = trimEnd(text, i, j)
  return {end, node: line.tree?.plain(i, end)}
}
