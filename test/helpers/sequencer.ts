// The longest test files first, so that the two workers finish together. Vitest orders files by the
// durations it cached from the last run; a fresh clone (CI) has no cache, so it falls back to file size,
// which starts the kill, workers and pre-commit tests last and leaves one worker idle at the end.
// The list is measured (`npx vitest run --reporter=json`): a file missing from it only runs later.
import {BaseSequencer, type TestSpecification} from 'vitest/node'

const LONGEST = [
  'test/kill.test.ts',
  'test/workers.test.ts',
  'test/integrations/pre-commit.test.ts',
  'test/corpus.test.ts',
  'test/integrations/argocd.test.ts',
  'test/fuzz.test.ts',
  'test/never-harmful.test.ts',
  'test/integrations/krm.test.ts',
  'test/prefilter.test.ts',
  'test/cli.test.ts'
]

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (spec: TestSpecification) => {
      const at = LONGEST.findIndex((file) => spec.moduleId.endsWith(`/${file}`))
      return at === -1 ? LONGEST.length : at
    }
    // Projects run one after another in the order Vitest gives: reorder within each project only.
    const projects = [...new Set(sorted.map((spec) => spec.project.name))]
    return projects.flatMap((name) =>
      sorted
        .filter((spec) => spec.project.name === name)
        .map((spec, i) => ({spec, i}))
        .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
        .map(({spec}) => spec)
    )
  }
}
