// Stage: wanted values at key paths -> text edits on the original file. Replaces the one scalar that
// changes (keeping its quotes) or inserts the missing keys, all of one mapping in a single edit, in the
// file's own style: block or flow, indentation, line endings. It never re-serialises anything.
import {lookup, type Indirection, type Lookup} from '../parse/nodes.js'
import {scalarData} from '../parse/yaml-adapter.js'
import type {
  DataChange,
  Edit,
  Fix,
  MapNode,
  Node,
  PairNode,
  ParsedDocument,
  ParsedFile,
  PathKey,
  Range,
  ScalarNode,
  ScalarStyle
} from '../types.js'
import {indentUnit, lineEndAfter} from './layout.js'

export interface SetValue {
  readonly document: ParsedDocument
  /** the map the keys start from (a container, a pod template's metadata, …) */
  readonly map: MapNode
  readonly mapPath: readonly PathKey[]
  readonly keys: readonly string[]
  /** the string to write (unquoted); quoting follows the existing scalar or `style` */
  readonly value: string
  /** style for a newly inserted scalar */
  readonly style?: ScalarStyle | undefined
}

export type Planned = {ok: true; fix: Fix} | {ok: false; reason: string}

/** Wanted values below one map, as a tree: a leaf is the value to write. */
interface Leaf {
  readonly value: string
  readonly style: ScalarStyle | undefined
  readonly path: readonly PathKey[]
}
type Tree = Map<string, Tree | Leaf>

interface Context {
  readonly file: ParsedFile
  readonly document: ParsedDocument
  readonly edits: Edit[]
  readonly changes: DataChange[]
  /** the document is JSON (a flow mapping with double-quoted keys): everything written stays JSON */
  readonly json: boolean
}

class Refusal extends Error {}

/** Plans all values of one fix together, so keys missing from the same mapping go in as one block. */
export function planSetValues(file: ParsedFile, wanted: readonly SetValue[]): Planned {
  const first = wanted[0]
  if (!first) return {ok: false, reason: 'nothing to change'}
  if (wanted.some((w) => w.map !== first.map || w.document !== first.document)) {
    return wanted.reduce<Planned>((acc, w) => (acc.ok ? merge(acc, planSetValues(file, [w])) : acc), {
      ok: true,
      fix: {edits: [], changes: []}
    })
  }
  const tree: Tree = new Map()
  for (const want of wanted) {
    let node = tree
    want.keys.forEach((key, i) => {
      if (i === want.keys.length - 1) {
        node.set(key, {value: want.value, style: want.style, path: [...want.mapPath, ...want.keys]})
        return
      }
      let next = node.get(key)
      if (!next || isLeaf(next)) {
        next = new Map()
        node.set(key, next)
      }
      node = next
    })
  }
  const root = first.document.root
  const rootKey = root?.type === 'map' ? root.pairs[0]?.keyNode : undefined
  const json = root?.type === 'map' && root.flow && rootKey?.type === 'scalar' && rootKey.style === 'double'
  const context: Context = {file, document: first.document, edits: [], changes: [], json}
  try {
    refuseSharedPath(context, first.mapPath)
    planMap(context, first.map, tree, [])
  } catch (error) {
    if (error instanceof Refusal) return {ok: false, reason: error.message}
    throw error
  }
  return {ok: true, fix: {edits: context.edits, changes: context.changes}}
}

function merge(a: Planned, b: Planned): Planned {
  if (!a.ok) return a
  if (!b.ok) return b
  return {ok: true, fix: {edits: [...a.fix.edits, ...b.fix.edits], changes: [...a.fix.changes, ...b.fix.changes]}}
}

function isLeaf(entry: Tree | Leaf): entry is Leaf {
  return !(entry instanceof Map)
}

function planMap(context: Context, map: MapNode, tree: Tree, keyPath: readonly string[]): void {
  refuseShared(context, map)
  const missing: Tree = new Map()
  for (const [key, want] of tree) {
    const found = lookup(map, key)
    if (!found) {
      missing.set(key, want)
      continue
    }
    const where = [...keyPath, key].join('.')
    const via = ownVia(context, found, key)
    if (via) throw sharedVia(where, via)
    const value = found.value
    if (value === null || (value.type === 'scalar' && value.empty)) {
      fillEmpty(context, map, found.pair.keyNode, value, want, where)
      continue
    }
    refuseShared(context, value)
    if (!isLeaf(want) && value.type === 'scalar' && value.value === null && value.style === 'plain') {
      // `resources: null` / `~` / `!!null ~`: the token (and its tag) is replaced by the wanted mapping, written inline.
      const span = valueSpan(context, value, where)
      context.edits.push({range: span.range, text: span.props + renderFlow(context, want, context.json)})
      continue
    }
    if (isLeaf(want)) {
      if (value.type !== 'scalar')
        throw new Refusal(`${where} is a ${value.type === 'map' ? 'mapping' : 'sequence'}, not a scalar`)
      replaceScalar(context, value, want, where)
    } else {
      if (value.type !== 'map') throw new Refusal(`${where} is ${describe(value)}, expected a mapping`)
      planMap(context, value, want, [...keyPath, key])
    }
  }
  if (missing.size > 0) insertKeys(context, map, missing)
}

/**
 * Why a value found under `key` cannot be edited where it is written: it is reached through an alias, or
 * merged (`<<:`) from an anchor that something else uses. A mapping merged inline (`<<: {…}`) that no
 * alias shares belongs to this place alone, and is edited in place.
 */
function ownVia(context: Context, found: Lookup, key: string): Indirection | undefined {
  const source = found.viaNode
  if (found.via?.kind !== 'merge' || source?.type !== 'map' || shared(context, source)) return found.via
  const inner = lookup(source, key)
  return inner?.via ? ownVia(context, inner, key) : undefined
}

function sharedVia(where: string, via: Indirection): Refusal {
  const merge = via.kind === 'merge' ? 'merge key <<: ' : ''
  return new Refusal(
    `${where} comes from ${merge}anchor &${via.anchor} (line ${via.line}); editing it would change every user of the anchor`
  )
}

function shared(context: Context, node: Node): boolean {
  return node.anchor !== undefined && context.document.aliasedAnchors.has(node.anchor)
}

/**
 * The way from the document's root to the mapping edited: when a mapping on it is anchored and used by an
 * alias, or the way goes through an alias or a shared merge, the edit would change every user of the anchor.
 */
function refuseSharedPath(context: Context, path: readonly PathKey[]): void {
  let node = context.document.root
  const walked: PathKey[] = []
  for (const key of path) {
    if (!node) return
    if (node.type === 'alias') {
      throw new Refusal(
        `${walked.join('.') || 'the document'} is the alias *${node.name}; editing it would change every user of the anchor &${node.name}`
      )
    }
    if (shared(context, node)) {
      throw new Refusal(
        `${walked.join('.') || 'the document'} is anchor &${node.anchor} (line ${node.anchorLine ?? node.line}), which aliases use too; editing it would change every user of the anchor`
      )
    }
    walked.push(key)
    if (node.type === 'map' && typeof key === 'string') {
      const found = lookup(node, key)
      if (!found) return
      const via = ownVia(context, found, key)
      if (via) throw sharedVia(walked.join('.'), via)
      node = found.value
    } else if (node.type === 'seq' && typeof key === 'number') {
      node = node.items[key] ?? null
    } else {
      return
    }
  }
}

function refuseShared(context: Context, node: Node): void {
  if (shared(context, node)) {
    throw new Refusal(
      `value comes from anchor &${node.anchor} (line ${node.anchorLine ?? node.line}); editing it would change every alias of it`
    )
  }
}

function describe(node: Node): string {
  if (node.type === 'scalar') return `the scalar ${JSON.stringify(node.source)}`
  return node.type === 'seq' ? 'a sequence' : 'an alias'
}

function replaceScalar(context: Context, node: ScalarNode, want: Leaf, where: string): void {
  if (node.style === 'block-literal' || node.style === 'block-folded')
    throw new Refusal(`${where} is a block scalar; edit it by hand`)
  // In JSON a plain scalar is a number: the quantity string it becomes needs quotes.
  const text = quote(want.value, context.json && node.style === 'plain' ? 'double' : node.style)
  const span = valueSpan(context, node, where)
  context.edits.push({range: span.range, text: span.props + text})
  context.changes.push({document: context.document.index, path: want.path, value: scalarData(text)})
}

/**
 * What a new value replaces: the node and its explicit tag, if any (`!!int 146800640` becomes `180Mi`: the
 * value written is a quantity string, whatever the old tag made of the old one; kubectl cannot decode a
 * quantity tagged `!!int`). `props` is what stays in front of the new value (an anchor between tag and value).
 */
function valueSpan(context: Context, node: Node, where: string): {range: Range; props: string} {
  if (!node.tag) return {range: node.range, props: ''}
  const tag = node.tag.range
  if (!tag) throw new Refusal(`${where} has a tag that is not written right before its value; edit it by hand`)
  const props = context.file.text.slice(tag.end, node.range.start).trim()
  return {range: {start: tag.start, end: node.range.end}, props: props === '' ? '' : `${props} `}
}

/** `key:` with no value (or only a tag, `key: !!null`): the wanted value or mapping goes right after the key. */
function fillEmpty(
  context: Context,
  parent: MapNode,
  keyNode: Node | null,
  value: Node | null,
  want: Tree | Leaf,
  where: string
): void {
  if (!keyNode) throw new Refusal('a key without a key node')
  const {file} = context
  const span = value
    ? valueSpan(context, value, where)
    : {range: {start: keyNode.range.end, end: keyNode.range.end}, props: ''}
  const at = span.range.start
  // `{…, limits}`: a key written without its `:` gets one
  const colon = value !== null || file.text.slice(keyNode.range.end, at).includes(':')
  if (!colon && !parent.flow) throw new Refusal(`${where} is an explicit key without a value; edit it by hand`)
  const sep = !colon ? ': ' : file.text[at - 1] === ':' ? ' ' : ''
  if (isLeaf(want)) {
    const text = scalarText(want, parent, context)
    context.edits.push({range: span.range, text: sep + span.props + text})
    record(context, want, text)
    return
  }
  if (parent.flow) {
    context.edits.push({
      range: span.range,
      text: sep + span.props + renderFlow(context, want, quotedKeys(parent, context))
    })
    return
  }
  // The tag of an empty value goes (its mapping is written on the lines below).
  if (value?.tag?.range) {
    let start = value.tag.range.start
    while (start > 0 && (file.text[start - 1] === ' ' || file.text[start - 1] === '\t')) start--
    context.edits.push({range: {start, end: value.tag.range.end}, text: ''})
  }
  const unit = indentUnit(context.document)
  // (`? resources` / `:` on the next line: the mapping goes below the `:`)
  const insertAt = lineEndAfter(file.text, value && value.line > keyNode.line ? value.range.start : keyNode.range.end)
  const lines = renderBlock(context, want, ' '.repeat(keyColumn(file.text, parent) - 1 + unit), unit, parent)
  context.edits.push({range: {start: insertAt, end: insertAt}, text: file.eol + lines.join(file.eol)})
}

function insertKeys(context: Context, map: MapNode, missing: Tree): void {
  const {file} = context
  if (map.flow) {
    const entries = renderFlowEntries(context, missing, quotedKeys(map, context))
    const lastPair = map.pairs[map.pairs.length - 1]
    if (!lastPair) {
      // Right after the `{`: the `}` may sit on a line of its own, even at the key's indentation, or
      // after a comment inside the braces (`{ # none yet`), where an entry would be out of place.
      if (file.text[map.range.start] !== '{') throw new Refusal('cannot find the start of the flow mapping')
      context.edits.push({range: {start: map.range.start + 1, end: map.range.start + 1}, text: entries})
      return
    }
    const end = lastPair.range.end
    context.edits.push({range: {start: end, end}, text: `, ${entries}`})
    return
  }
  const lastPair = map.pairs[map.pairs.length - 1]
  if (!map.pairs[0]?.keyNode || !lastPair) throw new Refusal('empty block mapping')
  const unit = indentUnit(context.document)
  const lines = renderBlock(context, missing, ' '.repeat(keyColumn(file.text, map) - 1), unit, map)
  const after = afterLastValue(file.text, lastPair)
  // (after a block scalar that keeps its trailing lines the new lines start a line of their own)
  const text = after.lineStart ? lines.join(file.eol) + file.eol : file.eol + lines.join(file.eol)
  context.edits.push({range: {start: after.at, end: after.at}, text})
}

/**
 * Where lines go after the last value of a block mapping: right after the last thing written in it, not
 * where yaml ends the mapping (which takes in comment lines after it, such as a commented-out key), so the
 * new keys sit next to their siblings whatever follows. After a block scalar that keeps its trailing empty
 * lines (`|+`), after those lines: they are part of its value.
 */
function afterLastValue(text: string, pair: PairNode): {at: number; lineStart: boolean} {
  let node: Node | null = pair.value
  let key: Node | null = pair.keyNode
  for (let hops = 0; hops < 256; hops++) {
    if (node?.type === 'map' && !node.flow && node.pairs.length > 0) {
      const last = node.pairs[node.pairs.length - 1] as PairNode
      node = last.value
      key = last.keyNode
    } else if (node?.type === 'seq' && !node.flow && node.items.length > 0) {
      const item = node.items[node.items.length - 1] ?? null
      if (!item) break
      node = item
      key = null
    } else {
      break
    }
  }
  if (!node || (node.type === 'scalar' && node.empty)) {
    const end = node?.range.start ?? key?.range.end ?? pair.range.end
    return {at: lineEndAfter(text, end), lineStart: false}
  }
  if (
    node.type === 'scalar' &&
    (node.style === 'block-literal' || node.style === 'block-folded') &&
    KEEP_HEADER.test(text.slice(node.range.start, node.range.start + 4))
  ) {
    const end = node.range.end
    if (end === text.length && text[end - 1] !== '\n') return {at: end, lineStart: false}
    return {at: end, lineStart: true}
  }
  return {at: lineEndAfter(text, node.range.end), lineStart: false}
}

/** A block scalar header with keep chomping: `|+`, `>+`, `|2+`, `|+2`. */
const KEEP_HEADER = /^[|>](?:\+|[1-9]\+)/

/**
 * The column of a block mapping's keys. A key written explicitly (`? name`, `- ? name`) starts after its
 * indicator; the mapping itself starts at the `?`.
 */
function keyColumn(text: string, map: MapNode): number {
  const firstKey = map.pairs[0]?.keyNode
  if (!firstKey) return map.col
  if (map.line === firstKey.line) return map.col
  const lineStart = text.lastIndexOf('\n', firstKey.range.start - 1) + 1
  const explicit = /\?[ \t]+$/.exec(text.slice(lineStart, firstKey.range.start))
  return explicit ? explicit.index + 1 : firstKey.col
}

function renderBlock(context: Context, tree: Tree, indent: string, unit: number, near: MapNode): string[] {
  const lines: string[] = []
  for (const [key, want] of tree) {
    if (isLeaf(want)) {
      const text = scalarText(want, near, context)
      record(context, want, text)
      lines.push(`${indent}${plainKey(key)}: ${text}`)
    } else {
      lines.push(`${indent}${plainKey(key)}:`)
      lines.push(...renderBlock(context, want, indent + ' '.repeat(unit), unit, near))
    }
  }
  return lines
}

function renderFlowEntries(context: Context, tree: Tree, quoted: boolean): string {
  const entries: string[] = []
  for (const [key, want] of tree) {
    const k = quoted ? JSON.stringify(key) : plainKey(key)
    if (isLeaf(want)) {
      const text = quoted ? JSON.stringify(want.value) : quote(want.value, want.style ?? 'plain')
      record(context, want, text)
      entries.push(`${k}: ${text}`)
    } else {
      entries.push(`${k}: ${renderFlow(context, want, quoted)}`)
    }
  }
  return entries.join(', ')
}

function renderFlow(context: Context, tree: Tree, quoted: boolean): string {
  return `{${renderFlowEntries(context, tree, quoted)}}`
}

function record(context: Context, want: Leaf, text: string): void {
  context.changes.push({document: context.document.index, path: want.path, value: scalarData(text)})
}

/** JSON manifests (and flow maps written with quoted keys) get quoted keys, so JSON stays JSON. */
function quotedKeys(map: MapNode, context: Context): boolean {
  if (!map.flow) return false
  const key = map.pairs[0]?.keyNode
  return key ? key.type === 'scalar' && key.style === 'double' : context.json
}

function plainKey(key: string): string {
  return isSafePlain(key) ? key : JSON.stringify(key)
}

function scalarText(want: Leaf, near: MapNode, context: Context): string {
  if (quotedKeys(near, context)) return JSON.stringify(want.value)
  return quote(want.value, want.style ?? 'plain')
}

/** Writes `value` in the given quote style; plain only when it reads back as the same string. */
export function quote(value: string, style: ScalarStyle): string {
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`
  if (style === 'double') return JSON.stringify(value)
  if (isSafePlain(value) && scalarData(value) === value) return value
  return JSON.stringify(value)
}

function isSafePlain(text: string): boolean {
  return /^[A-Za-z0-9_./+-]+$/.test(text) && !/^[-.]/.test(text)
}
