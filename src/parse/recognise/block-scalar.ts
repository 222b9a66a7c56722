// Block scalars (`|`, `>`, with `-` chomping) as the tree builder needs them: the lines as the line
// scanner meets them, folded into the value yaml resolves them to. (The scanner alone only needs to know
// where a block scalar ends; see LineScanner's `block` mode.)
import {TAB} from './chars.js'
import type {BlockScalar} from './line-tree.js'
import {unsure} from './unsure.js'

/** A block scalar's lines and its value by yaml's literal and folded rules, clip and strip chomping. */
export class BlockLines {
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
