// The tree of a recognised document, built from its lines (./line-scanner.ts drives this while it
// scans) instead of being composed by yaml. Workload documents are a tenth of a repo's bytes
// but composing them was a third of a check: lexer tokens, CST, yaml nodes, then our nodes on top.
//
// The nodes must be exactly what the yaml adapter makes from yaml's tree: same values, styles and ranges,
// including yaml's range ends (a collection ends where its last value's trailing comment and line break
// end; an empty value sits after the `:` or `-` and the spaces behind it). Where yaml's placement depends
// on how its parser hands comments between collections (a comment kept by a collection whose parent
// closes on the same line, a comment deeper than the value before it, a comment after an empty value), for
// multi-line plain scalars and for block scalars that keep their trailing lines or hold white space on an
// empty line, the builder gives up and the document is composed by yaml as before.
// test/line-tree.test.ts compares both trees node by node.
import type {MapNode, Node, PairNode, ScalarNode, ScalarStyle, SeqNode} from '../../types.js'

/** Offsets to 1-based line and column. */
export type Positions = {position(offset: number): {line: number; col: number}}

/** What a plain single-line scalar resolves to under the YAML 1.2 core schema (given by the adapter). */
export type ResolvePlain = (source: string) => unknown

export class GiveUp extends Error {}

/** A block scalar the scanner read: its range (header to the line break of its last line) and value. */
export interface BlockScalar {
  readonly start: number
  readonly end: number
  readonly value: string
  readonly style: 'block-literal' | 'block-folded'
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]}
type Collection = Mutable<MapNode> | Mutable<SeqNode>
type Pair = Mutable<PairNode> & {range: {start: number; end: number}}

export class LineTree {
  root: Node | null = null
  private readonly open: Collection[] = []
  /** per open collection: where its latest value ends, trailing comment and line break included */
  private readonly lastEnd: number[] = []
  /** per open collection: the pair holding it, when its parent is a map */
  private readonly holders: (Pair | undefined)[] = []
  /** the pair of the innermost map whose value comes next */
  private pair: Pair | undefined

  constructor(
    /** the whole file's text (scalar sources are sliced from it) */
    private readonly text: string,
    private readonly lines: Positions,
    private readonly resolvePlain: ResolvePlain
  ) {}

  /** A block collection starting at `at`, as the value of whatever is open (a pair, a sequence item, the root). */
  openCollection(kind: 'map' | 'seq', at: number): void {
    const {line, col} = this.lines.position(at)
    const range = {start: at, end: at}
    const node: Collection =
      kind === 'map'
        ? {
            type: 'map',
            flow: false,
            range,
            line,
            col,
            anchor: undefined,
            anchorLine: undefined,
            pairs: [] as PairNode[]
          }
        : {
            type: 'seq',
            flow: false,
            range,
            line,
            col,
            anchor: undefined,
            anchorLine: undefined,
            items: [] as (Node | null)[]
          }
    const holder = this.attach(node)
    this.open.push(node)
    this.lastEnd.push(at)
    this.holders.push(holder)
  }

  /** Closes collections until `depth` are open; each ends where its last value ends. */
  close(depth: number): void {
    while (this.open.length > depth) {
      const node = this.open.pop() as Collection
      const end = this.lastEnd.pop() as number
      const holder = this.holders.pop()
      ;(node.range as {end: number}).end = end
      if (holder) holder.range.end = end
      if (this.lastEnd.length > 0) this.lastEnd[this.lastEnd.length - 1] = end
      this.pair = undefined
    }
  }

  /** A key of the innermost (map) collection (a node from `keyScalar`): its pair's value comes next. */
  key(keyNode: ScalarNode): void {
    const pair: Pair = {key: keyNode.value as string, keyNode, value: null, range: {...keyNode.range}, merge: false}
    ;((this.top() as MapNode).pairs as PairNode[]).push(pair)
    this.pair = pair
  }

  /**
   * The value the open pair, sequence or document waits for; `nodeEnd` is where yaml ends it (after its
   * trailing comment and line break), which ends its collection when it is the last value.
   */
  put(node: Node, nodeEnd: number): void {
    const pair = this.attach(node)
    if (pair) pair.range.end = node.range.end
    this.lastEnd[this.lastEnd.length - 1] = nodeEnd
  }

  /** A key [start, end) as written, resolving to the string `key`. */
  keyScalar(start: number, end: number, key: string, style: ScalarStyle): ScalarNode {
    return this.scalar(start, end, key, key, style)
  }

  /** A plain single-line scalar. */
  plain(start: number, end: number): ScalarNode {
    const source = this.text.slice(start, end)
    return this.scalar(start, end, this.resolvePlain(source), source, 'plain')
  }

  /** A single-line quoted scalar [start, end) (quotes included) whose content resolves to `source`. */
  quoted(start: number, end: number, source: string, style: 'single' | 'double'): ScalarNode {
    return this.scalar(start, end, source, source, style)
  }

  block(block: BlockScalar): ScalarNode {
    return this.scalar(block.start, block.end, block.value, block.value, block.style)
  }

  flowMap(start: number, end: number, pairs: PairNode[]): MapNode {
    const {line, col} = this.lines.position(start)
    return {type: 'map', flow: true, range: {start, end}, line, col, anchor: undefined, anchorLine: undefined, pairs}
  }

  flowSeq(start: number, end: number, items: Node[]): SeqNode {
    const {line, col} = this.lines.position(start)
    return {type: 'seq', flow: true, range: {start, end}, line, col, anchor: undefined, anchorLine: undefined, items}
  }

  flowPair(keyNode: ScalarNode, value: Node): PairNode {
    return {
      key: keyNode.value as string,
      keyNode,
      value,
      range: {start: keyNode.range.start, end: value.range.end},
      merge: false
    }
  }

  /** A value with nothing written: yaml places it at `at` (after the indicator and its spaces). */
  emptyValue(at: number): void {
    this.put(this.scalar(at, at, null, '', 'plain'), at)
  }

  private top(): Collection {
    const top = this.open[this.open.length - 1]
    if (!top) throw new GiveUp('no open collection')
    return top
  }

  private scalar(start: number, end: number, value: unknown, source: string, style: ScalarStyle): ScalarNode {
    const {line, col} = this.lines.position(start)
    return {
      type: 'scalar',
      value,
      source,
      style,
      empty: start === end,
      range: {start, end},
      line,
      col,
      anchor: undefined,
      anchorLine: undefined
    }
  }

  /** Puts `node` where the next value goes; returns the pair that holds it, if any. */
  private attach(node: Node): Pair | undefined {
    const top = this.open[this.open.length - 1]
    if (!top) {
      if (this.root) throw new GiveUp('second root')
      this.root = node
      return undefined
    }
    if (top.type === 'seq') {
      ;(top.items as (Node | null)[]).push(node)
      return undefined
    }
    const pair = this.pair
    if (!pair || pair.value) throw new GiveUp('value without a key')
    pair.value = node
    this.pair = undefined
    return pair
  }
}
