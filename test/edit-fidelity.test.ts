// Edit fidelity, round 2 (issue 14): the families an adversarial review found, each pinned by hand cases
// and by properties over the shape that generalises it. Fixture pairs for the same families live in
// fixtures/fidelity-*; the fuzz suite (test/fuzz) generates these shapes too.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseAllDocuments} from 'yaml'
import {verifyRewrite} from '../src/apply/verify.js'
import {indexSource} from '../src/run/scan-index.js'
import {resolveSettings} from '../src/config/settings.js'
import {analyzeText, type FileResult} from '../src/engine/analyze.js'
import {INDEX_HINT} from '../src/extract/repo-index.js'
import {MAX_NESTING, parseYaml} from '../src/parse/yaml-adapter.js'

// Unbounded sidecars get a limit only from evidence or a configured class limit (issue 12), and a written
// limit never goes below a class floor: the edits here are about where and how values are written, so the
// classes get a configured limit and no floor, and the numbers stay the plain formula.
const settings = resolveSettings({
  sidecars: {'istio-proxy': {limit: '180Mi', floor: null}, 'linkerd-proxy': {limit: '180Mi', floor: null}}
})

function fix(text: string, prefilter = true): FileResult {
  return analyzeText({path: 'x.yaml', text}, settings, {fix: true, prefilter})
}

/** What a parse says, comparable across paths: ok, or each problem with its position. */
function verdict(text: string, prefilter: boolean): string {
  const result = parseYaml({path: 'x.yaml', text}, {prefilter})
  return result.ok ? 'ok' : result.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n')
}

/** Flow collections nested `kinds.length` deep (true: a mapping level, false: a sequence level). */
function nested(kinds: readonly boolean[], leaf: string): string {
  let text = leaf
  for (let k = kinds.length - 1; k >= 0; k--) text = kinds[k] ? `{k${k}: ${text}}` : `[${text}]`
  return text
}

const HOSTS = [
  (deep: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: deep\n  labels: {a: ${deep}}\n`,
  (deep: string) => `apiVersion: v1\nkind: LimitRange\nmetadata:\n  name: lr\nspec:\n  limits: ${deep}\n`,
  (deep: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations: {x: ${deep}}\n    spec:\n      containers:\n        - name: app\n          image: a\n        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: {limits: {memory: 140Mi}}\n`,
  (deep: string) =>
    `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata:\n      name: deep\n      annotations:\n        a: ${deep}\n`
]

describe('deep flow nesting: the recogniser and yaml refuse the same documents at the same place', () => {
  it('refuses collections nested beyond the limit on both paths, at the same line and column', () => {
    for (const host of HOSTS) {
      for (const depth of [MAX_NESTING - 8, MAX_NESTING, 400, 1200]) {
        const text = host(
          nested(
            Array.from({length: depth}, (_, k) => k % 3 === 0),
            'x'
          )
        )
        const on = verdict(text, true)
        expect(on).toBe(verdict(text, false))
        if (depth >= MAX_NESTING) expect(on).toMatch(/nested too deeply to read safely/)
      }
    }
  })

  it('property: any flow nesting depth gives the same verdict with and without the pre-filter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), {minLength: 1, maxLength: 700}),
        fc.constantFrom(...HOSTS.keys()),
        fc.constantFrom('x', '"q"', '1', ''),
        (kinds, host, leaf) => {
          const text = (HOSTS[host] as (deep: string) => string)(nested(kinds, leaf))
          expect(verdict(text, true)).toBe(verdict(text, false))
          // never a document the recogniser reads while yaml (given any stack) cannot
          if (verdict(text, true) === 'ok')
            expect(parseAllDocuments(text).every((d) => !Array.isArray(d) && d.errors.length === 0)).toBe(true)
        }
      ),
      {numRuns: 150}
    )
  })

  it('the repo pre-pass reads or skips a deeply nested file, never throws', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 3000}), fc.constantFrom(...HOSTS.keys()), (depth, host) => {
        const text = (HOSTS[host] as (deep: string) => string)(
          nested(
            Array.from({length: depth}, (_, k) => k % 2 === 0),
            'x'
          )
        )
        for (const prefilter of [true, false])
          expect(() => indexSource({path: 'x.yaml', text}, {prefilter})).not.toThrow()
      }),
      {numRuns: 60}
    )
    const text = (HOSTS[0] as (deep: string) => string)(nested([false], 'x'))
    expect([...indexSource({path: 'ns.yaml', text}).namespaces.keys()]).toEqual(['deep'])
  })

  it('a deeply nested workload is reported once, as too deep, and never written', () => {
    const text = (HOSTS[2] as (deep: string) => string)(
      nested(
        Array.from({length: 600}, () => false),
        'x'
      )
    )
    for (const prefilter of [true, false]) {
      const result = fix(text, prefilter)
      expect(result.output).toBeUndefined()
      expect(result.findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`)).toEqual([
        `8 yaml-syntax invalid YAML: collections are nested too deeply to read safely (more than ${MAX_NESTING} levels); file left unchanged`
      ])
    }
  })
})

const HEAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: example/app:1
`
/** A Deployment whose sidecar (istio-proxy) is written as `sidecar` (lines at the item's indentation: 8). */
const deployment = (sidecar: string, after = '') => `${HEAD}${sidecar}${after}`

/** Fixes `text` and checks what every fix must hold; returns the result. */
function fixed(text: string): FileResult & {output: string} {
  const result = fix(text)
  const statuses = result.findings
    .filter((f) => f.fix || f.status)
    .map((f) => `${f.status}${f.reason ? `: ${f.reason}` : ''}`)
  expect(statuses, text).toContain('fixed')
  expect(result.output, text).toBeDefined()
  const after = parseAllDocuments(result.output as string)
  const before = parseAllDocuments(text)
  const warnings = (docs: typeof after) =>
    Array.isArray(docs) ? docs.flatMap((d) => d.warnings.map((w) => w.code)) : []
  expect(warnings(after).length, result.output).toBeLessThanOrEqual(warnings(before).length)
  expect(Array.isArray(after) && after.every((d) => d.errors.length === 0)).toBe(true)
  return result as FileResult & {output: string}
}

/** The sidecar's data after a fix (the second container of the first document). */
function sidecarData(
  output: string
): {resources?: {limits?: {memory?: unknown}; requests?: {memory?: unknown}}} & Record<string, unknown> {
  const docs = parseAllDocuments(output, {merge: true})
  const data = (Array.isArray(docs) ? docs[0]?.toJS() : undefined) as {
    spec: {template: {spec: {containers: Record<string, unknown>[]}}}
  }
  return data.spec.template.spec.containers[1] as ReturnType<typeof sidecarData>
}

describe('tags: a replaced or filled value means a quantity string', () => {
  const TAGGED: [tag: string, value: string][] = [
    ['!!int', '146800640'],
    ['!!float', '146800640.0'],
    ['!!str', '140Mi'],
    ['!custom', '140Mi'],
    ['!', '140Mi'],
    ['!<tag:yaml.org,2002:int>', '146800640'],
    ['!!float', '1.468e8']
  ]

  it.each(TAGGED)('%s %s as the limit: replaced together with its tag', (tag, value) => {
    const text = deployment(
      `        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            requests:\n              memory: 128Mi\n            limits:\n              memory: ${tag} ${value}\n`
    )
    const {output} = fixed(text)
    expect(output).toContain('              memory: 180Mi\n')
    expect(sidecarData(output).resources?.limits?.memory).toBe('180Mi')
  })

  it.each([
    ['limits: !!null', '            limits:\n              memory: 180Mi\n'],
    ['limits: !!null ~', '            limits: {memory: 180Mi}\n'],
    ['limits: !!null # none yet', '            limits: # none yet\n              memory: 180Mi\n']
  ])('inserting under `%s` drops the tag', (limits, expected) => {
    const {output} = fixed(
      deployment(
        `        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            requests:\n              memory: 128Mi\n            ${limits}\n`
      )
    )
    expect(output).toContain(expected)
    expect(sidecarData(output).resources?.limits?.memory).toBe('180Mi')
  })

  it.each(['!!str', '!custom', '!', '!<tag:yaml.org,2002:str>'])(
    '%s on injector annotations: replaced together with the tag, still a string',
    (tag) => {
      const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n        sidecar.istio.io/proxyMemoryLimit: ${tag} 140Mi\n        sidecar.istio.io/proxyMemory: ${tag} "128Mi"\n      labels:\n        sidecar.istio.io/inject: "true"\n    spec:\n      containers:\n        - name: app\n          image: example/app:1\n`
      const {output} = fixed(text)
      expect(output).toContain('        sidecar.istio.io/proxyMemoryLimit: 180Mi\n')
      const docs = parseAllDocuments(output)
      const data = (Array.isArray(docs) ? docs[0]?.toJS() : undefined) as {
        spec: {template: {metadata: {annotations: Record<string, unknown>}}}
      }
      expect(data.spec.template.metadata.annotations['sidecar.istio.io/proxyMemoryLimit']).toBe('180Mi')
    }
  )

  it('property: any tag on any memory scalar the planner may touch, in block or flow style', () => {
    const tagged = fc.constantFrom<[string, string]>(
      ...TAGGED,
      ['', '140Mi'],
      ['', '146800640'],
      ['&m', '140Mi'],
      ['!!int &m', '146800640'],
      ['&m !!str', '140Mi']
    )
    fc.assert(
      fc.property(
        fc.option(tagged, {nil: undefined}),
        tagged,
        fc.boolean(),
        fc.constantFrom('', '!!map '),
        (request, limit, flow, mapTag) => {
          const req = request ? `${request[0]} ${request[1]}`.trim() : undefined
          const lim = `${limit[0]} ${limit[1]}`.trim()
          const resources = flow
            ? `          resources: ${mapTag}{${req ? `requests: {memory: ${req}}, ` : ''}limits: {memory: ${lim}}}\n`
            : `          resources: ${mapTag.trim()}\n${req ? `            requests:\n              memory: ${req}\n` : ''}            limits:\n              memory: ${lim}\n`
          const text = deployment(
            `        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n${resources}`
          )
          const result = fix(text)
          if (result.output === undefined) return
          const sidecar = sidecarData(result.output)
          const before = sidecarData(text)
          // every value the fix wrote is a string (a value it left alone may stay what it was)
          for (const section of ['limits', 'requests'] as const) {
            const now = sidecar.resources?.[section]?.memory
            if (now !== before.resources?.[section]?.memory) expect(typeof now, result.output).toBe('string')
          }
          const warnings = (source: string) =>
            parseAllDocuments(source).flatMap((d) => d.warnings.map((w) => w.message))
          expect(warnings(result.output).length, result.output).toBeLessThanOrEqual(warnings(text).length)
          expect(
            result.findings.some((f) => f.status === 'verify-failed'),
            JSON.stringify(result.findings)
          ).toBe(false)
        }
      ),
      {numRuns: 200}
    )
  })
})

describe('re-parse verification: a new yaml warning fails the check', () => {
  const parsed = (text: string) => {
    const result = parseYaml({path: 'x.yaml', text})
    if (!result.ok) throw new Error('does not parse')
    return result.file
  }

  it('refuses a rewrite that draws a warning the original did not', () => {
    const before = parsed('a: !!int 1\n')
    const verdict = verifyRewrite(before, 'a: !!int 2Mi\n', [{document: 0, path: ['a'], value: '2Mi'}])
    expect(verdict.ok).toBe(false)
    expect(verdict.ok ? '' : verdict.reason).toMatch(/new YAML warning \(.*tag/i)
  })

  it('accepts the warnings the original already had, and a rewrite that drops one', () => {
    const before = parsed('a: !custom 1\nb: 2\n')
    expect(verifyRewrite(before, 'a: !custom 1\nb: 3\n', [{document: 0, path: ['b'], value: 3}]).ok).toBe(true)
    expect(verifyRewrite(before, 'a: 5\nb: 2\n', [{document: 0, path: ['a'], value: 5}]).ok).toBe(true)
  })
})

describe('objects are recognised by their resolved kind, never by raw text', () => {
  const KINDS = [
    'LimitRange',
    '"LimitRange"',
    "'LimitRange'",
    '!!str LimitRange',
    '!!str "LimitRange"',
    '"Limit\\x52ange"',
    '"\\u004cimitRange"',
    '"Limit\\\n  Range"',
    '\n  LimitRange',
    '# the kind\n  LimitRange',
    '&k LimitRange'
  ]
  const METADATA = [
    '\n  name: lr\n  namespace: team',
    ' {name: lr, namespace: team}',
    ' {"name": "lr", "namespace": "team"}',
    ' !!map {name: lr, namespace: team}'
  ]
  const limitRange = (kind: string, metadata: string) =>
    `apiVersion: v1\nkind: ${kind}\nmetadata:${metadata}\nspec:\n  limits:\n    - type: Container\n      max:\n        memory: 150Mi\n`

  it('property: however kind and metadata are written, the text pre-check lets the file through and the index reads its max', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.constantFrom(...METADATA), fc.boolean(), (kind, metadata, flowRoot) => {
        let text = limitRange(kind, metadata)
        if (flowRoot && !kind.includes('\n') && !metadata.includes('\n')) {
          text = `{apiVersion: v1, kind: ${kind}, metadata:${metadata}, spec: {limits: [{type: Container, max: {memory: 150Mi}}]}}\n`
        }
        expect(INDEX_HINT.test(text), text).toBe(true)
        const index = indexSource({path: 'lr.yaml', text})
        expect(index.limitRangeMax.get('team')?.text, text).toBe('150Mi')
      }),
      {numRuns: 120}
    )
  })

  it('a LimitRange written so caps the fix of a sidecar in its namespace (same file)', () => {
    const text = `${limitRange('!!str LimitRange', ' {name: lr, namespace: team}')}---\n${deployment(
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            limits:\n              memory: 140Mi\n'
    ).replace('  name: web\n', '  name: web\n  namespace: team\n')}`
    const result = fix(text)
    expect(JSON.stringify(result.findings)).toMatch(/LimitRange|150Mi/)
    expect(result.output ?? '').not.toMatch(/memory: 197Mi/)
  })

  it('the pre-check still passes over files that cannot hold such an object', () => {
    expect(INDEX_HINT.test(deployment('        - name: istio-proxy\n          image: x\n'))).toBe(false)
    expect(INDEX_HINT.test('description: Namespaces and LimitRanges are described here\n')).toBe(false)
  })
})

const SIDECAR = '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n'
/** What follows the sidecar: nothing, another container, the pod's volumes, or another document. */
const AFTER = [
  '',
  '        - name: late\n          image: example/late:1\n',
  '      volumes:\n        - name: data\n          emptyDir: {}\n',
  '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'
]

/** The sidecar gets resources (limit 180Mi, request 128Mi) and nothing else in the document changes. */
function expectResourcesAdded(text: string): string {
  const {output} = fixed(text)
  const sidecar = sidecarData(output)
  expect(sidecar.resources, output).toEqual({limits: {memory: '180Mi'}, requests: {memory: '128Mi'}})
  const {resources: _added, ...rest} = sidecar
  const {resources: _none, ...restBefore} = sidecarData(text)
  expect(rest).toEqual(restBefore)
  return output
}

describe('refusals where a correct edit exists', () => {
  it('property: a keep-chomped block scalar as the last value, followed by any number of blank lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('|+', '>+', '|2+', '|+2', '>-', '|'),
        fc.array(fc.constantFrom('hello', 'two words', '  indented', ''), {minLength: 1, maxLength: 4}),
        fc.integer({min: 0, max: 3}),
        fc.boolean(),
        fc.constantFrom(...AFTER.keys()),
        (header, lines, blanks, nested, after) => {
          if (lines.every((l) => l === '')) lines = ['hello']
          const indent = nested ? '                ' : '            '
          const body = lines.map((l) => (l === '' ? '' : indent + l)).join('\n')
          const block = nested
            ? `          env:\n            - name: A\n              value: ${header}\n${body}\n`
            : `          args: ${header}\n${body}\n`
          const text = deployment(SIDECAR + block + '\n'.repeat(blanks), AFTER[after])
          // (`|2+` needs its content indented exactly two more than the key)
          if (parseAllDocuments(text).some((d) => d.errors.length > 0)) return
          expectResourcesAdded(text)
        }
      ),
      {numRuns: 150}
    )
  })

  it.each([
    ['- ? name', '        - ? name\n          : istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n'],
    ['? image last', '        - name: istio-proxy\n          ? image\n          : docker.io/istio/proxyv2:1.24.0\n'],
    [
      '? resources',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          ? resources\n          : requests:\n              memory: 128Mi\n'
    ],
    [
      '? resources with an empty value',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          ? resources\n          :\n'
    ],
    [
      'flow map, bare key',
      '        - {name: istio-proxy, image: docker.io/istio/proxyv2:1.24.0, resources: {requests: {memory: 128Mi}, limits}}\n'
    ],
    [
      'flow map, bare quoted key',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: {requests: {memory: 128Mi}, "limits"}\n'
    ],
    [
      'flow map, explicit bare key',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: {requests: {memory: 128Mi}, ? limits}\n'
    ],
    [
      'empty flow map, comment inside, } at the key column',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: { # none yet\n          }\n'
    ],
    [
      'empty flow map, comment inside, } indented',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: {  # none yet }\n            }\n'
    ],
    [
      'empty nested flow map, comment inside',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources: {requests: {memory: 128Mi}, limits: { # todo\n            }}\n'
    ],
    [
      'inline merge, unshared',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            <<: {requests: {memory: 128Mi}, limits: {memory: 140Mi}}\n'
    ],
    [
      'inline merge list, unshared',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            <<: [{requests: {memory: 128Mi}}, {limits: {memory: 140Mi}}]\n'
    ],
    [
      'inline merge with an anchor nothing uses',
      '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            <<: &r {requests: {memory: 128Mi}, limits: {memory: 140Mi}}\n'
    ]
  ])('%s', (_name, sidecar) => {
    for (const after of AFTER) expectResourcesAdded(deployment(sidecar, after))
  })

  it('property: a commented-out key line at any indentation right after the last value', () => {
    const LAST = [
      '',
      '          env:\n            - name: A\n              value: b\n',
      '          args: ["--a", "--b"]\n',
      '          command:\n            - run\n',
      '          args: |\n            one\n',
      '          ports:\n            - containerPort: 15090\n              name: http-envoy-prom\n'
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...LAST),
        fc.integer({min: 0, max: 18}),
        fc.constantFrom('# - name: old', '# resources: {}', '#image: x'),
        fc.constantFrom(...AFTER.keys()),
        fc.boolean(),
        (last, column, comment, after, blank) => {
          const commentLine = `${' '.repeat(column)}${comment}\n`
          const text = deployment(SIDECAR + last + (blank ? '\n' : '') + commentLine, AFTER[after])
          // (a comment line inside a block scalar is part of its text)
          if (
            parseAllDocuments(text).some((d) => d.errors.length > 0) ||
            JSON.stringify(sidecarData(text)).includes('#')
          )
            return
          const output = expectResourcesAdded(text)
          // the new keys sit right after the last value, at the sidecar's key column, before the comment
          const inserted = output.indexOf('          resources:\n')
          expect(inserted, output).toBeGreaterThan(-1)
          expect(output.indexOf(commentLine), output).toBeGreaterThan(inserted)
          expect(output.slice(0, inserted)).toBe(text.slice(0, inserted))
        }
      ),
      {numRuns: 200}
    )
  })

  const limited = deployment(
    '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            limits:\n              memory: 140Mi\n'
  )
  it.each([
    [
      'a pod spec anchored and aliased elsewhere',
      `${limited.replace('    spec:\n      containers:', '    spec: &podspec\n      containers:')}  other: *podspec\n`,
      /anchor &podspec \(line 7\)/
    ],
    [
      'a containers list anchored and aliased elsewhere',
      `${limited.replace('containers:', 'containers: &ctrs')}  other: *ctrs\n`,
      /anchor &ctrs \(line 8\)/
    ],
    [
      'a template anchored, aliased in another object of the document',
      `${limited.replace('  template:', '  template: &tpl')}copy: *tpl\n`,
      /anchor &tpl \(line 6\)/
    ],
    [
      'resources merged from a shared anchor',
      limited
        .replace('            limits:\n              memory: 140Mi\n', '            <<: *base\n')
        .replace('metadata:\n  name: web\n', 'metadata:\n  name: web\nbase: &base {limits: {memory: 140Mi}}\n'),
      /merge key <<: anchor &base \(line 5\)/
    ],
    [
      'resources that are an alias',
      limited
        .replace(
          '          resources:\n            limits:\n              memory: 140Mi\n',
          '          resources: *res\n'
        )
        .replace('metadata:\n  name: web\n', 'metadata:\n  name: web\nres: &res {limits: {memory: 140Mi}}\n'),
      /anchor &res/
    ]
  ])('where refusing is right, the reason names the anchor: %s', (_name, text, reason) => {
    const result = fix(text)
    const refused = result.findings.filter((f) => f.status && f.status !== 'fixed')
    expect(refused.length, JSON.stringify(result.findings)).toBeGreaterThan(0)
    for (const finding of refused) {
      expect(finding.reason).toMatch(reason)
      expect(finding.reason).not.toMatch(/would change outside the intended values/)
    }
    expect(result.output).toBeUndefined()
  })
})

describe('style', () => {
  const sidecar = deployment(
    '        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.24.0\n          resources:\n            requests:\n              memory: 128Mi\n'
  )

  it('property: inserted lines end like most of the file’s lines, whatever the first line does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), {minLength: sidecar.split('\n').length - 1, maxLength: sidecar.split('\n').length - 1}),
        (crlf) => {
          const lines = sidecar.split('\n').slice(0, -1)
          const text = lines.map((line, i) => line + (crlf[i] ? '\r\n' : '\n')).join('')
          const {output} = fixed(text)
          const majority = crlf.filter(Boolean).length > crlf.length / 2 ? '\r\n' : '\n'
          expect(
            output.includes(`128Mi${majority}            limits:${majority}              memory: 180Mi`),
            JSON.stringify(output)
          ).toBe(true)
        }
      ),
      {numRuns: 60}
    )
  })

  it('CR-only line breaks: one plain message, no cascade of syntax errors, file left alone', () => {
    for (const text of [sidecar.replace(/\n/g, '\r'), sidecar.replace('kind: Deployment\n', 'kind: Deployment\r')]) {
      for (const prefilter of [true, false]) {
        const result = fix(text, prefilter)
        expect(result.output).toBeUndefined()
        expect(result.findings.map((f) => f.message)).toEqual([
          'has line breaks written as a lone carriage return (CR, old Mac OS style); headroom does not read those: convert the file to LF or CRLF line breaks; file left unchanged'
        ])
      }
    }
  })
})
