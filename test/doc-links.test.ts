// Every relative link in the README, CONTRIBUTING.md and docs/*.md leads somewhere: the file exists, and a
// `#anchor` into a Markdown page names one of its headings (as GitHub slugs them). Moving a section from
// one page to another breaks the links to it; this is where that shows.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import GithubSlugger, {slug} from 'github-slugger'
import {describe, expect, it} from 'vitest'
import {ROOT} from './helpers/cli.js'

const PAGES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`)].filter(
  (f) => f.endsWith('.md')
)
/** Other hand-written pages users reach from those. */
const OTHER_PAGES = [
  'bench/README.md',
  'examples/gitops-repo/README.md',
  'examples/gitops-repo/EXPECTED.md',
  'integrations/README.md'
]

/** The text outside fenced code blocks and inline code, where a `[x](y)` or `# x` is not Markdown. */
function prose(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '')
}

/** The anchors of a page's headings, as GitHub makes them (a repeated heading gets -1, -2, …). */
function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger()
  const out = new Set<string>()
  for (const [, text] of markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')
    .matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm))
    out.add(slugger.slug((text as string).replace(/`/g, '')))
  return out
}

/** Relative link targets of a page: `[text](target)`, without external URLs. */
function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] as string)
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
}

describe('links in the docs', () => {
  it('the anchors and links read as GitHub reads them', () => {
    expect(slug('Preview: `fix --dry-run`'.replace(/`/g, ''))).toBe('preview-fix---dry-run')
    expect(slug('KRM function: kpt and kustomize')).toBe('krm-function-kpt-and-kustomize')
    expect(slug('Sidecars, workload kinds, injectors and exemptions')).toBe(
      'sidecars-workload-kinds-injectors-and-exemptions'
    )
    expect([...anchors('# A\n## A\n```yaml\n# not a heading\n```\n### `headroom collect --prometheus`\n')]).toEqual([
      'a',
      'a-1',
      'headroom-collect---prometheus'
    ])
    expect(links('[a](b.md) `[c](d.md)` [e](https://x.y/z)\n```\n[f](g.md)\n```\n[h](#i)')).toEqual(['b.md', '#i'])
  })

  it.each([...PAGES, ...OTHER_PAGES])('%s: every relative link resolves, anchors included', (page) => {
    const text = readFileSync(path.join(ROOT, page), 'utf8')
    const targets = links(text)
    if (PAGES.includes(page)) expect(targets.length, `${page} has no relative links`).toBeGreaterThan(0)
    const broken = targets.filter((target) => {
      const [file = '', anchor] = target.split('#')
      const resolved = file === '' ? path.join(ROOT, page) : path.join(ROOT, path.dirname(page), file)
      if (!existsSync(resolved)) return true
      if (anchor === undefined || !resolved.endsWith('.md')) return false
      return !anchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor))
    })
    expect(broken, `${page}: links that lead nowhere`).toEqual([])
  })
})
