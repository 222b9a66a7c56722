// `npm run test:slow`: the crash-safety soak. `fix` on 2,000 generated manifests, killed from outside by
// a clock (while files are read and parsed) and by a watch on the tree (once renames show up), and from
// inside at a spread of points of the writes with the default worker threads. Where the outside kills land
// depends on the machine, so the soak only requires most of them to land mid-run; the same guarantees as
// test/kill.test.ts hold for every one.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {killAndRecover, killRepo, label, type KillRepo, type Moment} from '../helpers/kill.js'

const FILES = Number(process.env.KILL_TEST_FILES ?? 2000)

let repo: KillRepo

beforeAll(() => {
  repo = killRepo(FILES)
}, 600_000)

afterAll(() => repo?.remove())

describe(`crash safety soak: kill -9 during fix on ${FILES} manifests`, () => {
  it('every file is whole after SIGKILL at several moments, and the next run cleans up and finishes', async () => {
    const nth = (f: number) => Math.max(1, Math.ceil(repo.changing * f))
    const moments: Moment[] = [
      {afterMs: Math.round(0.3 * repo.fullRunMs)},
      {afterWrites: nth(0.5)},
      {at: 'open', nth: 1},
      {at: 'written', nth: nth(0.1)},
      {at: 'synced', nth: nth(0.5)},
      {at: 'renamed', nth: nth(0.75)},
      {at: 'written', nth: repo.changing}
    ]
    const seen: string[] = []
    let midRun = 0
    for (const [i, moment] of moments.entries()) {
      const {killed, fixedCount, temps} = await killAndRecover(repo, `kill-${i}`, moment)
      seen.push(
        `${label(moment)}: ${killed ? 'killed' : 'finished first'}, ${fixedCount} of ${repo.changing} files fixed, ${temps.length} temp file(s) left`
      )
      if (killed && (fixedCount > 0 || temps.length > 0) && fixedCount < repo.changing) midRun++
    }
    // The moments must mostly land while files are being written, or the soak proves little.
    expect(midRun, seen.join('\n')).toBeGreaterThanOrEqual(5)
    console.info(`kill soak (${FILES} files, full run ${repo.fullRunMs} ms):\n  ${seen.join('\n  ')}`)
  }, 1_800_000)
})
