// The CLI is one front end among several (the GitHub Action, the KRM function, worker threads): what they
// share lives in the stages and src/run, never in src/cli, so no module outside src/cli imports from it.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const SRC = path.resolve(import.meta.dirname, '../src')

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return /\.(ts|js|mts)$/.test(entry.name) ? [full] : []
  })
}

/** Every module specifier a file names: static imports and exports, and dynamic import(). */
function specifiers(text: string): string[] {
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g)].map((m) => m[2] as string)
}

describe('layering', () => {
  it('finds the specifiers of static, type-only and dynamic imports', () => {
    expect(
      specifiers(
        "import {a} from '../cli/a.js'\nimport type {B} from \"./b.js\"\nexport {c} from '../c.js'\nconst d = await import('../../cli/d.js')\nimport './e.js'"
      )
    ).toEqual(['../cli/a.js', './b.js', '../c.js', '../../cli/d.js', './e.js'])
  })

  it('nothing outside src/cli imports from src/cli', () => {
    const cli = path.join(SRC, 'cli')
    const offenders: string[] = []
    for (const file of sources(SRC)) {
      if (file.startsWith(cli + path.sep)) continue
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue
        const target = path.resolve(path.dirname(file), specifier)
        if (target === cli || target.startsWith(cli + path.sep))
          offenders.push(`${path.relative(SRC, file)} imports ${specifier}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
