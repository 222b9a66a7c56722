// The two properties the recogniser (src/parse/recognise/) rests on, checked against yaml itself on any
// text: what it accepts, yaml parses cleanly and reads as it did (checkSoundness); what it builds from
// lines is yaml's tree, node for node (compareTrees). test/prefilter.test.ts, test/line-tree.test.ts and
// test/yaml-test-suite.test.ts run them over random, corpus and YAML-test-suite texts.
import {isMap, isScalar, parseAllDocuments} from 'yaml'
import {LineIndex} from '../../src/parse/line-index.js'
import {buildTree, planDocuments} from '../../src/parse/recognise/recognise.js'
import {parseYaml, resolvePlain} from '../../src/parse/yaml-adapter.js'
import {dump} from './tree-dump.js'

const OPTIONS = {merge: true, prettyErrors: false, strict: false} as const

/**
 * The property the recogniser rests on: a document it accepts parses without errors, holds exactly one
 * document (or none for leading comments), and has the top-level keys and plain values it read. And
 * cutting a file into documents changes nothing: the pieces parse clean exactly when the whole does.
 */
export function checkSoundness(text: string): string | undefined {
  const plan = planDocuments(text)
  if (!plan) return undefined
  const whole = parseAllDocuments(text, OPTIONS)
  const wholeList = Array.isArray(whole) ? whole : []
  const wholeClean = wholeList.every((d) => d.errors.length === 0)
  let piecesClean = true
  let count = 0
  for (const part of plan) {
    const slice = text.slice(part.start, part.end)
    const parsed = parseAllDocuments(slice, OPTIONS)
    const list = Array.isArray(parsed) ? parsed : []
    count += list.length
    const clean = list.every((d) => d.errors.length === 0)
    piecesClean &&= clean
    if (!part.verdict.ok) continue
    if (!clean) return `accepted a document yaml rejects: ${JSON.stringify(slice)}`
    if (list.length !== (part.marker || part.verdict.content ? 1 : 0))
      return `wrong document count: ${JSON.stringify(slice)}`
    const keys = part.verdict.keys
    if (!keys) continue
    const root = list[0]?.contents
    if (!isMap(root) || root.items.length !== keys.length)
      return `root is not the map it read: ${JSON.stringify(slice)}`
    for (const [i, top] of keys.entries()) {
      const pair = root.items[i]
      const key = pair?.key
      if (!isScalar(key) || key.value !== top.key) return `key ${i} differs: ${JSON.stringify(slice)}`
      if (!top.scalar) continue
      const value = pair?.value
      const range = isScalar(value) ? value.range : undefined
      if (
        !isScalar(value) ||
        value.value !== top.scalar.source ||
        value.type !== 'PLAIN' ||
        !range ||
        range[0] + part.start !== top.scalar.start ||
        range[1] - range[0] !== top.scalar.source.length
      ) {
        return `value of ${top.key} differs: ${JSON.stringify(slice)}`
      }
    }
  }
  if (piecesClean !== wholeClean) return `cutting into documents changed validity: ${JSON.stringify(text)}`
  if (wholeClean && count !== wholeList.length)
    return `cutting into documents changed the count: ${JSON.stringify(text)}`
  return undefined
}

const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '(undefined)' : v))

/** yaml's tree of every document of `text` (the adapter with the recogniser off: yaml composes every document). */
function yamlTrees(text: string): string[] | undefined {
  const parsed = parseYaml({path: 'x.yaml', text}, {prefilter: false})
  return parsed.ok ? parsed.file.documents.map((d) => json(dump(d.root))) : undefined
}

/**
 * Every document of `text` the builder builds, compared with yaml's tree of the same document. Returns how
 * many were built, or a description of the first difference. (yaml parses the file only when a tree was
 * built: the sweeps over the corpus and random texts spend their time there.)
 */
export function compareTrees(text: string): {built: number; difference?: string} {
  const plan = planDocuments(text)
  if (!plan) return {built: 0}
  const lines = new LineIndex(text)
  // documents the adapter keeps of the recognised ones: those yaml would report (a marker or content)
  const trees = plan.map((part) =>
    part.verdict.ok && (part.marker || part.verdict.content) ? buildTree(text, part, lines, resolvePlain) : undefined
  )
  let last = trees.length - 1
  while (last >= 0 && trees[last] === undefined) last--
  const expected = last === -1 ? undefined : yamlTrees(text)
  // (a file with a broken document is reported as broken, whatever its other documents hold; the
  // documents the scanner accepted must not be the broken ones)
  if (!expected) {
    for (const part of plan) {
      if (!part.verdict.ok) continue
      const docs = parseAllDocuments(text.slice(part.start, part.end), {merge: true}) as {errors: unknown[]}[]
      if (docs.some((d) => d.errors.length > 0))
        return {
          built: 0,
          difference: `accepted a document yaml rejects: ${JSON.stringify(text.slice(part.start, part.end))}`
        }
    }
    return {built: 0}
  }
  let built = 0
  let index = -1
  for (const [k, part] of plan.entries()) {
    if (k > last) break
    if (!part.verdict.ok) {
      // (as the adapter does: yaml's documents of the slice, none for a slice of comments or white space)
      index += (parseAllDocuments(text.slice(part.start, part.end), {merge: true}) as unknown[]).length
      continue
    }
    if (!part.marker && !part.verdict.content) continue
    index++
    const tree = trees[k]
    if (!tree) continue
    built++
    const want = expected[index]
    const got = json(dump(tree))
    if (want !== got)
      return {built, difference: `document ${index} of ${JSON.stringify(text)}\n built: ${got}\n  yaml: ${want}`}
  }
  return {built}
}
