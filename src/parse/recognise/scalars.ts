// Single-line scalars and implicit keys: where they end, what they resolve to, and when yaml might read
// them differently than they look (then `unsure`). Every function reads `text` up to `end`, the end of
// the current line's content.
import {
  AMPERSAND,
  ASTERISK,
  AT,
  BACKSLASH,
  BACKTICK,
  CARRIAGE_RETURN,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DASH,
  DOUBLE_QUOTE,
  EXCLAMATION,
  GREATER_THAN,
  HASH,
  LESS_THAN,
  LINE_FEED,
  OPEN_BRACE,
  OPEN_BRACKET,
  PERCENT,
  PIPE,
  QUESTION_MARK,
  SINGLE_QUOTE,
  SPACE,
  TAB
} from './chars.js'
import {MAX_KEY} from './limits.js'
import {unsure} from './unsure.js'
import type {TopScalar} from './verdict.js'

/** Keys taken without composing: start with a letter, `_` or `$`; no characters that need care. */
export const SAFE_KEY = /^[A-Za-z_$][^"'#:\t[\]{},]*$/
/** Where a plain key in a flow mapping ends. */
export const FLOW_KEY_END = /[:,[\]{}]/
/** Plain words the core schema resolves to booleans or null. */
export const RESERVED = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/
/** Plain values known to resolve to themselves as strings (apiVersion, kind). */
const STRING_SCALAR = /^[A-Za-z][A-Za-z0-9._/-]*$/

export function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && text.charCodeAt(i) === SPACE) i++
  return i
}

export function isQuote(c: number): boolean {
  return c === DOUBLE_QUOTE || c === SINGLE_QUOTE
}

export function quoteStyle(quote: number): 'single' | 'double' {
  return quote === SINGLE_QUOTE ? 'single' : 'double'
}

/** Whether a plain scalar may start with `c` (followed by `next`) in block context. */
export function plainStart(c: number, next: number): boolean {
  switch (c) {
    case DASH:
    case QUESTION_MARK:
    case COLON:
      // `-x` is a plain scalar; `- `, `? `, `: ` are indicators
      return !(Number.isNaN(next) || next === SPACE || next === TAB || next === LINE_FEED || next === CARRIAGE_RETURN)
    case COMMA:
    case OPEN_BRACKET:
    case CLOSE_BRACKET:
    case OPEN_BRACE:
    case CLOSE_BRACE:
    case HASH:
    case AMPERSAND:
    case ASTERISK:
    case EXCLAMATION:
    case PIPE:
    case GREATER_THAN:
    case SINGLE_QUOTE:
    case DOUBLE_QUOTE:
    case PERCENT:
    case AT:
    case BACKTICK:
    case LESS_THAN:
      return false
    default:
      return true
  }
}

/**
 * The closing quote of the quoted scalar at `q` on this line, or -1 (none on the line, or a
 * double-quoted scalar with a backslash escape, which yaml may reject).
 */
export function closingQuote(text: string, q: number, end: number): number {
  const quote = text.charCodeAt(q)
  for (let i = q + 1; i < end; i++) {
    const ch = text.charCodeAt(i)
    if (ch === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE && i + 1 < end) {
        i++
        continue
      }
      return i
    }
    if (ch === BACKSLASH && quote === DOUBLE_QUOTE) return -1
  }
  return -1
}

/** A single-line quoted scalar at `q`; returns the offset after its closing quote. */
export function quotedEnd(text: string, q: number, end: number): number {
  const close = closingQuote(text, q, end)
  if (close === -1) unsure('multi-line or escaped quoted scalar')
  return close + 1
}

/**
 * The content of the single-line quoted scalar from its opening quote at `open` to its closing one at
 * `close` (the scanner accepts no escapes in double quotes; in single quotes `''` is a quote).
 */
export function unquote(text: string, open: number, close: number): string {
  const inner = text.slice(open + 1, close)
  return text.charCodeAt(open) === SINGLE_QUOTE ? inner.replace(/''/g, "'") : inner
}

/**
 * Plain scalar text from `i` to a comment or the line end: must not start with an indicator, hold `: `
 * (a nested map) or end in `:`. Returns where it ends: before ` #` when a comment ends it, else `end`.
 */
export function plainEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (!plainStart(c, text.charCodeAt(i + 1))) unsure('plain scalar starts with an indicator')
  for (let j = i; j < end; j++) {
    const ch = text.charCodeAt(j)
    if (ch === COLON) {
      if (j + 1 >= end) unsure('value ends with :')
      const next = text.charCodeAt(j + 1)
      if (next === SPACE || next === TAB) unsure('value holds ": "')
    } else if (ch === SPACE) {
      if (text.charCodeAt(j + 1) === HASH) return j
    } else if (ch === TAB) {
      unsure('tab in plain scalar')
    }
  }
  return end
}

/** A continuation line of a multi-line plain scalar, starting at `i`. */
export function checkContinuation(text: string, i: number, end: number): void {
  const c = text.charCodeAt(i)
  if (c === TAB) unsure('tab in continuation')
  if (!plainStart(c, text.charCodeAt(i + 1)) || c === DASH) unsure('continuation starts with an indicator')
  for (let j = i; j < end; j++) {
    const ch = text.charCodeAt(j)
    if (ch === COLON) {
      if (j + 1 >= end) unsure('continuation ends with :')
      const next = text.charCodeAt(j + 1)
      if (next === SPACE || next === TAB) unsure('continuation holds ": "')
    } else if (ch === SPACE) {
      if (text.charCodeAt(j + 1) === HASH) unsure('comment in continuation')
    } else if (ch === TAB) {
      unsure('tab in continuation')
    }
  }
}

/** Offset of the `:` ending an implicit key that starts at `i`, or -1 when the line is not `key: …`. */
export function keyColon(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (isQuote(c)) {
    // `"key": value`; a quoted scalar that is not a key is a value
    const close = closingQuote(text, i, end)
    if (close === -1) return -1
    const after = close + 1
    if (after >= end || text.charCodeAt(after) !== COLON) return -1
    const next = after + 1 >= end ? -1 : text.charCodeAt(after + 1)
    return next === -1 || next === SPACE ? after : -1
  }
  for (let j = i; j < end; j++) {
    const ch = text.charCodeAt(j)
    if (ch === COLON) {
      if (j + 1 >= end) return j
      const next = text.charCodeAt(j + 1)
      if (next === SPACE) return j
      if (next === TAB) unsure('tab after :')
    } else if (ch === SPACE && text.charCodeAt(j + 1) === HASH) {
      return -1
    } else if (ch === TAB) {
      unsure('tab in key line')
    }
  }
  return -1
}

/** The resolved string of the key from `i` to `colon`; unsure for anything that may not be a plain string. */
export function keyText(text: string, i: number, colon: number): string {
  if (colon - i > MAX_KEY) unsure('long key')
  const c = text.charCodeAt(i)
  if (c === DOUBLE_QUOTE) {
    const inner = text.slice(i + 1, colon - 1)
    if (inner.includes('\\') || inner.includes('"')) unsure('escaped key')
    return inner
  }
  if (c === SINGLE_QUOTE) return unquote(text, i, colon - 1)
  const key = text.slice(i, trimEnd(text, i, colon))
  if (!SAFE_KEY.test(key) || RESERVED.test(key)) unsure('key may not be a plain string')
  return key
}

/** `end` moved back over the spaces before it, not past `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--
  return end
}

/** The value at `v` when it is a plain single-line scalar that certainly resolves to itself as a string. */
export function topScalar(text: string, v: number, lineEnd: number): TopScalar | undefined {
  let end = v
  while (end < lineEnd) {
    const ch = text.charCodeAt(end)
    if (ch === SPACE) break
    end++
  }
  // only `value` or `value   # comment` on the line
  const rest = skipSpaces(text, end, lineEnd)
  if (rest < lineEnd && (text.charCodeAt(rest) !== HASH || rest === end)) return undefined
  const source = text.slice(v, end)
  if (!STRING_SCALAR.test(source) || RESERVED.test(source)) return undefined
  return {start: v, source}
}
