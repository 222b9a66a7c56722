import {defineConfig} from 'vitest/config'
import {LongestFirst} from './test/helpers/sequencer.js'

// Three projects (CONTRIBUTING.md):
// - unit: in-process tests of the modules (seconds); `npm run test:unit` is the inner loop.
// - e2e: the real CLI, bundles and integrations run as processes, and the in-process sweeps that take
//   minutes of CPU (the corpus differentials of the parser, the fix fuzz run); with unit, what `npm test`
//   and CI run.
// - slow: soak runs (`npm run test:slow`, which CI runs too when time allows).
// Timeouts only catch hangs: no test asserts how fast something ran, so a loaded machine makes a run
// slower, never red.
const UNIT = [
  'test/architecture.test.ts',
  'test/audit.test.ts',
  'test/doc-links.test.ts',
  'test/fixtures.test.ts',
  'test/formats.test.ts',
  'test/layering.test.ts',
  'test/parsing-doc.test.ts',
  'test/pod-memory.test.ts',
  'test/quantity.test.ts',
  'test/rule-examples.test.ts',
  'test/sarif-help.test.ts',
  'test/integrations/summary.test.ts',
  'test/yaml-test-suite.test.ts'
]

export default defineConfig({
  test: {
    // Forks: the in-process CLI (test/helpers/in-process.ts) changes the working folder, which threads cannot.
    pool: 'forks',
    // Two files at a time (Vitest's default is one fewer than the cores: one on two), sharing their forks
    // rather than starting one per file; every test cleans up after itself.
    maxWorkers: 2,
    isolate: false,
    // the longest files first in a fresh clone too (test/helpers/sequencer.ts)
    sequence: {sequencer: LongestFirst},
    testTimeout: 300_000,
    hookTimeout: 600_000,
    projects: [
      {extends: true, test: {name: 'unit', include: UNIT}},
      {extends: true, test: {name: 'e2e', include: ['test/**/*.test.ts'], exclude: [...UNIT, 'test/slow/**']}},
      {
        extends: true,
        test: {
          name: 'slow',
          // the soaks, and the parser differentials again over the whole corpus (test/helpers/sweeps.ts)
          include: ['test/slow/**/*.test.ts', 'test/prefilter.test.ts', 'test/line-tree.test.ts'],
          env: {HEADROOM_FULL_SWEEPS: '1'},
          testTimeout: 1_800_000,
          hookTimeout: 1_800_000
        }
      }
    ]
  }
})
