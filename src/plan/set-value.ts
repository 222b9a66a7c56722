// Stage: wanted values at key paths -> text edits on the original file. Replaces the one scalar that
// changes (keeping its quotes) or inserts the missing keys, all of one mapping in a single edit, in the
// file's own style: block or flow, indentation, line endings. It never re-serialises anything.
import {lookup} from '../parse/nodes.js'
import {scalarData} from '../parse/yaml-adapter.js'
import type {DataChange, Edit, Fix, MapNode, Node, ParsedDocument, ParsedFile, PathKey, ScalarNode, ScalarStyle} from '../types.js'
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
    return wanted.reduce<Planned>((acc, w) => (acc.ok ? merge(acc, planSetValues(file, [w])) : acc), {ok: true, fix: {edits: [], changes: []}})
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
    if (found.via) {
      const merge = found.via.kind === 'merge' ? 'merge key <<: ' : ''
      throw new Refusal(`${where} comes from ${merge}anchor &${found.via.anchor} (line ${found.via.line}); editing it would change every user of the anchor`)
    }
    const value = found.value
    if (value === null || (value.type === 'scalar' && value.empty)) {
      fillEmpty(context, map, found.pair.keyNode, value, want)
      continue
    }
    refuseShared(context, value)
    if (!isLeaf(want) && value.type === 'scalar' && value.value === null && value.style === 'plain') {
      // `resources: null` / `~`: the one token is replaced by the wanted mapping, written inline.
      context.edits.push({range: value.range, text: renderFlow(context, want, context.json)})
      continue
    }
    if (isLeaf(want)) {
      if (value.type !== 'scalar') throw new Refusal(`${where} is a ${value.type === 'map' ? 'mapping' : 'sequence'}, not a scalar`)
      replaceScalar(context, value, want, where)
    } else {
      if (value.type !== 'map') throw new Refusal(`${where} is ${describe(value)}, expected a mapping`)
      planMap(context, value, want, [...keyPath, key])
    }
  }
  if (missing.size > 0) insertKeys(context, map, missing)
}

function refuseShared(context: Context, node: Node): void {
  if (node.anchor !== undefined && context.document.aliasedAnchors.has(node.anchor)) {
    throw new Refusal(`value comes from anchor &${node.anchor} (line ${node.anchorLine ?? node.line}); editing it would change every alias of it`)
  }
}

function describe(node: Node): string {
  if (node.type === 'scalar') return `the scalar ${JSON.stringify(node.source)}`
  return node.type === 'seq' ? 'a sequence' : 'an alias'
}

function replaceScalar(context: Context, node: ScalarNode, want: Leaf, where: string): void {
  if (node.style === 'block-literal' || node.style === 'block-folded') throw new Refusal(`${where} is a block scalar; edit it by hand`)
  // In JSON a plain scalar is a number: the quantity string it becomes needs quotes.
  const text = quote(want.value, context.json && node.style === 'plain' ? 'double' : node.style)
  context.edits.push({range: node.range, text})
  context.changes.push({document: context.document.index, path: want.path, value: scalarData(text)})
}

/** `key:` with no value: the wanted value or mapping goes right after the key. */
function fillEmpty(context: Context, parent: MapNode, keyNode: Node | null, value: Node | null, want: Tree | Leaf): void {
  if (!keyNode) throw new Refusal('a key without a key node')
  const {file} = context
  const at = value?.range.start ?? keyNode.range.end
  if (isLeaf(want)) {
    const text = scalarText(want, parent, context)
    const sep = file.text[at - 1] === ':' ? ' ' : ''
    context.edits.push({range: {start: at, end: at}, text: sep + text})
    record(context, want, text)
    return
  }
  if (parent.flow) {
    context.edits.push({range: {start: at, end: at}, text: ' ' + renderFlow(context, want, quotedKeys(parent, context))})
    return
  }
  const unit = indentUnit(file, context.document)
  const insertAt = lineEndAfter(file.text, keyNode.range.end)
  const lines = renderBlock(context, want, ' '.repeat(keyNode.col - 1 + unit), unit, parent)
  context.edits.push({range: {start: insertAt, end: insertAt}, text: file.eol + lines.join(file.eol)})
}

function insertKeys(context: Context, map: MapNode, missing: Tree): void {
  const {file} = context
  if (map.flow) {
    const entries = renderFlowEntries(context, missing, quotedKeys(map, context))
    const lastPair = map.pairs[map.pairs.length - 1]
    if (!lastPair) {
      const close = file.text.lastIndexOf('}', map.range.end - 1)
      if (close < map.range.start) throw new Refusal('cannot find the end of the flow mapping')
      context.edits.push({range: {start: close, end: close}, text: entries})
      return
    }
    const end = lastPair.range.end
    context.edits.push({range: {start: end, end}, text: `, ${entries}`})
    return
  }
  const firstKey = map.pairs[0]?.keyNode
  const lastPair = map.pairs[map.pairs.length - 1]
  if (!firstKey || !lastPair) throw new Refusal('empty block mapping')
  const unit = indentUnit(file, context.document)
  const insertAt = lineEndAfter(file.text, lastPair.range.end)
  const lines = renderBlock(context, missing, ' '.repeat(firstKey.col - 1), unit, map)
  context.edits.push({range: {start: insertAt, end: insertAt}, text: file.eol + lines.join(file.eol)})
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
