/** Maps offsets to 1-based line/column. Built once per file; lookups are a binary search. */
export class LineIndex {
  private readonly starts: number[]

  constructor(text: string) {
    const starts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  position(offset: number): {line: number; col: number} {
    const starts = this.starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, col: offset - (starts[lo] as number) + 1}
  }
}

/** The line ending most of a file's lines use (CRLF only when more lines end so than in LF alone); inserted lines match it. */
export function detectEol(text: string): '\n' | '\r\n' {
  let crlf = 0
  let lf = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 0x0d) crlf++
    else lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}
