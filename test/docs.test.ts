// The generated docs (docs/rules.md, docs/config.md, the generated README regions) must match the code,
// and the hand-written README must cover the CLI: every flag in --help, the commands, working links.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {
  EXAMPLE_CONFIG,
  EXEMPTIONS_EXAMPLE,
  configDocProblems,
  exemptionDocProblems,
  fillRegions,
  loadInputs,
  readmeRegions,
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

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')

/** The text of a `## heading` section, up to the next `## `. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  expect(start, `README has no "## ${heading}" section`).toBeGreaterThan(-1)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(start, end === -1 ? undefined : end)
}

describe('generated docs', () => {
  let inputs: Inputs

  beforeAll(async () => {
    inputs = await loadInputs({importModule: (file) => import(file)})
  })

  it('docs/rules.md, docs/config.md and the README regions are up to date (run npm run docs)', () => {
    const stale = staleFiles(renderAll(inputs, readme))
    expect(stale.map((s) => `${s.file}: ${s.detail}`)).toEqual([])
  })

  it('node scripts/docs.mjs --check agrees; a hand-edited region is detected and restored', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/docs.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.status, run.stdout).toBe(0)
    // A README whose generated region was edited by hand is stale, and regenerating restores it exactly.
    const regions = readmeRegions(inputs)
    const edited = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, '$1| hand-edited |\n$2')
    expect(edited).not.toBe(readme)
    expect(staleFiles({'README.md': edited}).map((s) => s.file)).toEqual(['README.md'])
    expect(fillRegions(edited, regions)).toBe(readme)
  })

  it('fillRegions refuses a README without the markers', () => {
    expect(() => fillRegions('# no markers\n', {rules: 'x'})).toThrow(/missing region markers <!-- rules:start -->/)
  })

  it('every config option has a description, and the fallback texts name real options', () => {
    expect(configDocProblems(inputs)).toEqual([])
  })

  it('documents every rule in the registry', () => {
    const rules = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')
    for (const rule of inputs.rules) {
      expect(rules).toContain(`\n## ${rule.meta.id}\n`)
      expect(section(readme, 'Rules')).toContain(`\`${rule.meta.id}\``)
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
    const region = /<!-- injectors:start -->\n([\s\S]*?)<!-- injectors:end -->/.exec(readme)?.[1] ?? ''
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
    const region = /<!-- exemptions:start -->\n([\s\S]*?)<!-- exemptions:end -->/.exec(readme)?.[1] ?? ''
    for (const [, key] of constants) expect(region).toContain(`| \`${String(key)}\` |`)
    for (const field of ['namespace', 'kind', 'name', 'container', 'rules'])
      expect(region).toContain(`| \`${field}\` |`)
    expect(region).toContain(EXEMPTIONS_EXAMPLE)
    // A constant without docs is a problem the generator refuses to render.
    expect(
      exemptionDocProblems({...inputs, annotations: {...inputs.annotations, ANNOTATION_NEW: 'headroom.io/new'}})
    ).toEqual(['scripts/docs.mjs: ANNOTATION_DOCS has no entry for ANNOTATION_NEW (src/engine/exemptions.ts)'])
  })

  it('a hand-edited injectors or exemptions region is stale', () => {
    for (const name of ['injectors', 'exemptions']) {
      const edited = readme.replace(
        new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`),
        '$1| hand-edited |\n$2'
      )
      expect(edited).not.toBe(readme)
      expect(staleFiles({'README.md': edited}).map((s) => s.file)).toEqual(['README.md'])
      expect(fillRegions(edited, readmeRegions(inputs))).toBe(readme)
    }
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

  it('documents every flag in --help, and no flag that --help lacks', () => {
    const options = HELP.slice(HELP.indexOf('\nOptions:\n'), HELP.indexOf('\n\n', HELP.indexOf('\nOptions:\n') + 1))
    const helpFlags = [...options.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string)
    expect(helpFlags).toContain('--headroom')
    expect(helpFlags).toContain('-c')
    const cli = section(readme, 'CLI')
    const table = cli.split('\n').filter((line) => line.startsWith('| `-'))
    const readmeFlags = table.flatMap((line) =>
      [...(line.split(' | ')[0] ?? '').matchAll(/`(--?[a-z][a-z-]*)/g)].map((m) => m[1] as string)
    )
    for (const flag of helpFlags) expect(readmeFlags, `README "## CLI" options table lacks ${flag}`).toContain(flag)
    for (const flag of readmeFlags)
      expect(helpFlags, `README documents ${flag}, which --help does not have`).toContain(flag)
  })

  it('documents every output format', () => {
    const formats = section(readme, 'Output formats')
    for (const name of Object.keys(FORMATS))
      expect(formats, `README "## Output formats" lacks ${name}`).toContain(`**\`${name}\`**`)
  })

  it('documents every command', () => {
    const cli = section(readme, 'CLI')
    for (const command of COMMANDS) expect(cli).toContain(`| \`${command}\``)
    for (const command of COMMAND_MODULES)
      expect(cli, `README "## CLI" lacks the ${command.name} command`).toContain(`\`headroom ${command.name}`)
  })

  it('keeps the sections other parts of the project fill in', () => {
    for (const heading of [
      'Live-audit data',
      'Integrations',
      'Performance',
      'Safety',
      'Development',
      'Injected sidecars and exemptions'
    ])
      section(readme, heading)
  })

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] as string)
      .filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith('#'))
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(existsSync(path.join(ROOT, link.split('#')[0] as string)), link).toBe(true)
  })

  it('config examples in README.md and docs/config.md are valid configs', () => {
    const blocks = [...readme.matchAll(/```yaml\n(# \.headroomrc\.yaml\n[\s\S]*?)```/g)].map((m) => m[1] as string)
    expect(blocks.length).toBeGreaterThan(0)
    for (const text of [...blocks, EXAMPLE_CONFIG]) {
      const config = validateConfig(parse(text), 'example') as HeadroomConfig
      expect(() => resolveSettings(config)).not.toThrow()
    }
  })
})
