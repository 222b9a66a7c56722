// Character codes the recogniser compares with `charCodeAt` (numbers, not one-character strings: the scan
// never allocates a string per character).

export const TAB = 0x09
export const LINE_FEED = 0x0a
export const CARRIAGE_RETURN = 0x0d
export const SPACE = 0x20
export const EXCLAMATION = 0x21
export const DOUBLE_QUOTE = 0x22
export const HASH = 0x23
export const PERCENT = 0x25
export const AMPERSAND = 0x26
export const SINGLE_QUOTE = 0x27
export const ASTERISK = 0x2a
export const PLUS = 0x2b
export const COMMA = 0x2c
export const DASH = 0x2d
export const DOT = 0x2e
export const COLON = 0x3a
export const LESS_THAN = 0x3c
export const GREATER_THAN = 0x3e
export const QUESTION_MARK = 0x3f
export const AT = 0x40
export const OPEN_BRACKET = 0x5b
export const BACKSLASH = 0x5c
export const CLOSE_BRACKET = 0x5d
export const BACKTICK = 0x60
export const OPEN_BRACE = 0x7b
export const PIPE = 0x7c
export const CLOSE_BRACE = 0x7d
export const BYTE_ORDER_MARK = 0xfeff
