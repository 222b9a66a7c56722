// `npm run test:slow`: issue 12's judge (test/helpers/never-harmful.ts) over the real corpus with the
// default settings; test/never-harmful.test.ts runs it in `npm test` with a harsh drift and headroom.
import {describe, it} from 'vitest'
import {corpusPresent, expectNoHarmOnCorpus} from '../helpers/never-harmful.js'

describe.skipIf(!corpusPresent)('corpus: no fix lowers an effective limit or bounds an unbounded container', () => {
  it('default settings', () => expectNoHarmOnCorpus(undefined, 0), 240_000)
})
