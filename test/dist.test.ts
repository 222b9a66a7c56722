// dist/ is committed (pre-commit and the GitHub Action run it without a build). It must be exactly what
// `npm run build` makes from the current sources.
import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, removeTree, tempDir} from './helpers/cli.js'

describe('committed dist/', () => {
  it('is fresh: a rebuild produces the same bytes', () => {
    const out = tempDir('headroom-dist-')
    try {
      const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', out], {cwd: ROOT, encoding: 'utf8'})
      expect(build.status, build.stderr).toBe(0)
      const built = readdirSync(out).sort()
      const committed = readdirSync(path.join(ROOT, 'dist')).sort()
      expect(committed).toEqual(built)
      for (const name of built) {
        const same = readFileSync(path.join(out, name)).equals(readFileSync(path.join(ROOT, 'dist', name)))
        expect(same, `dist/${name} is stale: run npm run build and commit dist/`).toBe(true)
      }
    } finally {
      removeTree(out)
    }
  })
})
