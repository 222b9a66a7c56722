// A small YAML model and a renderer with many layouts, for the fuzz tests. The model says what the data
// is; the layout (indent, sequence style, flow or block, quoting, comments, blank lines, line endings,
// BOM, document markers) is chosen per node from explicit fields and a seeded random stream, so one
// model renders as many equivalent texts. `dataOf` is the oracle: the data any correct reader sees.
import {parse as parseYamlValue} from 'yaml'

export type QuoteStyle = 'plain' | 'single' | 'double'

export interface YScalar {
  readonly t: 'scalar'
  /** plain: the source text; quoted: the string value */
  readonly text: string
  readonly style: QuoteStyle
  readonly anchor?: string | undefined
  /** a tag such as `!!str` */
  readonly tag?: string | undefined
  /** a trailing comment forced on this line */
  readonly comment?: string | undefined
}

export interface YEntry {
  readonly key: string
  readonly value: YNode
  /** `<<: *alias` */
  readonly merge?: boolean | undefined
  /** written as an explicit key: `? key` and `: value` on the next line (block mappings) */
  readonly explicit?: boolean | undefined
}

export interface YMap {
  readonly t: 'map'
  readonly entries: readonly YEntry[]
  readonly flow?: boolean | undefined
  readonly anchor?: string | undefined
  /**
   * a commented-out key line right after the last value (left over from an edit), this many columns off
   * the mapping's key column (block mappings; kept out of a block scalar's content)
   */
  readonly commentAfter?: number | undefined
}

export interface YSeq {
  readonly t: 'seq'
  readonly items: readonly YNode[]
  readonly flow?: boolean | undefined
  readonly anchor?: string | undefined
}

export interface YAlias {
  readonly t: 'alias'
  readonly name: string
}

/**
 * A literal block scalar (`|`): the value is the lines joined, with one final line break (clip); none
 * (strip, `|-`); or that one and one more per empty line after the last (keep, `|+`).
 */
export interface YBlock {
  readonly t: 'block'
  readonly lines: readonly string[]
  readonly anchor?: string | undefined
  readonly chomp?: 'clip' | 'strip' | 'keep' | undefined
  /** empty lines after the last line (a keep-chomped block keeps them in its value) */
  readonly trailingBlanks?: number | undefined
}

export type YNode = YScalar | YMap | YSeq | YAlias | YBlock

export interface Layout {
  /** 2 or 4 */
  readonly indent: number
  /** block sequences under a key are indented (`key:\n  - a`) or not (`key:\n- a`) */
  readonly seqIndent: boolean
  /** `- key: v` (2) or `-   key: v` (the indent unit) */
  readonly dashPad: 2 | 4
  readonly eol: '\n' | '\r\n'
  readonly bom: boolean
  readonly finalNewline: boolean
  /** 0 none … 3 almost everywhere */
  readonly comments: number
  /** 0 none … 2 often */
  readonly blanks: number
  /** 0 never … 2 often: quote keys that could be plain */
  readonly quoteKeys: number
  /** spaces inside flow braces: `{ a: 1 }` */
  readonly flowSpaces: boolean
  readonly docStart: boolean
  readonly docEnd: boolean
  /** `%YAML 1.2` before the first document */
  readonly directive: boolean
  /** 0 never … 2 often: spaces or tabs at line ends and before comments */
  readonly trailingSpace: number
  /** 0 never … 2 often: a flow mapping under a key spread over several lines */
  readonly flowBreaks: number
  /** 0 never … 2 often: a nested block collection indented by 1–5 spaces instead of the indent unit */
  readonly jitter: number
  /** seeds the per-node choices (which lines get comments, …) */
  readonly seed: number
}

export const COMMENTS = [
  'from kubectl top',
  'memory: 64Mi',
  'TODO raise this',
  "it's fine",
  '{not: flow}',
  '- not an item',
  'ünïcode ✓',
  '#',
  'limits: {memory: 1Gi}',
  '---'
]

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Plain text that reads back as exactly this string, in block and flow context. */
export function plainOk(text: string): boolean {
  if (text === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) || /\s$/.test(text)) return false
  if (
    /[,[\]{}]/.test(text) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':') ||
    /[\t\r\n]/.test(text)
  )
    return false
  try {
    return parseYamlValue(text) === text
  } catch {
    return false
  }
}

class Renderer {
  private readonly random: () => number
  private readonly out: string[] = []
  /** index of the last line of block scalar content */
  private blockEnd = -1
  /** a keep-chomped block scalar just ended: an empty line now would join its value */
  private keepOpen = false
  /** the column of the last block scalar's content */
  private blockColumn = 0

  constructor(private readonly layout: Layout) {
    this.random = rng(layout.seed)
  }

  chance(level: number, max: number): boolean {
    return level > 0 && this.random() < level / (max + 1)
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T
  }

  trailing(forced?: string): string {
    const space = this.chance(this.layout.trailingSpace, 4) ? this.pick([' ', '  ', '\t', ' \t ']) : ''
    if (forced !== undefined) return `${space} # ${forced}`
    return this.chance(this.layout.comments, 4) ? `${space} # ${this.pick(COMMENTS)}` : space
  }

  decorate(indent: string): void {
    if (this.chance(this.layout.blanks, 4) && !this.keepOpen)
      this.out.push(this.chance(1, 2) ? '' : indent.slice(0, Math.floor(this.random() * (indent.length + 1))))
    if (this.chance(this.layout.comments, 5))
      this.out.push(`${this.chance(1, 3) ? '' : indent}# ${this.pick(COMMENTS)}`)
    this.keepOpen = false
  }

  /** A block scalar's header, lines and trailing empty lines; its content is indented to `inner`. */
  block(node: YBlock, head: string, inner: string): void {
    const chomp = node.chomp === 'keep' ? '+' : node.chomp === 'strip' ? '-' : ''
    this.out.push(`${head}${this.anchor(node)}|${chomp}${this.trailing()}`)
    for (const line of node.lines) this.out.push(line === '' ? '' : inner + line)
    for (let k = 0; k < (node.trailingBlanks ?? 0); k++) this.out.push('')
    this.blockEnd = this.out.length - 1
    this.blockColumn = inner.length
    this.keepOpen = node.chomp === 'keep'
  }

  key(key: string): string {
    if (plainOk(key) && !this.chance(this.layout.quoteKeys, 4)) return key
    return this.chance(1, 1) || key.includes("'") ? JSON.stringify(key) : `'${key}'`
  }

  scalar(node: YScalar): string {
    if (node.tag) return `${node.tag} ${this.scalar({...node, tag: undefined})}`
    if (node.style === 'plain') return node.text
    if (node.style === 'single') return `'${node.text.replace(/'/g, "''")}'`
    return JSON.stringify(node.text)
  }

  anchor(node: {anchor?: string | undefined}): string {
    return node.anchor ? `&${node.anchor} ` : ''
  }

  /** `indent`: the column of the line's key, when a mapping may be spread over several lines */
  flow(node: YNode, indent?: number): string {
    const pad = this.layout.flowSpaces ? ' ' : ''
    switch (node.t) {
      case 'scalar':
        return (
          this.anchor(node) +
          (node.style === 'plain' && node.text !== '' && !plainOk(node.text) && !/^[\w.+-]+$/.test(node.text)
            ? JSON.stringify(node.text)
            : this.scalar(node))
        )
      case 'alias':
        return `*${node.name}`
      case 'block':
        return this.anchor(node) + JSON.stringify(blockValue(node))
      case 'map': {
        if (node.entries.length === 0) return `${this.anchor(node)}{}`
        const entries = node.entries.map((e) => `${e.merge ? '<<' : this.key(e.key)}: ${this.flow(e.value)}`)
        if (indent !== undefined && node.entries.length > 1 && this.chance(this.layout.flowBreaks, 3)) {
          // Continuation lines of a flow collection must be indented more than the block it sits in.
          const inner = ' '.repeat(indent + 2 * this.layout.indent)
          const close = ' '.repeat(indent + this.layout.indent)
          const lines = entries.map(
            (e, i) =>
              `${inner}${e}${i < entries.length - 1 ? ',' : ''}${i < entries.length - 1 && this.chance(this.layout.comments, 6) ? ` # ${this.pick(COMMENTS)}` : ''}`
          )
          return `${this.anchor(node)}{\n${lines.join('\n')}\n${close}}`
        }
        return `${this.anchor(node)}{${pad}${entries.join(', ')}${pad}}`
      }
      case 'seq': {
        if (node.items.length === 0) return `${this.anchor(node)}[]`
        return `${this.anchor(node)}[${pad}${node.items.map((i) => this.flow(i)).join(', ')}${pad}]`
      }
    }
  }

  /** How far a nested block collection is indented: the unit, or (jitter) anything from 1 to 5. */
  step(): number {
    return this.chance(this.layout.jitter, 6) ? 1 + Math.floor(this.random() * 5) : this.layout.indent
  }

  isBlockCollection(node: YNode): node is YMap | YSeq {
    return (
      (node.t === 'map' && !node.flow && node.entries.length > 0) ||
      (node.t === 'seq' && !node.flow && node.items.length > 0)
    )
  }

  /** Renders a block map's entries at `indent`; `inItem` means the first line shares the line of a dash. */
  map(node: YMap, indent: number, inItem = false): void {
    const ind = ' '.repeat(indent)
    node.entries.forEach((entry, i) => {
      if (!(inItem && i === 0)) this.decorate(ind)
      const key = entry.merge ? '<<' : this.key(entry.key)
      const value = entry.value
      if (entry.explicit && !entry.merge) {
        this.explicit(key, value, indent)
      } else if (value.t === 'scalar') {
        const text = this.scalar(value)
        const sep = text === '' && !value.anchor ? '' : ' '
        this.out.push(
          `${ind}${key}:${sep}${this.anchor(value).trimEnd()}${value.anchor && text !== '' ? ' ' : ''}${text}${this.trailing(value.comment)}`
        )
      } else if (value.t === 'alias') {
        this.out.push(`${ind}${key}: *${value.name}${this.trailing()}`)
      } else if (value.t === 'block') {
        this.block(value, `${ind}${key}: `, ' '.repeat(indent + this.layout.indent))
      } else if (this.isBlockCollection(value)) {
        this.out.push(`${ind}${key}:${value.anchor ? ` &${value.anchor}` : ''}${this.trailing()}`)
        const step = this.step()
        if (value.t === 'map') this.map(value, indent + step)
        else this.seq(value, this.layout.seqIndent ? indent + step : indent)
      } else {
        this.out.push(`${ind}${key}: ${this.flow(value, indent)}${this.trailing()}`)
      }
    })
    if (node.commentAfter !== undefined) {
      // (right after a block scalar's content a comment line as deep as it would be text)
      const column = Math.max(0, indent + node.commentAfter)
      this.out.push(
        `${' '.repeat(this.blockEnd === this.out.length - 1 ? Math.min(column, this.blockColumn - 1) : column)}# - name: old`
      )
    }
  }

  /** `? key` and `: value` on the line below, at the mapping's indentation. */
  explicit(key: string, value: YNode, indent: number): void {
    const ind = ' '.repeat(indent)
    this.out.push(`${ind}? ${key}${this.trailing()}`)
    if (value.t === 'scalar') {
      const text = this.scalar(value)
      const sep = text === '' && !value.anchor ? '' : ' '
      this.out.push(
        `${ind}:${sep}${this.anchor(value).trimEnd()}${value.anchor && text !== '' ? ' ' : ''}${text}${this.trailing(value.comment)}`
      )
    } else if (value.t === 'alias') {
      this.out.push(`${ind}: *${value.name}${this.trailing()}`)
    } else if (value.t === 'block') {
      this.block(value, `${ind}: `, ' '.repeat(indent + this.layout.indent))
    } else if (this.isBlockCollection(value)) {
      this.out.push(`${ind}:${value.anchor ? ` &${value.anchor}` : ''}${this.trailing()}`)
      const step = this.step()
      if (value.t === 'map') this.map(value, indent + step)
      else this.seq(value, indent + step)
    } else {
      this.out.push(`${ind}: ${this.flow(value, indent)}${this.trailing()}`)
    }
  }

  seq(node: YSeq, indent: number): void {
    const ind = ' '.repeat(indent)
    for (const item of node.items) {
      this.decorate(ind)
      if (item.t === 'map' && this.isBlockCollection(item)) {
        const pad = this.layout.dashPad
        if (item.anchor || this.chance(1, 9)) {
          // The dash alone on its line (an anchor after a dash would belong to the first key).
          this.out.push(`${ind}-${item.anchor ? ` &${item.anchor}` : ''}${this.trailing()}`)
          this.map(item, indent + pad)
        } else {
          const start = this.out.length
          this.map(item, indent + pad, true)
          const first = this.out[start] as string
          this.out[start] = `${ind}-${' '.repeat(pad - 1)}${first.slice(indent + pad)}`
        }
      } else if (item.t === 'block') {
        this.block(item, `${ind}- `, ' '.repeat(indent + this.layout.dashPad))
      } else if (item.t === 'scalar') {
        this.out.push(
          `${ind}- ${this.anchor(item)}${this.scalar(item)}${this.trailing(item.comment)}`.replace(/ $/, '')
        )
      } else if (item.t === 'alias') {
        this.out.push(`${ind}- *${item.name}${this.trailing()}`)
      } else {
        this.out.push(`${ind}- ${this.flow(item)}${this.trailing()}`)
      }
    }
  }

  document(root: YNode | null, index: number): void {
    const {layout} = this
    if (index === 0 && layout.directive) this.out.push('%YAML 1.2')
    if (index > 0 || layout.docStart || layout.directive) this.out.push(`---${this.trailing()}`)
    else this.decorate('')
    if (root === null) {
      if (index === 0 && !layout.docStart && !layout.directive) this.out.push('---')
    } else if (root.t === 'map' && this.isBlockCollection(root)) {
      this.map(root, 0)
    } else if (root.t === 'seq' && this.isBlockCollection(root)) {
      this.seq(root, 0)
    } else {
      this.out.push(this.flow(root))
    }
    if (layout.docEnd) this.out.push('...')
  }

  text(finalNewline: boolean): string {
    // Without a final line break a block scalar would lose its own last one: end with a comment instead.
    if (!finalNewline && this.blockEnd === this.out.length - 1) this.out.push('# end')
    return this.out.join('\n') + (finalNewline ? '\n' : '')
  }
}

/** Renders a stream of documents (null = an empty document) in the given layout. */
export function render(docs: readonly (YNode | null)[], layout: Layout): string {
  const r = new Renderer(layout)
  for (const [i, doc] of docs.entries()) r.document(doc, i)
  let text = r.text(layout.finalNewline)
  if (layout.eol === '\r\n') text = text.replace(/\n/g, '\r\n')
  return (layout.bom ? '\uFEFF' : '') + text
}

/** A JSON manifest: the data of one document, pretty (indent) or on one line (0). */
export function renderJson(doc: YNode, indent: number, eol: '\n' | '\r\n', finalNewline: boolean): string {
  const text = JSON.stringify(dataOf(doc, new Map()), null, indent || undefined) + (finalNewline ? '\n' : '')
  return eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text
}

function blockValue(node: YBlock): string {
  const text = node.lines.join('\n').replace(/\n*$/, '')
  if (node.chomp === 'strip') return text
  if (node.chomp === 'keep') return `${node.lines.join('\n')}\n${'\n'.repeat(node.trailingBlanks ?? 0)}`
  return `${text}\n`
}

/** The data a YAML 1.2 reader with `<<` merge keys sees (aliases are shared references). */
export function dataOf(node: YNode | null, anchors: Map<string, unknown>): unknown {
  if (node === null) return null
  let value: unknown
  switch (node.t) {
    case 'scalar':
      value =
        node.tag === '!!int' || node.tag === '!!float'
          ? Number(node.text)
          : node.style !== 'plain' || node.tag
            ? node.text
            : node.text === ''
              ? null
              : parseYamlValue(node.text)
      break
    case 'block':
      value = blockValue(node)
      break
    case 'alias':
      return anchors.get(node.name)
    case 'seq': {
      const items: unknown[] = []
      if (node.anchor) anchors.set(node.anchor, items)
      for (const item of node.items) items.push(dataOf(item, anchors))
      return items
    }
    case 'map': {
      const out: Record<string, unknown> = {}
      if (node.anchor) anchors.set(node.anchor, out)
      const own = new Set<string>()
      for (const entry of node.entries) {
        const v = dataOf(entry.value, anchors)
        if (entry.merge) {
          for (const source of Array.isArray(v) ? v : [v]) {
            for (const [k, mv] of Object.entries(source as Record<string, unknown>))
              if (!own.has(k) && !(k in out)) out[k] = mv
          }
        } else {
          out[entry.key] = v
          own.add(entry.key)
        }
      }
      return out
    }
  }
  if ('anchor' in node && node.anchor) anchors.set(node.anchor, value)
  return value
}
