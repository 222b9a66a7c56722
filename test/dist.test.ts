// dist/ is committed (pre-commit and the GitHub Action run it without a build). It must be exactly what
// `npm run build` makes from the current sources, and so must the validators generated into src/generated/
// from schemas/ (they are bundled into dist/).
import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, removeTree, tempDir} from './helpers/cli.js'

/** Builds with `script --out TEMP` and expects every file under `committed` to match it byte for byte. */
function expectFresh(script: string, committed: string): void {
  const out = tempDir('headroom-dist-')
  try {
    const build = spawnSync(process.execPath, [path.join(ROOT, script), '--out', out], {cwd: ROOT, encoding: 'utf8'})
    expect(build.status, build.stderr).toBe(0)
    const built = files(out)
    expect(files(path.join(ROOT, committed))).toEqual(built)
    for (const name of built) {
      const same = readFileSync(path.join(out, name)).equals(readFileSync(path.join(ROOT, committed, name)))
      expect(same, `${committed}/${name} is stale: run npm run build and commit ${committed}/`).toBe(true)
    }
  } finally {
    removeTree(out)
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .sort()
}

describe('committed dist/', () => {
  it('is fresh: a rebuild produces the same bytes', () => expectFresh('scripts/build.mjs', 'dist'))

  it('bundles fresh validators: src/generated/ is what scripts/validators.mjs makes from schemas/', () =>
    expectFresh('scripts/validators.mjs', 'src/generated'))
})
