// docs/parsing.md lists every reason the recogniser gives up, with its scope, and nothing else; and every
// reason in the registry (src/parse/recognise/unsure.ts) is still raised somewhere in the recogniser.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {UNSURE_REASONS} from '../src/parse/recognise/unsure.js'

const ROOT = path.join(import.meta.dirname, '..')
const SOURCES = path.join(ROOT, 'src/parse/recognise')

/** Rows of the reasons table: | `reason` | scope | … | */
function documented(): Record<string, string> {
  const doc = readFileSync(path.join(ROOT, 'docs/parsing.md'), 'utf8')
  const rows: Record<string, string> = {}
  for (const m of doc.matchAll(/^\| `([^`]+)` \| (\w+) \|/gm)) {
    expect(rows[m[1] as string], `listed twice: ${m[1]}`).toBeUndefined()
    rows[m[1] as string] = m[2] as string
  }
  return rows
}

describe('docs/parsing.md', () => {
  it('lists exactly the reasons of src/parse/recognise/unsure.ts, with their scope', () => {
    expect(documented()).toEqual({...UNSURE_REASONS})
  })

  it('lists no reason that nothing raises any more', () => {
    const code = readdirSync(SOURCES)
      .filter((f) => f.endsWith('.ts') && f !== 'unsure.ts')
      .map((f) => readFileSync(path.join(SOURCES, f), 'utf8'))
      .join('\n')
    const unused = Object.keys(UNSURE_REASONS).filter((reason) => !code.includes(`'${reason}'`))
    expect(unused).toEqual([])
  })
})
