// The line scanner: reads one document line by line, keeping a stack of the open block collections
// (their kind and indent), and recognises the plain subset of block YAML that docs/parsing.md describes.
// Anything else throws `unsure` (./unsure.ts). Given a LineTree it also builds the document's tree as it
// goes; scalars, flow collections and block scalars are read by ./scalars.ts, ./flow.ts and
// ./block-scalar.ts.
import {BlockLines} from './block-scalar.js'
import {
  BYTE_ORDER_MARK,
  CARRIAGE_RETURN,
  DASH,
  DOUBLE_QUOTE,
  GREATER_THAN,
  HASH,
  OPEN_BRACE,
  OPEN_BRACKET,
  PIPE,
  PLUS,
  SINGLE_QUOTE,
  SPACE,
  TAB
} from './chars.js'
import type {DocumentSlice} from './documents.js'
import {readFlow} from './flow.js'
import {MAX_DEPTH} from './limits.js'
import type {LineTree} from './line-tree.js'
import {
  checkContinuation,
  isQuote,
  keyColon,
  keyText,
  plainEnd,
  quotedEnd,
  quoteStyle,
  skipSpaces,
  topScalar,
  trimEnd,
  unquote
} from './scalars.js'
import {unsure} from './unsure.js'
import type {TopScalar, Verdict} from './verdict.js'

type CollectionKind = 'map' | 'seq'
/** What the previous lines left open: nothing, a block scalar, or a plain scalar that may continue. */
type Mode = 'normal' | 'block-scalar' | 'plain-scalar'
/** A key or `-` whose value may start on the next line. */
type Pending = 'none' | 'map-value' | 'seq-item'

export class LineScanner {
  private readonly kinds: CollectionKind[] = []
  private readonly indents: number[] = []
  /** a block sequence written at its parent key's own indent (`key:\n- a`) */
  private readonly compact: boolean[] = []
  private readonly keySets: (Set<string> | undefined)[] = []
  private mode: Mode = 'normal'
  /** block-scalar: indent of the parent collection; plain-scalar: least indent of a continuation line */
  private parent = 0
  private blockIndent = -1
  private leadingBlank = 0
  private pending: Pending = 'none'
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

  constructor(
    private readonly text: string,
    private readonly slice: DocumentSlice,
    /** set when the scan also builds the document's tree */
    private readonly tree?: LineTree
  ) {}

  run(): Verdict {
    const {text, slice} = this
    let pos = slice.start
    if (pos === 0 && text.charCodeAt(0) === BYTE_ORDER_MARK) {
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
    if (this.mode === 'block-scalar') this.endBlock()
    if (this.pending !== 'none') this.emptyPending(tree, this.commentIndent)
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
    this.lineEnd = nl > pos && text.charCodeAt(nl - 1) === CARRIAGE_RETURN ? nl - 1 : nl
    return nl + 1
  }

  private skipSpaces(i: number): number {
    return skipSpaces(this.text, i, this.lineEnd)
  }

  private line(pos: number): void {
    const text = this.text
    this.lineStartPos = pos
    const first = this.skipSpaces(pos)
    const indent = first - pos
    const blank = first >= this.lineEnd
    const c = blank ? -1 : text.charCodeAt(first)

    if (this.mode === 'block-scalar') {
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
      this.mode = 'normal'
      this.endBlock()
    } else if (this.mode === 'plain-scalar') {
      if (blank) return
      if (indent >= this.parent && c !== HASH) {
        if (this.tree) unsure('multi-line plain scalar')
        checkContinuation(text, first, this.lineEnd)
        // `kind: Deployment` continued on the next line is no longer the word it started with
        if (this.lastTop) this.lastTop.scalar = undefined
        return
      }
      this.mode = 'normal'
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

    if (this.pending !== 'none') {
      const at = this.pendingIndent
      const wasMap = this.pending === 'map-value'
      this.pending = 'none'
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
    if (this.kinds[top] === 'map') this.entry(top, first)
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
    return next === SPACE
  }

  private push(kind: CollectionKind, indent: number, compact: boolean, at: number): number {
    if (this.kinds.length >= MAX_DEPTH) unsure('deep nesting')
    this.tree?.openCollection(kind, at)
    this.kinds.push(kind)
    this.indents.push(indent)
    this.compact.push(compact)
    this.keySets.push(kind === 'map' ? new Set() : undefined)
    return this.kinds.length - 1
  }

  private openSeq(indent: number, compact: boolean, first: number): void {
    this.push('seq', indent, compact, first)
    this.item(first)
  }

  private openMap(indent: number, first: number): void {
    const level = this.push('map', indent, false, first)
    this.entry(level, first)
  }

  /** `- …` at `i`: an item of the sequence on top of the stack. */
  private item(i: number): void {
    const dashCol = i - this.lineStartPos
    const j = this.skipSpaces(i + 1)
    if (j >= this.lineEnd || this.text.charCodeAt(j) === HASH) {
      if (j < this.lineEnd && j === i + 1) unsure('comment after - without space')
      this.pending = 'seq-item'
      this.pendingIndent = dashCol
      this.pendingAt = j
      // (an empty item's range also takes in comment lines before its `-`)
      this.pendingComment = j < this.lineEnd || (this.lineComments !== -1 && i === this.skipSpaces(this.lineStartPos))
      return
    }
    const c = this.text.charCodeAt(j)
    if (c === TAB) unsure('tab in sequence item')
    if (c === DASH && this.isDash(j)) unsure('nested compact sequence')
    if (keyColon(this.text, j, this.lineEnd) !== -1) {
      const level = this.push('map', j - this.lineStartPos, false, j)
      this.entry(level, j)
      return
    }
    this.value(j, dashCol)
  }

  /** `key: value` at `i`, in the map at stack `level`. */
  private entry(level: number, i: number): void {
    const text = this.text
    const colon = keyColon(text, i, this.lineEnd)
    if (colon === -1) unsure('map line without key')
    const key = keyText(text, i, colon)
    const set = this.keySets[level] as Set<string>
    if (set.has(key)) unsure('duplicate key')
    set.add(key)
    if (this.tree) this.treeKey(this.tree, i, colon, key)
    const keyCol = this.indents[level] as number
    const v = this.skipSpaces(colon + 1)
    if (v < this.lineEnd && text.charCodeAt(v) === TAB) unsure('tab after :')
    if (level === 0 && this.keys) {
      const top = {key, scalar: topScalar(text, v, this.lineEnd)}
      this.keys.push(top)
      this.lastTop = top
    }
    if (v >= this.lineEnd || text.charCodeAt(v) === HASH) {
      if (v < this.lineEnd && v === colon + 1) unsure('comment after : without space')
      this.pending = 'map-value'
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
      case PIPE:
      case GREATER_THAN:
        this.blockHeader(v, col)
        return
      case DOUBLE_QUOTE:
      case SINGLE_QUOTE: {
        const end = quotedEnd(text, v, this.lineEnd)
        this.trailing(end)
        this.tree?.put(this.tree.quoted(v, end, unquote(text, v, end - 1), quoteStyle(c)), this.lineNext)
        return
      }
      case OPEN_BRACKET:
      case OPEN_BRACE: {
        const flow = readFlow({text, lineEnd: this.lineEnd, blockDepth: this.kinds.length, tree: this.tree}, v)
        this.trailing(flow.end)
        if (this.tree && flow.node) this.tree.put(flow.node, this.lineNext)
        return
      }
      default: {
        const end = plainEnd(text, v, this.lineEnd)
        this.tree?.put(this.tree.plain(v, trimEnd(text, v, end)), this.lineNext)
        // a comment ends a plain scalar: nothing may continue it
        if (end < this.lineEnd) return
        this.mode = 'plain-scalar'
        this.parent = col + 1
      }
    }
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
    if (ch === PLUS || ch === DASH) i++
    this.trailing(i)
    if (this.tree) {
      // (keep chomping takes trailing empty lines into the value and the range; left to yaml)
      if (ch === PLUS) unsure('block scalar keeping its trailing lines')
      this.block = new BlockLines(v, text.charCodeAt(v) === GREATER_THAN, ch === DASH)
    }
    this.mode = 'block-scalar'
    this.parent = col
    this.blockIndent = -1
    this.leadingBlank = 0
  }

  private treeKey(tree: LineTree, i: number, colon: number, key: string): void {
    const c = this.text.charCodeAt(i)
    if (isQuote(c)) {
      tree.key(tree.keyScalar(i, colon, key, quoteStyle(c)))
      return
    }
    tree.key(tree.keyScalar(i, trimEnd(this.text, i, colon), key, 'plain'))
  }
}
