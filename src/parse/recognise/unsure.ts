// Every reason the recogniser gives up, as data: `unsure()` takes only these, docs/parsing.md lists them
// all, and test/parsing-doc.test.ts fails when the two drift or a reason is no longer raised anywhere.

/**
 * What giving up costs: `document`, the document is not recognised and yaml parses it when the file is
 * read; `tree`, the document is recognised (read lazily, its top-level keys known) but the tree builder
 * leaves its tree to yaml, composed when a later stage walks into it.
 */
export type UnsureScope = 'document' | 'tree'

export const UNSURE_REASONS = {
  // the stream (src/parse/recognise/documents.ts, recognise.ts)
  'control character, odd line break or BOM': 'document',
  'content on the --- line': 'document',
  'comment not separated from ---': 'document',
  // block structure (line-scanner.ts)
  'tab as indentation': 'document',
  'indented root': 'document',
  'sequence after a byte-order mark': 'document',
  'indentation matches no open collection': 'document',
  'sequence line without -': 'document',
  'map line without key': 'document',
  'deep nesting': 'document',
  'duplicate key': 'document',
  'tab after :': 'document',
  'tab after -': 'document',
  'tab in key line': 'document',
  'tab in sequence item': 'document',
  'comment after : without space': 'document',
  'comment after - without space': 'document',
  'nested compact sequence': 'document',
  'text after a value': 'document',
  // keys (scalars.ts)
  'long key': 'document',
  'escaped key': 'document',
  'key may not be a plain string': 'document',
  // plain and quoted scalars (scalars.ts)
  'plain scalar starts with an indicator': 'document',
  'value ends with :': 'document',
  'value holds ": "': 'document',
  'tab in plain scalar': 'document',
  'multi-line or escaped quoted scalar': 'document',
  'tab in continuation': 'document',
  'continuation starts with an indicator': 'document',
  'continuation ends with :': 'document',
  'continuation holds ": "': 'document',
  'comment in continuation': 'document',
  // flow collections (flow.ts)
  'flow collection': 'document',
  'trailing comma': 'document',
  'flow key': 'document',
  'flow key without ": "': 'document',
  'flow value starts with an indicator': 'document',
  'flow scalar': 'document',
  'flow scalar with ":"': 'document',
  'comment in a flow collection': 'document',
  'flow collection not closed on its line': 'document',
  // block scalars (line-scanner.ts, block-scalar.ts)
  'more-indented leading empty lines in a block scalar': 'document',
  'tab at the end of a block scalar': 'document',
  'block scalar keeping its trailing lines': 'tree',
  'white space on an empty line of a block scalar': 'tree',
  'empty block scalar': 'tree',
  // where yaml's placement of comments and multi-line values is left to yaml (line-scanner.ts)
  'multi-line plain scalar': 'tree',
  'comment deeper than the collection it follows': 'tree',
  'comment at the indent of a collection it closes': 'tree',
  'comment after an empty value': 'tree'
} as const satisfies Record<string, UnsureScope>

export type UnsureReason = keyof typeof UNSURE_REASONS

/** Thrown by `unsure()`; the entry points turn it into an "unsure" verdict or "no tree". */
export class Unsure extends Error {
  declare readonly message: UnsureReason
}

export function unsure(reason: UnsureReason): never {
  throw new Unsure(reason)
}
