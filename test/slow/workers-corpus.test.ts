// `npm run test:slow`: worker threads change nothing but speed on the real corpus (../shared/corpus,
// 2,321 files), with one thread and with one, two and three workers. test/workers.test.ts covers the same
// promise on a generated repo in `npm test`.
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {CORPUS, headroom} from '../helpers/cli.js'

describe.skipIf(!existsSync(CORPUS))('worker threads on the real corpus', () => {
  it.each(['check', 'fix --dry-run'])('%s: the same report in every mode', (command) => {
    const args = [...command.split(' '), '--format', 'json', '.']
    const [first, ...rest] = ['0', '1', '2', '3'].map((workers) => headroom(args, {cwd: CORPUS, env: {HEADROOM_WORKERS: workers}}))
    expect(first!.stderr).not.toMatch(/internal error/)
    expect(JSON.parse(first!.stdout).summary.files).toBeGreaterThan(2000)
    for (const run of rest) {
      expect(run.code).toBe(first!.code)
      expect(run.stdout).toBe(first!.stdout)
      expect(run.stderr).toBe(first!.stderr)
    }
  })
})
