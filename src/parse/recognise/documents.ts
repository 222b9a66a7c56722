// The stream level: where documents start, and the characters that make a document "unsure" wherever
// they appear.
import {BYTE_ORDER_MARK, CARRIAGE_RETURN, DASH, DOT, LINE_FEED, PERCENT, SPACE, TAB} from './chars.js'

/** One document's text: [start, end) of the file, starting at its `---` line when it has one. */
export interface DocumentSlice {
  readonly start: number
  readonly end: number
  /** the slice starts with a `---` line (it is a document even when empty) */
  readonly marker: boolean
}

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
  const first = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0
  if (text.charCodeAt(first) === PERCENT || text.includes('\n%')) return undefined
  if (isMarker(text, first, DOT) || text.includes('\n...')) {
    // `...` starting a line is a document-end marker only when followed by white space or the end.
    if (isMarker(text, first, DOT)) return undefined
    for (let i = text.indexOf('\n...'); i !== -1; i = text.indexOf('\n...', i + 1))
      if (isMarker(text, i + 1, DOT)) return undefined
  }
  const starts: number[] = []
  if (isMarker(text, first, DASH)) starts.push(0)
  for (let i = text.indexOf('\n---'); i !== -1; i = text.indexOf('\n---', i + 1))
    if (isMarker(text, i + 1, DASH)) starts.push(i + 1)
  const slices: DocumentSlice[] = []
  if (starts.length === 0 || starts[0] !== 0) slices.push({start: 0, end: starts[0] ?? text.length, marker: false})
  for (let k = 0; k < starts.length; k++)
    slices.push({start: starts[k] as number, end: starts[k + 1] ?? text.length, marker: true})
  return slices
}

/** `---` / `...` (char code `c` three times) at `i`, followed by white space, a line break or the end. */
function isMarker(text: string, i: number, c: number): boolean {
  if (text.charCodeAt(i) !== c || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false
  const next = text.charCodeAt(i + 3)
  return Number.isNaN(next) || next === SPACE || next === TAB || next === LINE_FEED || next === CARRIAGE_RETURN
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
    if (m.index !== 0 || text.charCodeAt(0) !== BYTE_ORDER_MARK) out.push(m.index)
  if (text.includes('\r')) {
    LONE_CR.lastIndex = 0
    for (let m = LONE_CR.exec(text); m; m = LONE_CR.exec(text)) out.push(m.index)
  }
  return out
}
