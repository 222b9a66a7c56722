// A lexical pre-filter in front of the YAML parser. Most bytes in a manifest repo are ConfigMaps and CRDs
// that can never hold a pod template, yet composing them with yaml costs as much as composing workloads.
// This module splits a file into its documents and recognises, line by line, documents written in a
// plain subset of block YAML (block maps and sequences; plain, single-line quoted and block scalars;
// comments; no anchors, aliases, tags, flow collections, tabs or escapes). A recognised document is known
// to parse without errors, so the adapter can compose it only when a later stage walks into it, and can
// answer its top-level `kind` / `apiVersion` without composing at all.
//
// The recogniser is conservative: anything it does not fully understand makes it answer "unsure" and the
// document is parsed by yaml as before. It must never accept a document that yaml rejects; the property is
// tested against yaml itself (test/prefilter.test.ts) and can be switched off (`{prefilter: false}`;
// HEADROOM_NO_PREFILTER=1 in the CLI).

import {GiveUp, LineTree, type BlockScalar, type Positions, type ResolvePlain} from './line-tree.js'
import type {Node, PairNode, ScalarNode, ScalarStyle} from '../types.js'

/** One document's text: [start, end) of the file, starting at its `---` line when it has one. */
export interface DocumentSlice {
  readonly start: number
  readonly end: number
  /** the slice starts with a `---` line (it is a document even when empty) */
  readonly marker: boolean
}

/** A top-level key of a recognised document whose value is a plain single-line scalar. */
export interface TopScalar {
  /** absolute offset of the value */
  readonly start: number
  /** the value as written (resolves to this same string) */
  readonly source: string
}

export interface TopKey {
  readonly key: string
  /** set when the value is a plain scalar that certainly resolves to a string */
  readonly scalar?: TopScalar | undefined
}

export type Verdict =
  | {readonly ok: true; readonly content: boolean; readonly keys: readonly TopKey[] | undefined}
  | {readonly ok: false; readonly reason: string}

/**
 * Where yaml's lexer starts documents: a line beginning with `---` followed by a space, tab, line break or
 * the end. yaml ends every scalar and collection at such a line, whatever state it is in, so documents can
 * be cut there. Undefined when the file needs the full parser to be sure: `%` directives (they reach across
 * documents), `...` document-end markers, or a byte-order mark past the start.
 */
export function splitDocuments(text: string): DocumentSlice[] | undefined {
  if (text.length === 0) return []
  const bomAt = text.indexOf('\uFEFF', 1)
  if (bomAt !== -1) return undefined
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (text.charCodeAt(first) === 0x25 /* % */ || text.includes('\n%')) return undefined
  if (isMarker(text, first, 0x2e) || text.includes('\n...')) {
    // `...` starting a line is a document-end marker only when followed by white space or the end.
    if (isMarker(text, first, 0x2e)) return undefined
    for (let i = text.indexOf('\n...'); i !== -1; i = text.indexOf('\n...', i + 1))
      if (isMarker(text, i + 1, 0x2e)) return undefined
  }
  const starts: number[] = []
  if (isMarker(text, first, 0x2d)) starts.push(0)
  for (let i = text.indexOf('\n---'); i !== -1; i = text.indexOf('\n---', i + 1))
    if (isMarker(text, i + 1, 0x2d)) starts.push(i + 1)
  const slices: DocumentSlice[] = []
  if (starts.length === 0 || starts[0] !== 0) slices.push({start: 0, end: starts[0] ?? text.length, marker: false})
  for (let k = 0; k < starts.length; k++)
    slices.push({start: starts[k] as number, end: starts[k + 1] ?? text.length, marker: true})
  return slices
}

export interface PlannedDocument extends DocumentSlice {
  readonly verdict: Verdict
}

/** The file's documents with a verdict each, or undefined when only the full parser can tell. */
export function planDocuments(text: string): PlannedDocument[] | undefined {
  const slices = splitDocuments(text)
  if (!slices) return undefined
  const suspects = suspectOffsets(text)
  return slices.map((slice) => {
    const suspect = suspects.some((o) => o >= slice.start && o < slice.end)
    return {
      ...slice,
      verdict: suspect ? {ok: false, reason: 'control character, odd line break or BOM'} : scanDocument(text, slice)
    }
  })
}

/** `---` / `...` (char code `c` three times) at `i`, followed by white space, a line break or the end. */
function isMarker(text: string, i: number, c: number): boolean {
  if (text.charCodeAt(i) !== c || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false
  const next = text.charCodeAt(i + 3)
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d
}

/** Characters that make a document "unsure" wherever they appear: controls, odd line breaks, BOMs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g
/** A carriage return not followed by a line feed (searched only in texts that have one at all). */
const LONE_CR = /\r(?!\n)/g

/**
 * Offsets of suspect characters in the whole text (a leading BOM is fine); usually none. Two searches:
 * a lone character class runs a third faster than one alternation with a look-ahead, and most files
 * have no `\r` at all.
 */
export function suspectOffsets(text: string): number[] {
  const out: number[] = []
  SUSPECT.lastIndex = 0
  for (let m = SUSPECT.exec(text); m; m = SUSPECT.exec(text))
    if (m.index !== 0 || text.charCodeAt(0) !== 0xfeff) out.push(m.index)
  if (text.includes('\r')) {
    LONE_CR.lastIndex = 0
    for (let m = LONE_CR.exec(text); m; m = LONE_CR.exec(text)) out.push(m.index)
  }
  return out
}

const MAP = 0
const SEQ = 1
/** Deeper nesting than this goes to yaml (which reports a stack overflow as an error). */
const MAX_DEPTH = 64
/** yaml rejects implicit keys longer than 1024 characters. */
const MAX_KEY = 1000

const SP = 0x20
const TAB = 0x09
const HASH = 0x23
const COLON = 0x3a
const DASH = 0x2d
const CR = 0x0d

class Unsure extends Error {}

function unsure(reason: string): never {
  throw new Unsure(reason)
}

/**
 * Recognises one document slice. `ok: true` means yaml parses it without errors; `keys` lists the
 * top-level keys when the root is a block map whose keys are all plain strings.
 */
export function scanDocument(text: string, slice: DocumentSlice): Verdict {
  try {
    return new Scanner(text, slice).run()
  } catch (error) {
    if (error instanceof Unsure) return {ok: false, reason: error.message}
    throw error
  }
}

/**
 * The tree of a recognised document built from its lines (src/parse/line-tree.ts), or undefined when the
 * document needs yaml after all (see there for when) or is not recognised at all.
 */
export function buildTree(
  text: string,
  slice: DocumentSlice,
  lines: Positions,
  resolvePlain: ResolvePlain
): Node | undefined {
  const tree = new LineTree(text, lines, resolvePlain)
  try {
    new Scanner(text, slice, tree).run()
    return tree.root ?? undefined
  } catch (error) {
    if (error instanceof Unsure || error instanceof GiveUp) return undefined
    throw error
  }
}

/**
 * A block scalar's lines as the scanner meets them, and the value yaml resolves them to (its literal and
 * folded rules, clip and strip chomping; src/parse/line-tree.ts makes the node).
 */
class BlockLines {
  /** per line: start, first non-space, end of content, start of the next line */
  private readonly lines: number[] = []

  constructor(
    private readonly start: number,
    private readonly folded: boolean,
    private readonly strip: boolean
  ) {}

  line(start: number, first: number, end: number, next: number): void {
    // (yaml keeps or drops white space on an empty line by how far it is indented)
    if (first >= end && first > start) unsure('white space on an empty line of a block scalar')
    this.lines.push(start, first, end, next)
  }

  finish(text: string): BlockScalar {
    const lines = this.lines
    let last = lines.length - 4
    while (last >= 0 && (lines[last + 1] as number) >= (lines[last + 2] as number)) last -= 4
    if (last < 0) unsure('empty block scalar')
    let trim = -1
    let value = ''
    let sep = ''
    let moreIndented = false
    for (let k = 0; k <= last; k += 4) {
      const start = lines[k] as number
      const first = lines[k + 1] as number
      const end = lines[k + 2] as number
      const content = first >= end ? '' : text.slice(first, end)
      if (trim === -1) {
        if (content === '') {
          // empty lines before the first line with content are kept as they are
          value += '\n'
          continue
        }
        trim = first - start
      }
      const extra = content === '' ? '' : ' '.repeat(first - start - trim)
      if (!this.folded) {
        value += sep + extra + content
        sep = '\n'
      } else if (extra !== '' || content.charCodeAt(0) === TAB) {
        if (sep === ' ') sep = '\n'
        else if (!moreIndented && sep === '\n') sep = '\n\n'
        value += sep + extra + content
        sep = '\n'
        moreIndented = true
      } else if (content === '') {
        if (sep === '\n') value += '\n'
        else sep = '\n'
      } else {
        value += sep + content
        sep = ' '
        moreIndented = false
      }
    }
    if (!this.strip) value += '\n'
    return {
      start: this.start,
      end: lines[last + 3] as number,
      value,
      style: this.folded ? 'block-folded' : 'block-literal'
    }
  }
}

/** What the previous lines left open: nothing, a block scalar, or a plain scalar that may continue. */
const Mode = {Normal: 0, Block: 1, Plain: 2} as const
/** A key or `-` whose value may start on the next line. */
const Pending = {None: 0, MapValue: 1, SeqItem: 2} as const

class Scanner {
  private readonly kinds: number[] = []
  private readonly indents: number[] = []
  /** a block sequence written at its parent key's own indent (`key:\n- a`) */
  private readonly compact: boolean[] = []
  private readonly keySets: (Set<string> | undefined)[] = []
  private mode: number = Mode.Normal
  /** Block: indent of the parent collection; Plain: least indent of a continuation line */
  private parent = 0
  private blockIndent = -1
  private leadingBlank = 0
  private pending: number = Pending.None
  private pendingIndent = 0
  private content = false
  private keys: {key: string; scalar?: TopScalar | undefined}[] | undefined = []
  /** the top-level key whose plain value the current line may continue */
  private lastTop: {scalar?: TopScalar | undefined} | undefined
  private lineStartPos = 0
  /** end of the current line's content (before `\r\n` / `\n`) */
  private lineEnd = 0
  /** start of the next line (the end of the current one with its line break) */
  private lineNext = 0
  /** the deepest indent of the comment lines since the last line with content (-1: none) */
  private commentIndent = -1
  /** where a pending value that turns out empty sits, and whether a comment follows it on its line */
  private pendingAt = 0
  private pendingComment = false
  /** the deepest indent of the comment lines right before the current line (-1: none) */
  private lineComments = -1
  /** the lines of the block scalar being read, when building */
  private block: BlockLines | undefined
  /** the document starts with a byte-order mark (yaml 2 then rejects a root sequence) */
  private bom = false
  /** end of the plain scalar `plain()` read last (before ` #` or the line end) */
  private plainEnd = 0

  constructor(
    private readonly text: string,
    private readonly slice: DocumentSlice,
    /** set when the scan also builds the document's tree */
    private readonly tree?: LineTree
  ) {}

  run(): Verdict {
    const {text, slice} = this
    let pos = slice.start
    if (pos === 0 && text.charCodeAt(0) === 0xfeff) {
      pos = 1
      this.bom = true
    }
    if (slice.marker) {
      pos += 3
      const nl = this.nextLine(pos)
      // `--- # comment` is fine; `--- value` (content on the marker line) goes to yaml.
      const rest = this.skipSpaces(pos)
      if (rest < this.lineEnd && text.charCodeAt(rest) !== HASH) unsure('content on the --- line')
      if (rest < this.lineEnd && rest === pos) unsure('comment not separated from ---')
      pos = nl
    }
    while (pos < slice.end) {
      const nl = this.nextLine(pos)
      this.lineNext = Math.min(nl, slice.end)
      this.line(pos)
      pos = nl
    }
    if (this.tree) this.finishTree(this.tree)
    return {ok: true, content: this.content, keys: this.content ? this.keys : undefined}
  }

  /** The block scalar read since its header ends: it is the value its key or `-` was waiting for. */
  private endBlock(): void {
    const block = this.block
    this.block = undefined
    if (!block || !this.tree) return
    const scalar = block.finish(this.text)
    this.tree.put(this.tree.block(scalar), scalar.end)
  }

  private finishTree(tree: LineTree): void {
    if (this.mode === Mode.Block) this.endBlock()
    if (this.pending !== Pending.None) this.emptyPending(tree, this.commentIndent)
    this.commentsLeave(0, this.commentIndent, true)
    tree.close(0)
  }

  /**
   * Comment lines right before a line that closes the collections above `level` (or the end of the
   * document): yaml's parser moves them out of each closing collection indented deeper than all of them
   * (or at column 0); otherwise they stay in it as a trailing comment and extend its trailing end, and a
   * comment deeper than the innermost collection joins the last value. Built here: comments that leave
   * every closing collection, or stay in one whose parent goes on.
   */
  private commentsLeave(level: number, deepest: number, end = false): void {
    if (deepest === -1) return
    const open = this.indents.length
    if (level >= open - 1 && !end) return
    // the first comment deeper than the innermost collection extends the value before it
    if (deepest > (this.indents[open - 1] as number)) unsure('comment deeper than the collection it follows')
    for (let k = open - 1; k > level || (end && k >= 0); k--) {
      const indent = this.indents[k] as number
      if (indent === 0 || deepest < indent) continue
      // They stay in collection k and extend only its trailing end, which its parent takes as its own
      // end when the parent closes too.
      if (k - 1 > level || end) unsure('comment at the indent of a collection it closes')
      return
    }
  }

  /** The pending key or `-` got no value. yaml extends an empty value over a comment after it. */
  private emptyPending(tree: LineTree, comments: number): void {
    if (this.pendingComment || comments !== -1) unsure('comment after an empty value')
    tree.emptyValue(this.pendingAt)
  }

  /** Sets lineEnd for the line at `pos`; returns the start of the next line. */
  private nextLine(pos: number): number {
    const {text, slice} = this
    let nl = text.indexOf('\n', pos)
    if (nl === -1 || nl >= slice.end) nl = slice.end
    this.lineEnd = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl
    return nl + 1
  }

  private skipSpaces(i: number): number {
    while (i < this.lineEnd && this.text.charCodeAt(i) === SP) i++
    return i
  }

  private line(pos: number): void {
    const text = this.text
    this.lineStartPos = pos
    const first = this.skipSpaces(pos)
    const indent = first - pos
    const blank = first >= this.lineEnd
    const c = blank ? -1 : text.charCodeAt(first)

    if (this.mode === Mode.Block) {
      const block = this.block
      if (this.blockIndent === -1) {
        if (blank) {
          if (indent > this.leadingBlank) this.leadingBlank = indent
          block?.line(pos, first, this.lineEnd, this.lineNext)
          return
        }
        if (indent > this.parent && c !== TAB) {
          if (this.leadingBlank > indent) unsure('more-indented leading empty lines in a block scalar')
          this.blockIndent = indent
          block?.line(pos, first, this.lineEnd, this.lineNext)
          return
        }
      } else if (blank || indent >= this.blockIndent) {
        block?.line(pos, first, this.lineEnd, this.lineNext)
        return
      }
      if (c === TAB) unsure('tab at the end of a block scalar')
      this.mode = Mode.Normal
      this.endBlock()
    } else if (this.mode === Mode.Plain) {
      if (blank) return
      if (indent >= this.parent && c !== HASH) {
        if (this.tree) unsure('multi-line plain scalar')
        this.continuation(first)
        // `kind: Deployment` continued on the next line is no longer the word it started with
        if (this.lastTop) this.lastTop.scalar = undefined
        return
      }
      this.mode = Mode.Normal
    }
    if (!blank) this.lastTop = undefined

    if (blank) return
    if (c === HASH) {
      if (indent > this.commentIndent) this.commentIndent = indent
      return
    }
    if (c === TAB) unsure('tab as indentation')
    this.content = true
    const comments = this.commentIndent
    this.commentIndent = -1
    this.lineComments = comments

    if (this.pending !== Pending.None) {
      const at = this.pendingIndent
      const wasMap = this.pending === Pending.MapValue
      this.pending = Pending.None
      if (indent > at) {
        if (this.isDash(first)) {
          this.openSeq(indent, false, first)
          return
        }
        this.openMap(indent, first)
        return
      }
      if (wasMap && indent === at && this.isDash(first)) {
        this.openSeq(indent, true, first)
        return
      }
      // otherwise the value was empty (null); the line belongs to an enclosing collection
      if (this.tree) this.emptyPending(this.tree, comments)
    }

    const depth = this.kinds.length
    if (depth === 0) {
      if (indent !== 0) unsure('indented root')
      if (this.isDash(first)) {
        if (this.bom) unsure('sequence after a byte-order mark')
        this.keys = undefined
        this.openSeq(0, false, first)
        return
      }
      this.openMap(0, first)
      return
    }
    let top = depth - 1
    while (top >= 0 && (this.indents[top] as number) > indent) top--
    if (top >= 0 && this.indents[top] === indent && this.compact[top] && !this.isDash(first)) top--
    if (top < 0 || this.indents[top] !== indent) unsure('indentation matches no open collection')
    if (this.tree) this.commentsLeave(top, comments)
    this.truncate(top + 1)
    if (this.kinds[top] === MAP) this.entry(top, first)
    else if (this.isDash(first)) this.item(first)
    else unsure('sequence line without -')
  }

  private truncate(n: number): void {
    // (setting an array's length costs a runtime call even when nothing changes)
    if (this.kinds.length === n) return
    this.tree?.close(n)
    this.kinds.length = n
    this.indents.length = n
    this.compact.length = n
    this.keySets.length = n
  }

  private isDash(i: number): boolean {
    if (this.text.charCodeAt(i) !== DASH) return false
    if (i + 1 >= this.lineEnd) return true
    const next = this.text.charCodeAt(i + 1)
    if (next === TAB) unsure('tab after -')
    return next === SP
  }

  private push(kind: number, indent: number, compact: boolean, at: number): number {
    if (this.kinds.length >= MAX_DEPTH) unsure('deep nesting')
    this.tree?.openCollection(kind === MAP ? 'map' : 'seq', at)
    this.kinds.push(kind)
    this.indents.push(indent)
    this.compact.push(compact)
    this.keySets.push(kind === MAP ? new Set() : undefined)
    return this.kinds.length - 1
  }

  private openSeq(indent: number, compact: boolean, first: number): void {
    this.push(SEQ, indent, compact, first)
    this.item(first)
  }

  private openMap(indent: number, first: number): void {
    const level = this.push(MAP, indent, false, first)
    this.entry(level, first)
  }

  /** `- …` at `i`: an item of the sequence on top of the stack. */
  private item(i: number): void {
    const dashCol = i - this.lineStartPos
    const j = this.skipSpaces(i + 1)
    if (j >= this.lineEnd || this.text.charCodeAt(j) === HASH) {
      if (j < this.lineEnd && j === i + 1) unsure('comment after - without space')
      this.pending = Pending.SeqItem
      this.pendingIndent = dashCol
      this.pendingAt = j
      // (an empty item's range also takes in comment lines before its `-`)
      this.pendingComment = j < this.lineEnd || (this.lineComments !== -1 && i === this.skipSpaces(this.lineStartPos))
      return
    }
    const c = this.text.charCodeAt(j)
    if (c === TAB) unsure('tab in sequence item')
    if (c === DASH && this.isDash(j)) unsure('nested compact sequence')
    if (this.keyColon(j) !== -1) {
      const level = this.push(MAP, j - this.lineStartPos, false, j)
      this.entry(level, j)
      return
    }
    this.value(j, dashCol)
  }

  /** `key: value` at `i`, in the map at stack `level`. */
  private entry(level: number, i: number): void {
    const colon = this.keyColon(i)
    if (colon === -1) unsure('map line without key')
    const key = this.keyText(i, colon)
    const set = this.keySets[level] as Set<string>
    if (set.has(key)) unsure('duplicate key')
    set.add(key)
    if (this.tree) this.treeKey(this.tree, i, colon, key)
    const keyCol = this.indents[level] as number
    const v = this.skipSpaces(colon + 1)
    if (v < this.lineEnd && this.text.charCodeAt(v) === TAB) unsure('tab after :')
    if (level === 0 && this.keys) {
      const top = {key, scalar: this.topScalar(v)}
      this.keys.push(top)
      this.lastTop = top
    }
    if (v >= this.lineEnd || this.text.charCodeAt(v) === HASH) {
      if (v < this.lineEnd && v === colon + 1) unsure('comment after : without space')
      this.pending = Pending.MapValue
      this.pendingIndent = keyCol
      this.pendingAt = v
      this.pendingComment = v < this.lineEnd
      return
    }
    this.value(v, keyCol)
  }

  /** A value at `v` whose collection is at column `col`. */
  private value(v: number, col: number): void {
    const text = this.text
    const c = text.charCodeAt(v)
    switch (c) {
      case 0x7c /* | */:
      case 0x3e /* > */:
        this.blockHeader(v, col)
        return
      case 0x22 /* " */:
      case 0x27 /* ' */:
        {
          const end = this.quoted(v)
          this.trailing(end)
          this.tree?.put(
            this.tree.quoted(v, end, unquote(text, v, end - 1), c === 0x27 ? 'single' : 'double'),
            this.lineNext
          )
          return
        }
      case 0x5b /* [ */:
      case 0x7b /* { */:
        {
          const flow = this.flow(v, 0)
          this.trailing(flow.end)
          if (this.tree && flow.node) this.tree.put(flow.node, this.lineNext)
          return
        }
      default: {
        // a comment ends a plain scalar: nothing may continue it
        const commented = this.plain(v)
        if (this.tree) {
          let end = this.plainEnd
          while (end > v && text.charCodeAt(end - 1) === SP) end--
          this.tree.put(this.tree.plain(v, end), this.lineNext)
        }
        if (commented) return
        this.mode = Mode.Plain
        this.parent = col + 1
      }
    }
  }

  /**
   * A flow collection that opens and closes on this line, at `i`: items and values are plain or quoted
   * single-line scalars or flow collections; map entries are `key: value` with plain-string or quoted keys,
   * no duplicates, no empty values, no trailing comma. Returns the offset after its closing bracket (and
   * its node, when building).
   */
  private flow(i: number, depth: number): {end: number; node?: Node | undefined} {
    if (depth + this.kinds.length >= MAX_DEPTH) unsure('deep nesting')
    const text = this.text
    const map = text.charCodeAt(i) === 0x7b
    const close = map ? 0x7d : 0x5d
    const tree = this.tree
    const pairs: PairNode[] = []
    const items: Node[] = []
    const keys = map ? new Set<string>() : undefined
    let j = this.skipSpaces(i + 1)
    if (text.charCodeAt(j) !== close) {
      for (;;) {
        if (keys) {
          const key = this.flowKey(j)
          if (keys.has(key.text)) unsure('duplicate key')
          keys.add(key.text)
          const item = this.flowItem(key.next, depth)
          if (tree) pairs.push(tree.flowPair(key.node as ScalarNode, item.node as Node))
          j = item.end
        } else {
          const item = this.flowItem(j, depth)
          if (tree) items.push(item.node as Node)
          j = item.end
        }
        j = this.skipSpaces(j)
        const ch = text.charCodeAt(j)
        if (ch === close) break
        if (ch !== 0x2c /* , */) unsure('flow collection')
        j = this.skipSpaces(j + 1)
        if (text.charCodeAt(j) === close) unsure('trailing comma')
      }
    }
    const end = j + 1
    if (!tree) return {end}
    return {end, node: map ? tree.flowMap(i, end, pairs) : tree.flowSeq(i, end, items)}
  }

  /** `key: ` in a flow mapping at `i`: its text, node, and where its value starts. */
  private flowKey(i: number): {text: string; next: number; node?: ScalarNode | undefined} {
    const text = this.text
    const c = text.charCodeAt(i)
    let end: number
    let key: string
    let style: ScalarStyle = 'plain'
    if (c === 0x22 || c === 0x27) {
      const close = this.closingQuote(i)
      if (close === -1) unsure('flow key')
      end = close + 1
      key = unquote(text, i, close)
      style = c === 0x22 ? 'double' : 'single'
    } else {
      end = i
      while (end < this.lineEnd && !FLOW_KEY_END.test(text[end] as string)) end++
      key = text.slice(i, end)
      if (!SAFE_KEY.test(key) || RESERVED.test(key) || key.endsWith(' ')) unsure('flow key')
    }
    if (text.charCodeAt(end) !== COLON || text.charCodeAt(end + 1) !== SP) unsure('flow key without ": "')
    const next = this.skipSpaces(end + 2)
    return {text: key, next, node: this.tree?.keyScalar(i, end, key, style)}
  }

  /** A value in a flow collection at `i` (itself `depth` flow levels deep): a nested collection, a quoted or a plain scalar. */
  private flowItem(i: number, depth: number): {end: number; node?: Node | undefined} {
    const text = this.text
    const c = text.charCodeAt(i)
    if (c === 0x5b || c === 0x7b) return this.flow(i, depth + 1)
    if (c === 0x22 || c === 0x27) {
      const close = this.closingQuote(i)
      if (close === -1) unsure('multi-line or escaped quoted scalar')
      return {
        end: close + 1,
        node: this.tree?.quoted(i, close + 1, unquote(text, i, close), c === 0x27 ? 'single' : 'double')
      }
    }
    if (
      !plainStart(c, text.charCodeAt(i + 1)) ||
      ((c === DASH || c === 0x3f || c === COLON) && FLOW_KEY_END.test(text[i + 1] ?? ''))
    ) {
      unsure('flow value starts with an indicator')
    }
    let j = i
    for (; j < this.lineEnd; j++) {
      const ch = text.charCodeAt(j)
      if (ch === 0x2c || ch === 0x5d || ch === 0x7d) break
      if (ch === 0x5b || ch === 0x7b || ch === TAB) unsure('flow scalar')
      if (ch === COLON) {
        const next = text.charCodeAt(j + 1)
        if (
          Number.isNaN(next) ||
          j + 1 >= this.lineEnd ||
          next === SP ||
          next === 0x2c ||
          next === 0x5d ||
          next === 0x7d
        )
          unsure('flow scalar with ":"')
      }
      if (ch === SP && text.charCodeAt(j + 1) === HASH) unsure('comment in a flow collection')
    }
    if (j >= this.lineEnd) unsure('flow collection not closed on its line')
    let end = j
    while (end > i && text.charCodeAt(end - 1) === SP) end--
    return {end, node: this.tree?.plain(i, end)}
  }

  /** After a complete value: only spaces, then nothing or a comment. */
  private trailing(i: number): void {
    const j = this.skipSpaces(i)
    if (j >= this.lineEnd) return
    if (this.text.charCodeAt(j) !== HASH || j === i) unsure('text after a value')
  }

  private blockHeader(v: number, col: number): void {
    const text = this.text
    let i = v + 1
    const ch = text.charCodeAt(i)
    if (ch === 0x2b /* + */ || ch === DASH) i++
    this.trailing(i)
    if (this.tree) {
      // (keep chomping takes trailing empty lines into the value and the range; left to yaml)
      if (ch === 0x2b) unsure('block scalar keeping its trailing lines')
      this.block = new BlockLines(v, text.charCodeAt(v) === 0x3e, ch === DASH)
    }
    this.mode = Mode.Block
    this.parent = col
    this.blockIndent = -1
    this.leadingBlank = 0
  }

  /** A single-line quoted scalar at `q`; returns the offset after its closing quote. */
  private quoted(q: number): number {
    const close = this.closingQuote(q)
    if (close === -1) unsure('multi-line or escaped quoted scalar')
    return close + 1
  }

  /**
   * The closing quote of the quoted scalar at `q` on this line, or -1 (none on the line, or a
   * double-quoted scalar with a backslash escape, which yaml may reject).
   */
  private closingQuote(q: number): number {
    const text = this.text
    const quote = text.charCodeAt(q)
    const end = this.lineEnd
    for (let i = q + 1; i < end; i++) {
      const ch = text.charCodeAt(i)
      if (ch === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < end) {
          i++
          continue
        }
        return i
      }
      if (ch === 0x5c /* backslash */ && quote === 0x22) return -1
    }
    return -1
  }

  /**
   * Plain scalar text from `i` to a comment or the line end: must not start with an indicator, hold `: `
   * (a nested map) or end in `:`. Returns true when a comment ends it.
   */
  private plain(i: number): boolean {
    const text = this.text
    const c = text.charCodeAt(i)
    if (!plainStart(c, text.charCodeAt(i + 1))) unsure('plain scalar starts with an indicator')
    const end = this.lineEnd
    for (let j = i; j < end; j++) {
      const ch = text.charCodeAt(j)
      if (ch === COLON) {
        if (j + 1 >= end) unsure('value ends with :')
        const next = text.charCodeAt(j + 1)
        if (next === SP || next === TAB) unsure('value holds ": "')
      } else if (ch === SP) {
        if (text.charCodeAt(j + 1) === HASH) {
          this.plainEnd = j
          return true
        }
      } else if (ch === TAB) {
        unsure('tab in plain scalar')
      }
    }
    this.plainEnd = end
    return false
  }

  /** A continuation line of a multi-line plain scalar, starting at `i`. */
  private continuation(i: number): void {
    const c = this.text.charCodeAt(i)
    if (c === TAB) unsure('tab in continuation')
    if (!plainStart(c, this.text.charCodeAt(i + 1)) || c === DASH) unsure('continuation starts with an indicator')
    const end = this.lineEnd
    const text = this.text
    for (let j = i; j < end; j++) {
      const ch = text.charCodeAt(j)
      if (ch === COLON) {
        if (j + 1 >= end) unsure('continuation ends with :')
        const next = text.charCodeAt(j + 1)
        if (next === SP || next === TAB) unsure('continuation holds ": "')
      } else if (ch === SP) {
        if (text.charCodeAt(j + 1) === HASH) unsure('comment in continuation')
      } else if (ch === TAB) {
        unsure('tab in continuation')
      }
    }
  }

  /** Offset of the `:` ending an implicit key that starts at `i`, or -1 when the line is not `key: …`. */
  private keyColon(i: number): number {
    const text = this.text
    const end = this.lineEnd
    const c = text.charCodeAt(i)
    if (c === 0x22 || c === 0x27) {
      // `"key": value`; a quoted scalar that is not a key is a value
      const close = this.closingQuote(i)
      if (close === -1) return -1
      const after = close + 1
      if (after >= end || text.charCodeAt(after) !== COLON) return -1
      const next = after + 1 >= end ? -1 : text.charCodeAt(after + 1)
      return next === -1 || next === SP ? after : -1
    }
    for (let j = i; j < end; j++) {
      const ch = text.charCodeAt(j)
      if (ch === COLON) {
        if (j + 1 >= end) return j
        const next = text.charCodeAt(j + 1)
        if (next === SP) return j
        if (next === TAB) unsure('tab after :')
      } else if (ch === SP && text.charCodeAt(j + 1) === HASH) {
        return -1
      } else if (ch === TAB) {
        unsure('tab in key line')
      }
    }
    return -1
  }

  private treeKey(tree: LineTree, i: number, colon: number, key: string): void {
    const c = this.text.charCodeAt(i)
    if (c === 0x22 || c === 0x27) {
      tree.key(tree.keyScalar(i, colon, key, c === 0x22 ? 'double' : 'single'))
      return
    }
    let end = colon
    while (end > i && this.text.charCodeAt(end - 1) === SP) end--
    tree.key(tree.keyScalar(i, end, key, 'plain'))
  }

  /** The resolved string of the key from `i` to `colon`; unsure for anything that may not be a plain string. */
  private keyText(i: number, colon: number): string {
    const text = this.text
    if (colon - i > MAX_KEY) unsure('long key')
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      const inner = text.slice(i + 1, colon - 1)
      if (inner.includes('\\') || inner.includes('"')) unsure('escaped key')
      return inner
    }
    if (c === 0x27) return unquote(text, i, colon - 1)
    let end = colon
    while (end > i && text.charCodeAt(end - 1) === SP) end--
    const key = text.slice(i, end)
    if (!SAFE_KEY.test(key) || RESERVED.test(key)) unsure('key may not be a plain string')
    return key
  }

  /** The value at `v` when it is a plain single-line scalar that certainly resolves to itself as a string. */
  private topScalar(v: number): TopScalar | undefined {
    const text = this.text
    let end = v
    while (end < this.lineEnd) {
      const ch = text.charCodeAt(end)
      if (ch === SP) break
      end++
    }
    // only `value` or `value   # comment` on the line
    const rest = this.skipSpaces(end)
    if (rest < this.lineEnd && (text.charCodeAt(rest) !== HASH || rest === end)) return undefined
    const source = text.slice(v, end)
    if (!STRING_SCALAR.test(source) || RESERVED.test(source)) return undefined
    return {start: v, source}
  }
}

/**
 * The content of the single-line quoted scalar from its opening quote at `open` to its closing one at
 * `close` (the scanner accepts no escapes in double quotes; in single quotes `''` is a quote).
 */
function unquote(text: string, open: number, close: number): string {
  const inner = text.slice(open + 1, close)
  return text.charCodeAt(open) === 0x27 ? inner.replace(/''/g, "'") : inner
}

/** Keys taken without composing: start with a letter, `_` or `$`; no characters that need care. */
const SAFE_KEY = /^[A-Za-z_$][^"'#:\t[\]{},]*$/
/** Where a plain key in a flow mapping ends. */
const FLOW_KEY_END = /[:,[\]{}]/
/** Plain words the core schema resolves to booleans or null. */
const RESERVED = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/
/** Plain values known to resolve to themselves as strings (apiVersion, kind). */
const STRING_SCALAR = /^[A-Za-z][A-Za-z0-9._/-]*$/

/** Whether a plain scalar may start with `c` (followed by `next`) in block context. */
function plainStart(c: number, next: number): boolean {
  switch (c) {
    case 0x2d /* - */:
    case 0x3f /* ? */:
    case 0x3a /* : */:
      // `-x` is a plain scalar; `- `, `? `, `: ` are indicators
      return !(Number.isNaN(next) || next === SP || next === TAB || next === 0x0a || next === CR)
    case 0x2c /* , */:
    case 0x5b /* [ */:
    case 0x5d /* ] */:
    case 0x7b /* { */:
    case 0x7d /* } */:
    case 0x23 /* # */:
    case 0x26 /* & */:
    case 0x2a /* * */:
    case 0x21 /* ! */:
    case 0x7c /* | */:
    case 0x3e /* > */:
    case 0x27 /* ' */:
    case 0x22 /* " */:
    case 0x25 /* % */:
    case 0x40 /* @ */:
    case 0x60 /* ` */:
    case 0x3c /* < */:
      return false
    default:
      return true
  }
}
