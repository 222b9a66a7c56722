// The file's own layout, read from what is already there, so inserted lines look like their neighbours.
import {asMap} from '../parse/nodes.js'
import type {MapNode, ParsedDocument} from '../types.js'

const unitCache = new WeakMap<ParsedDocument, number>()

/** Indentation step of block mappings in this document (2 when nothing tells). */
export function indentUnit(document: ParsedDocument): number {
  const cached = unitCache.get(document)
  if (cached !== undefined) return cached
  const unit = findUnit(asMap(document.root), 0) ?? 2
  unitCache.set(document, unit)
  return unit
}

/** Breadth-first: the outermost nested block mapping is the most deliberate choice of indent. */
function findUnit(root: MapNode | null, _depth: number): number | undefined {
  const queue: MapNode[] = root ? [root] : []
  for (let visited = 0; queue.length > 0 && visited < 200; visited++) {
    const map = queue.shift() as MapNode
    if (map.flow) continue
    for (const pair of map.pairs) {
      const child = pair.value?.type === 'map' ? pair.value : null
      if (!child || child.flow || !pair.keyNode) continue
      const childKey = child.pairs[0]?.keyNode
      if (childKey && childKey.line > pair.keyNode.line) {
        const step = childKey.col - pair.keyNode.col
        if (step > 0) return step
      }
      queue.push(child)
    }
  }
  return undefined
}

/**
 * Where to append a line after content ending at `offset`: the end of that line, before its line break
 * (and after any trailing comment). A value that ends with its own line break (a block scalar, a block
 * collection) belongs to the line before it.
 */
export function lineEndAfter(text: string, offset: number): number {
  let p = offset
  while (p > 0 && (text[p - 1] === '\n' || text[p - 1] === '\r')) p--
  let end = text.indexOf('\n', p)
  if (end === -1) end = text.length
  if (end > 0 && text[end - 1] === '\r') end--
  return end
}
