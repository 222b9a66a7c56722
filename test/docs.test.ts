// The generated docs (docs/rules.md, docs/config.md, the generated regions of the README and docs/ pages)
// must match the code, and the hand-written pages must cover the CLI: every flag in --help and every
// command in docs/cli.md, every command in the README's short tour.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {
  EXAMPLE_CONFIG,
  EXEMPTIONS_EXAMPLE,
  REGION_PAGES,
  allRegions,
  configDocProblems,
  exemptionDocProblems,
  fillRegions,
  loadInputs,
  pageRegions,
  renderAll,
  renderRulesDoc,
  staleFiles,
  type Inputs
} from '../scripts/docs.mjs'
import {HELP, COMMANDS} from '../src/cli/options.js'
import {FORMATS} from '../src/report/formats.js'
import {COMMAND_MODULES} from '../src/cli/commands/index.js'
import {validateConfig} from '../src/config/validate.js'
import {resolveSettings, type HeadroomConfig} from '../src/config/settings.js'
import {ROOT} from './helpers/cli.js'
import {INJECTORS} from '../src/classify/injectors.js'
import * as exemptionsModule from '../src/engine/exemptions.js'

const page = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')
const readme = page('README.md')
const cliDoc = page('docs/cli.md')
const sidecarsDoc = page('docs/sidecars.md')

/** The text of a `## heading` section, up to the next `## `. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  expect(start, `no "## ${heading}" section`).toBeGreaterThan(-1)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(start, end === -1 ? undefined : end)
}

describe('generated docs', () => {
  let inputs: Inputs

  beforeAll(async () => {
    inputs = await loadInputs({importModule: (file) => import(file)})
  })

  it('docs/rules.md, docs/config.md and the regions of the hand-written pages are up to date (run npm run docs)', () => {
    const stale = staleFiles(renderAll(inputs))
    expect(stale.map((s) => `${s.file}: ${s.detail}`)).toEqual([])
  })

  it('every region is generated into exactly one page, and each page holds exactly its regions', () => {
    const assigned = Object.values(REGION_PAGES).flat()
    expect([...assigned].sort()).toEqual(Object.keys(allRegions(inputs)).sort())
    expect(new Set(assigned).size).toBe(assigned.length)
    for (const [file, names] of Object.entries(REGION_PAGES)) {
      const markers = [...page(file).matchAll(/<!-- ([\w-]+):start -->/g)].map((m) => m[1])
      expect(markers.sort(), file).toEqual([...names].sort())
    }
    // A region left in a page that no longer generates it is refused, not silently kept stale.
    const leftover = `${readme}\n<!-- rules:start -->\n| old |\n<!-- rules:end -->\n`
    expect(() => renderAll(inputs, {...inputs.pages, 'README.md': leftover})).toThrow(
      /README.md: region rules is not generated in this file/
    )
  })

  it('node scripts/docs.mjs --check agrees; a hand-edited region is detected and restored', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/docs.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.status, run.stdout).toBe(0)
    // A page whose generated region was edited by hand is stale, and regenerating restores it exactly.
    for (const [file, names] of Object.entries(REGION_PAGES)) {
      for (const name of names) {
        const text = page(file)
        const edited = text.replace(
          new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`),
          '$1| hand-edited |\n$2'
        )
        expect(edited, `${file} ${name}`).not.toBe(text)
        expect(staleFiles({[file]: edited}).map((s) => s.file)).toEqual([file])
        expect(fillRegions(edited, pageRegions(inputs, file), file)).toBe(text)
      }
    }
  })

  it('fillRegions refuses a README without the markers', () => {
    expect(() => fillRegions('# no markers\n', {rules: 'x'})).toThrow(/missing region markers <!-- rules:start -->/)
  })

  it('every config option has a description, and the fallback texts name real options', () => {
    expect(configDocProblems(inputs)).toEqual([])
  })

  it('documents every rule in the registry', () => {
    const rules = page('docs/rules.md')
    for (const rule of inputs.rules) {
      expect(rules).toContain(`\n## ${rule.meta.id}\n`)
      expect(rules).toContain(`| [\`${rule.meta.id}\`](#${rule.meta.id}) |`)
    }
  })

  it('documents every file-level finding of the FILE_FINDINGS registry after the rules, and fails when one drifts', () => {
    const rules = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')
    const fileLevel = rules.slice(rules.indexOf('\n## File-level findings\n'))
    expect(rules.indexOf('\n## File-level findings\n')).toBeGreaterThan(
      rules.lastIndexOf(`\n## ${inputs.rules.at(-1)?.meta.id}\n`)
    )
    expect(inputs.fileFindings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['yaml-syntax', 'template', 'config', 'io', 'file-too-large', 'not-text', 'internal'])
    )
    for (const f of inputs.fileFindings) {
      expect(fileLevel).toContain(`\n### ${f.id}\n\n${f.description}\n\n${f.help}\n`)
      expect(fileLevel).toContain(`| [\`${f.id}\`](#${f.id}) | ${f.severity} | ${f.baseline ? 'yes' : 'no'} |`)
    }
    // A registry entry changed without `npm run docs` makes docs/rules.md stale.
    const changed = {
      ...inputs,
      fileFindings: inputs.fileFindings.map((f) => (f.id === 'internal' ? {...f, help: 'changed'} : f))
    }
    expect(renderRulesDoc(changed)).not.toBe(rules)
    expect(staleFiles({'docs/rules.md': renderRulesDoc(changed)}).map((s) => s.file)).toEqual(['docs/rules.md'])
  })

  it('the injectors region is the INJECTORS table: every row with its container, annotations and defaults', () => {
    const region = /<!-- injectors:start -->\n([\s\S]*?)<!-- injectors:end -->/.exec(sidecarsDoc)?.[1] ?? ''
    const rows = region.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Injector'))
    expect(rows).toHaveLength(INJECTORS.length)
    const mi = (v: {n: bigint; d: bigint} | undefined) => (v ? `${v.n / v.d / 1048576n}Mi` : 'none')
    INJECTORS.forEach((injector, i) => {
      const row = rows[i] ?? ''
      expect(row).toContain(`| ${injector.title} | \`${injector.id}\` | \`${injector.container}\` |`)
      if (injector.resourcesFrom)
        expect(row).toContain(`none: the \`${injector.resourcesFrom.kind}\`'s \`${injector.resourcesFrom.field}\``)
      else expect(row).toContain(`\`${injector.requestAnnotation}\` / \`${injector.limitAnnotation}\``)
      expect(row).toContain(`| ${mi(injector.defaultRequest)} / ${mi(injector.defaultLimit)} | ${injector.source} |`)
      if (injector.enable.podKey) expect(row).toContain(`\`${injector.enable.podKey}\``)
      for (const ns of injector.enable.namespace ?? []) expect(row).toContain(ns.key)
      if (injector.enable.cancelledBy) expect(row).toContain(`not with \`${injector.enable.cancelledBy.key}\``)
    })
    expect(region).toContain('Istio drops **all** its resource defaults as soon as any of `sidecar.istio.io/proxyCPU`')
  })

  it('the exemptions region documents every ANNOTATION_* constant and the config exemptions fields', () => {
    expect(exemptionDocProblems(inputs)).toEqual([])
    const constants = Object.entries(exemptionsModule).filter(([name]) => name.startsWith('ANNOTATION_'))
    expect(constants.length).toBeGreaterThanOrEqual(4)
    const region = /<!-- exemptions:start -->\n([\s\S]*?)<!-- exemptions:end -->/.exec(sidecarsDoc)?.[1] ?? ''
    for (const [, key] of constants) expect(region).toContain(`| \`${String(key)}\` |`)
    for (const field of ['namespace', 'kind', 'name', 'container', 'rules'])
      expect(region).toContain(`| \`${field}\` |`)
    expect(region).toContain(EXEMPTIONS_EXAMPLE)
    // A constant without docs is a problem the generator refuses to render.
    expect(
      exemptionDocProblems({...inputs, annotations: {...inputs.annotations, ANNOTATION_NEW: 'headroom.io/new'}})
    ).toEqual(['scripts/docs.mjs: ANNOTATION_DOCS has no entry for ANNOTATION_NEW (src/engine/exemptions.ts)'])
  })

  it('the README shows the real output of its main command, which exits 1 on the example repo', () => {
    expect(inputs.runs['main-output']?.code).toBe(1)
    expect(section(readme, 'Quick start')).toContain('$ npx headroom check examples/gitops-repo\n')
  })
})

describe('README', () => {
  it('quick start: exactly the two set-up commands', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(section(readme, 'Quick start'))
    expect(block?.[1]).toBe('npm ci && npx headroom check examples/gitops-repo\nnpm test\n')
  })

  it('the short tour names every command and links the CLI reference', () => {
    const tour = section(readme, 'Commands')
    for (const command of [...COMMANDS, ...COMMAND_MODULES.map((c) => c.name)])
      expect(tour, `README "## Commands" lacks headroom ${command}`).toMatch(new RegExp(`\\bheadroom ${command}\\b`))
    expect(tour).toContain('](docs/cli.md)')
  })

  it('stays short: the reference lives in docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(20_000)
    for (const heading of ['Why', 'Quick start', 'The model', 'Commands', 'Integrations', 'Documentation'])
      section(readme, heading)
  })
})

describe('docs/cli.md', () => {
  it('documents every flag in --help, and no flag that --help lacks', () => {
    const options = HELP.slice(HELP.indexOf('\nOptions:\n'), HELP.indexOf('\n\n', HELP.indexOf('\nOptions:\n') + 1))
    const helpFlags = [...options.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string)
    expect(helpFlags).toContain('--headroom')
    expect(helpFlags).toContain('-c')
    const table = section(cliDoc, 'Options')
      .split('\n')
      .filter((line) => line.startsWith('| `-'))
    const documented = table.flatMap((line) =>
      [...(line.split(' | ')[0] ?? '').matchAll(/`(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string)
    )
    for (const flag of helpFlags) expect(documented, `docs/cli.md "## Options" table lacks ${flag}`).toContain(flag)
    for (const flag of documented)
      expect(helpFlags, `docs/cli.md documents ${flag}, which --help does not have`).toContain(flag)
  })

  it('documents every output format', () => {
    const formats = section(cliDoc, 'Output formats')
    for (const name of Object.keys(FORMATS))
      expect(formats, `docs/cli.md "## Output formats" lacks ${name}`).toContain(`**\`${name}\`**`)
  })

  it('documents every command', () => {
    const commands = section(cliDoc, 'Commands')
    for (const command of COMMANDS) expect(commands).toContain(`| \`${command}\``)
    for (const command of COMMAND_MODULES)
      expect(commands, `docs/cli.md "## Commands" lacks the ${command.name} command`).toContain(
        `\`headroom ${command.name}`
      )
    // and each has its own section under "Other commands" (its --help, generated, or a link to where it is)
    for (const command of COMMAND_MODULES) expect(cliDoc).toContain(`\n### \`headroom ${command.name}\`\n`)
  })

  it('config examples in the docs are valid configs', () => {
    const files = ['README.md', 'docs/cli.md', 'docs/sidecars.md', 'docs/audit.md']
    const blocks = files.flatMap((file) =>
      [...page(file).matchAll(/```yaml\n(# \.headroomrc\.yaml\n[\s\S]*?)```/g)].map((m) => m[1] as string)
    )
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    for (const text of [...blocks, EXAMPLE_CONFIG]) {
      const config = validateConfig(parse(text), 'example') as HeadroomConfig
      expect(() => resolveSettings(config)).not.toThrow()
    }
  })
})
