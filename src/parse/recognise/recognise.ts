// The recogniser in front of the YAML parser (docs/parsing.md). Most bytes in a manifest repo are
// ConfigMaps and CRDs that can never hold a pod template, yet composing them with yaml costs as much as
// composing workloads. This splits a file into its documents (./documents.ts) and recognises, line by line
// (./line-scanner.ts), documents written in a plain subset of block YAML. A recognised document is known
// to parse without errors, so the adapter (src/parse/yaml-adapter.ts) composes it only when a later stage
// walks into it and answers its top-level `kind` / `apiVersion` without composing at all; and when a stage
// does walk into it, its tree is built from its lines (./line-tree.ts) instead of by yaml.
//
// The recogniser is conservative: anything it does not fully understand makes it answer "unsure"
// (./unsure.ts lists every reason) and the document is parsed by yaml as before. It must never accept a
// document that yaml rejects, nor build a tree other than yaml's; both are tested against yaml itself
// (test/prefilter.test.ts, test/line-tree.test.ts, test/yaml-test-suite.test.ts). It can be switched off:
// `{prefilter: false}`, HEADROOM_NO_PREFILTER=1 in the CLI.
import {type DocumentSlice, splitDocuments, suspectOffsets} from './documents.js'
import {LineScanner} from './line-scanner.js'
import {GiveUp, LineTree, type Positions, type ResolvePlain} from './line-tree.js'
import {Unsure} from './unsure.js'
import type {Verdict} from './verdict.js'
import type {Node} from '../../types.js'

export type {DocumentSlice} from './documents.js'
export type {Positions, ResolvePlain} from './line-tree.js'
export type {TopKey, TopScalar, Verdict} from './verdict.js'

export interface PlannedDocument extends DocumentSlice {
  readonly verdict: Verdict
}

/** The file's documents with a verdict each, or undefined when only the full parser can tell. */
export function planDocuments(text: string): PlannedDocument[] | undefined {
  const slices = splitDocuments(text)
  if (!slices) return undefined
  const suspects = suspectOffsets(text)
  return slices.map((slice) => {
    const suspect = suspects.some((o) => o >= slice.start && o < slice.end)
    return {
      ...slice,
      verdict: suspect ? {ok: false, reason: 'control character, odd line break or BOM'} : scanDocument(text, slice)
    }
  })
}

/**
 * Recognises one document slice. `ok: true` means yaml parses it without errors; `keys` lists the
 * top-level keys when the root is a block map whose keys are all plain strings.
 */
export function scanDocument(text: string, slice: DocumentSlice): Verdict {
  try {
    return new LineScanner(text, slice).run()
  } catch (error) {
    if (error instanceof Unsure) return {ok: false, reason: error.message}
    throw error
  }
}

/**
 * The tree of a recognised document built from its lines, or undefined when the document needs yaml
 * after all (a reason of scope `tree` in ./unsure.ts) or is not recognised at all.
 */
export function buildTree(
  text: string,
  slice: DocumentSlice,
  lines: Positions,
  resolvePlain: ResolvePlain
): Node | undefined {
  const tree = new LineTree(text, lines, resolvePlain)
  try {
    new LineScanner(text, slice, tree).run()
    return tree.root ?? undefined
  } catch (error) {
    if (error instanceof Unsure || error instanceof GiveUp) return undefined
    throw error
  }
}
