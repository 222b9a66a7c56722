/** Maps offsets to 1-based line/column. Built once per file; lookups are a binary search. */
export class LineIndex {
  private readonly starts: readonly number[]

  /** From a text, or from the line starts of another index (they cross threads; the text need not). */
  constructor(source: string | readonly number[]) {
    if (typeof source !== 'string') {
      this.starts = source
      return
    }
    const starts = [0]
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
    this.starts = starts
  }

  lineStarts(): number[] {
    return [...this.starts]
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

/** The line ending a file mostly uses; inserted lines must match it. */
export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n')
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n'
}
