// Types handed from one pipeline stage to the next. Every node keeps offsets into the original text so a
// fix can be expressed as edits on that text; nothing downstream needs the yaml library.

/** Half-open [start, end) offsets into a file's original text (UTF-16 code units, as JS strings index). */
export interface Range {
  readonly start: number
  readonly end: number
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block-literal' | 'block-folded'

interface NodeBase {
  /** range of the value itself, without a trailing comment */
  readonly range: Range
  /** anchor defined on this node (`&name`) */
  readonly anchor?: string | undefined
  /** line of the `&anchor` itself (the node's range starts after it) */
  readonly anchorLine?: number | undefined
  /** 1-based line and column of range.start */
  readonly line: number
  readonly col: number
  /** an explicit tag (`!!int`, `!custom`, `!`) written before the node; `range` is where, when it could be placed */
  readonly tag?: {readonly range: Range | undefined} | undefined
}

export interface ScalarNode extends NodeBase {
  readonly type: 'scalar'
  /** resolved value (string, number, boolean, null, …) */
  readonly value: unknown
  /** the value as written, without quotes (the text a quantity parser should see) */
  readonly source: string
  readonly style: ScalarStyle
  /** an empty value (`key:` with nothing after it) has no source text at all */
  readonly empty: boolean
}

export interface PairNode {
  readonly key: string | undefined
  readonly keyNode: Node | null
  readonly value: Node | null
  /** range covering the key, separator and value */
  readonly range: Range
  /** `<<` merge key */
  readonly merge: boolean
}

export interface MapNode extends NodeBase {
  readonly type: 'map'
  readonly flow: boolean
  readonly pairs: readonly PairNode[]
}

export interface SeqNode extends NodeBase {
  readonly type: 'seq'
  readonly flow: boolean
  readonly items: readonly (Node | null)[]
}

export interface AliasNode extends NodeBase {
  readonly type: 'alias'
  readonly name: string
  /** the anchored node this alias refers to (undefined when the anchor does not exist) */
  readonly target: Node | undefined
}

export type Node = ScalarNode | MapNode | SeqNode | AliasNode

/** A key in a data path: map key or sequence index. */
export type PathKey = string | number

export interface ParsedDocument {
  readonly index: number
  readonly root: Node | null
  /** anchors that at least one alias in this document refers to */
  readonly aliasedAnchors: ReadonlySet<string>
  /** plain JS data of the document, for verification */
  toData(): unknown
}

export interface SourceText {
  /** path as reported to users (relative to cwd), or `<stdin>` */
  readonly path: string
  readonly text: string
}

export interface ParsedFile extends SourceText {
  readonly documents: readonly ParsedDocument[]
  /** line ending used for inserted lines */
  readonly eol: '\n' | '\r\n'
  /** yaml's warnings (unresolved tags, …), first lines without positions: a rewrite must not add one */
  readonly warnings?: readonly string[] | undefined
  position(offset: number): {line: number; col: number}
}

export type Severity = 'error' | 'warning' | 'info'

export interface Edit {
  readonly range: Range
  readonly text: string
}

/** What a fix is meant to change in the data: used to verify the rewritten text. */
export interface DataChange {
  readonly document: number
  readonly path: readonly PathKey[]
  readonly value: unknown
}

export interface Fix {
  readonly edits: readonly Edit[]
  readonly changes: readonly DataChange[]
}

export interface Finding {
  readonly ruleId: string
  readonly severity: Severity
  readonly message: string
  readonly path: string
  readonly range: Range
  readonly line: number
  readonly col: number
  readonly endLine: number
  readonly endCol: number
  /** workload and container the finding is about, when it is about one */
  readonly subject?: Subject | undefined
  readonly fix?: Fix | undefined
  /** extra machine-readable facts (current / required bytes, …) */
  readonly data?: Readonly<Record<string, unknown>> | undefined
}

export interface Subject {
  readonly kind: string
  readonly name: string
  readonly namespace: string | undefined
  readonly container: string
  readonly document: number
}
