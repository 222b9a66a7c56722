// Reading helpers over the project's node types. Lookups honour aliases and `<<` merge keys the way
// Kubernetes' YAML reader does, and say when a value was reached through one (a fix must not edit it there).
import type {AliasNode, MapNode, Node, PairNode, SeqNode} from '../types.js'

/** Where a value came from when it is not written in place. */
export interface Indirection {
  readonly kind: 'alias' | 'merge'
  readonly anchor: string
  readonly line: number
}

export interface Lookup {
  readonly pair: PairNode
  readonly value: Node | null
  /** set when the key or value is shared with other places (alias or merge key) */
  readonly via?: Indirection | undefined
  /** the `*alias` as written in this map, when `via` is set */
  readonly viaNode?: Node | undefined
}

export function deref(node: Node | null | undefined): Node | null {
  let current = node ?? null
  for (let hops = 0; current?.type === 'alias' && hops < 64; hops++) current = current.target ?? null
  return current?.type === 'alias' ? null : current
}

function aliasVia(node: Node | null | undefined): Indirection | undefined {
  if (node?.type !== 'alias') return undefined
  const target = node.target
  return {kind: 'alias', anchor: node.name, line: target?.anchorLine ?? target?.line ?? node.line}
}

export function asMap(node: Node | null | undefined): MapNode | null {
  const n = deref(node)
  return n?.type === 'map' ? n : null
}

export function asSeq(node: Node | null | undefined): SeqNode | null {
  const n = deref(node)
  return n?.type === 'seq' ? n : null
}

/** Finds `key` in a map: own pairs first, then merged maps (`<<: *base`), as go-yaml resolves them. */
export function lookup(map: MapNode, key: string): Lookup | undefined {
  let found: PairNode | undefined
  for (const pair of map.pairs) if (!pair.merge && pair.key === key) found = pair
  if (found) {
    const via = aliasVia(found.value)
    return {pair: found, value: found.value, via, viaNode: via ? (found.value ?? undefined) : undefined}
  }
  for (const pair of map.pairs) {
    if (!pair.merge) continue
    for (const source of mergeSources(pair.value)) {
      const map = asMap(source)
      if (!map) continue
      const inner = lookup(map, key)
      if (inner) {
        const alias = source.type === 'alias' ? (source as AliasNode) : undefined
        const via: Indirection = alias
          ? {kind: 'merge', anchor: alias.name, line: alias.target?.anchorLine ?? alias.target?.line ?? alias.line}
          : {kind: 'merge', anchor: map.anchor ?? '<<', line: map.anchorLine ?? map.line}
        return {pair: inner.pair, value: inner.value, via, viaNode: source}
      }
    }
  }
  return undefined
}

function mergeSources(value: Node | null): Node[] {
  if (!value) return []
  if (value.type === 'seq') return value.items.filter((n): n is Node => n !== null)
  return [value]
}

export function get(map: MapNode | null | undefined, key: string): Node | null {
  if (!map) return null
  return deref(lookup(map, key)?.value)
}

/** A scalar's string value, resolving aliases (a container `name:` may be `*alias`). */
export function getString(map: MapNode | null | undefined, key: string): string | undefined {
  const node = get(map, key)
  if (node?.type !== 'scalar' || node.value === null || node.value === undefined) return undefined
  return String(node.value)
}

export function getMap(map: MapNode | null | undefined, key: string): MapNode | null {
  return asMap(get(map, key))
}

export function getSeq(map: MapNode | null | undefined, key: string): SeqNode | null {
  return asSeq(get(map, key))
}
