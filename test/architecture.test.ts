// Rules of the architecture that docs/architecture.md states and nothing else would catch.
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/cli.js'

const ADAPTER = 'src/parse/yaml-adapter.ts'

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {withFileTypes: true}).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) return rel === 'src/generated' ? [] : sources(rel)
    return entry.name.endsWith('.ts') ? [rel] : []
  })
}

/** What a module imports from yaml: the names, or `*` for a namespace or default import. */
function yamlImports(source: string): string[] {
  return [...source.matchAll(/^\s*import\s+(?:type\s+)?([^'";]*?)\s+from\s+['"]yaml(?:\/[^'"]*)?['"]/gm)].flatMap(
    (m) => {
      const clause = m[1] as string
      const named = /\{([^}]*)\}/.exec(clause)
      const names = (named?.[1] ?? '')
        .split(',')
        .map(
          (n) =>
            n
              .trim()
              .replace(/^type\s+/, '')
              .split(/\s+as\s+/)[0] as string
        )
        .filter(Boolean)
      return clause
        .replace(/\{[^}]*\}/, '')
        .replace(/,/g, '')
        .trim() === ''
        ? names
        : [...names, '*']
    }
  )
}

describe('the adapter rule', () => {
  it('finds what a module imports from yaml', () => {
    expect(yamlImports("import {stringify} from 'yaml'\n")).toEqual(['stringify'])
    expect(yamlImports("import {\n  Composer,\n  type Node as YNode\n} from 'yaml'\n")).toEqual(['Composer', 'Node'])
    expect(yamlImports("import YAML from 'yaml'\nimport * as y from 'yaml/util'\n")).toEqual(['*', '*'])
    expect(yamlImports("import {parse} from './yaml-adapter.js'\n")).toEqual([])
  })

  it(`only ${ADAPTER} imports yaml's node API; others may only print new text with stringify`, () => {
    const files = sources('src')
    expect(files).toContain(ADAPTER)
    const offenders = files
      .filter((file) => file !== ADAPTER)
      .flatMap((file) =>
        yamlImports(readFileSync(path.join(ROOT, file), 'utf8'))
          .filter((name) => name !== 'stringify')
          .map((name) => `${file}: ${name}`)
      )
    expect(offenders).toEqual([])
    expect(yamlImports(readFileSync(path.join(ROOT, ADAPTER), 'utf8'))).toContain('Composer')
  })
})
