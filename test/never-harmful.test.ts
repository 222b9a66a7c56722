// Issue 12, over the real corpus: `headroom fix` (the real CLI, on a copy of ../shared/corpus) never lowers
// an effective memory limit and never writes a limit for a container that had none (unbounded), since the
// corpus comes with no audit evidence. Every changed file is compared before/after, container by container,
// with the limits the cluster would apply (declared, LimitRange default, injector annotation or default):
// test/helpers/never-harmful.ts. Run here with a harsh drift/headroom that makes many raises, so the walk
// has fixes to judge (every raise the default settings make, these make too, to at least the same value); the same
// walk with the default settings runs in `npm run test:slow` (test/slow/never-harmful.test.ts). Skips
// cleanly when the corpus is absent.
import {describe, expect, it} from 'vitest'
import type {Limit} from './helpers/effective-limits.js'
import {corpusPresent, expectNoHarmOnCorpus, harms} from './helpers/never-harmful.js'

describe('harms (the judge itself)', () => {
  it('flags a lowered limit and a new limit on an unbounded container, and nothing else', () => {
    const before = new Map<string, Limit>([
      ['a', 100n],
      ['b', null],
      ['c', 50n],
      ['d', null]
    ])
    expect(
      harms(
        before,
        new Map<string, Limit>([
          ['a', 99n],
          ['b', 10n],
          ['c', 60n],
          ['d', null]
        ])
      )
    ).toEqual(['a: 100 -> 99', 'b: unbounded -> 10 without evidence'])
  })
})

describe.skipIf(!corpusPresent)('corpus: no fix lowers an effective limit or bounds an unbounded container', () => {
  it('drift 2, headroom 100%', () => expectNoHarmOnCorpus({drift: 2, headroom: '100%'}, 3), 240_000)
})
