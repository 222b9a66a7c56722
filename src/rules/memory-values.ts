// Reads a container's `resources.{requests,limits}.memory` once, with the node it came from, so rules
// can point at the exact scalar and say what is wrong with it.
import type {ClassifiedContainer} from '../classify/containers.js'
import {deref, lookup} from '../parse/nodes.js'
import {parseQuantity, type Quantity} from '../quantity/parse.js'
import type {Node, ScalarNode} from '../types.js'

export interface MemoryValue {
  readonly which: 'requests' | 'limits'
  /** the value node (a scalar when it is one), null when the key is absent */
  readonly node: Node | null
  /** the key node of `memory`, when present */
  readonly keyNode: Node | null
  /** the value as written in this container (an `*alias` stays the alias): where findings point */
  readonly at?: Node | null | undefined
  readonly quantity?: Quantity | undefined
  /** present but unusable: not a scalar, not a quantity, negative */
  readonly problem?: string | undefined
  readonly suggestion?: string | undefined
  /** a Go/Helm template expression: render first */
  readonly templated?: boolean | undefined
}

export interface ContainerMemory {
  readonly resources: Node | null
  readonly resourcesKey: Node | null
  readonly request: MemoryValue
  readonly limit: MemoryValue
}

export function readMemory(container: ClassifiedContainer): ContainerMemory {
  const resources = lookup(container.node, 'resources')
  const resourcesMap = deref(resources?.value)
  return {
    resources: resourcesMap,
    resourcesKey: resources?.pair.keyNode ?? null,
    request: readOne(resourcesMap, 'requests', resources?.viaNode),
    limit: readOne(resourcesMap, 'limits', resources?.viaNode)
  }
}

/** `shared` is the alias through which `resources` itself was reached, if it was. */
function readOne(resources: Node | null, which: MemoryValue['which'], shared: Node | undefined): MemoryValue {
  const sectionLookup = resources?.type === 'map' ? lookup(resources, which) : undefined
  const section = deref(sectionLookup?.value)
  const found = section?.type === 'map' ? lookup(section, 'memory') : undefined
  if (!found) return {which, node: null, keyNode: null}
  const node = deref(found.value)
  const keyNode = found.pair.keyNode
  const at = shared ?? sectionLookup?.viaNode ?? found.viaNode ?? node
  if (!node || (node.type === 'scalar' && (node.empty || node.value === null))) {
    return {
      which,
      node: node ?? found.value,
      keyNode,
      at,
      problem: 'is null; set a quantity such as 256Mi or remove the key'
    }
  }
  if (node.type !== 'scalar') {
    return {which, node, keyNode, at, problem: `is a ${node.type === 'map' ? 'mapping' : 'sequence'}, not a quantity`}
  }
  return {which, node, keyNode, at, ...readScalar(node)}
}

function readScalar(node: ScalarNode): Partial<MemoryValue> {
  // The text as written, not the resolved number: `1e9` and `134217728` stay exact that way.
  const raw = node.source
  if (raw.includes('{{') || raw.includes('${')) return {templated: true}
  const parsed = parseQuantity(raw)
  if (!parsed.ok) return {problem: parsed.reason, suggestion: parsed.suggestion}
  if (parsed.quantity.value.n < 0n) return {quantity: parsed.quantity, problem: `${parsed.quantity.text} is negative`}
  return {quantity: parsed.quantity}
}

/** How a value is named in messages: its text as written. */
export function shown(value: MemoryValue): string {
  const node = value.node
  if (node?.type === 'scalar') return node.source
  return value.quantity?.text ?? '(none)'
}
