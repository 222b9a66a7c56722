// fixtures/audit is what scripts/gen-audit-fixtures.mjs writes: regenerating gives the same bytes, so the
// fixtures stay reproducible from their seeds (edit the script, not the files).
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, removeTree, tempDir, walk} from './helpers/cli.js'

describe('audit fixtures', () => {
  it('are reproduced byte for byte by the seeded generator', () => {
    const out = tempDir('headroom-audit-fixtures-')
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-audit-fixtures.mjs'), '--out', out], {
        encoding: 'utf8'
      })
      expect(run.status, run.stderr).toBe(0)
      const committed = path.join(ROOT, 'fixtures/audit')
      expect(walk(committed)).toEqual(walk(out))
      for (const file of walk(out)) {
        const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(committed, file)))
        expect(same, `fixtures/audit/${file} differs: run node scripts/gen-audit-fixtures.mjs`).toBe(true)
      }
    } finally {
      removeTree(out)
    }
  })
})
