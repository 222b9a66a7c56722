// A whole tree as plain data — every node's type, range, position, value and style — so two trees of the
// same text (yaml's and the tree builder's) can be compared as JSON.
import type {Node} from '../../src/types.js'

export function dump(node: Node | null, depth = 0): unknown {
  if (!node || depth > 200) return null
  const base = {
    type: node.type,
    range: [node.range.start, node.range.end],
    at: [node.line, node.col],
    anchor: node.anchor,
    anchorLine: node.anchorLine
  }
  switch (node.type) {
    case 'scalar':
      return {...base, value: node.value, source: node.source, style: node.style, empty: node.empty}
    case 'alias':
      return {...base, name: node.name}
    case 'map':
      return {
        ...base,
        flow: node.flow,
        pairs: node.pairs.map((p) => ({
          key: p.key,
          merge: p.merge,
          range: [p.range.start, p.range.end],
          k: dump(p.keyNode, depth + 1),
          v: dump(p.value, depth + 1)
        }))
      }
    case 'seq':
      return {...base, flow: node.flow, items: node.items.map((n) => dump(n, depth + 1))}
  }
}
