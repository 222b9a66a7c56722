// Exemptions and overrides (issue 3): `headroom.io/ignore` ("true" / a rule list), `headroom.io/ignore-
// containers`, `headroom.io/headroom` and `headroom.io/drift` on the object or its pod template (bad
// values included), and config `exemptions` by namespace / kind / name / container globs and rules. Each
// form is checked against declared sidecars, injected sidecars and the quantity rules.
import {describe, expect, it} from 'vitest'
import {resolveSettings, type HeadroomConfig} from '../src/config/settings.js'
import {analyzeText, type FileResult} from '../src/engine/analyze.js'
import {
  ANNOTATION_DRIFT,
  ANNOTATION_HEADROOM,
  ANNOTATION_IGNORE,
  ANNOTATION_IGNORE_CONTAINERS
} from '../src/engine/exemptions.js'
import {removeTree, tempDir} from './helpers/cli.js'
import {headroomIn} from './helpers/in-process.js'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'

interface Spec {
  kind?: string
  name?: string
  namespace?: string
  /** annotations on the object's own metadata */
  object?: Record<string, string>
  /** annotations on the pod template */
  template?: Record<string, string>
}

/**
 * A Deployment with three things to report: a declared istio-proxy at 140Mi (needs 180Mi), an injected
 * linkerd-proxy annotated at 140Mi (needs 180Mi) and an application container with `memory: 1g`.
 */
function manifest(s: Spec = {}): string {
  const block = (indent: string, m: Record<string, string> | undefined) =>
    m
      ? Object.entries(m)
          .map(([k, v]) => `${indent}${k}: "${v}"\n`)
          .join('')
      : ''
  return [
    'apiVersion: apps/v1\n',
    `kind: ${s.kind ?? 'Deployment'}\n`,
    'metadata:\n',
    `  name: ${s.name ?? 'web'}\n`,
    s.namespace ? `  namespace: ${s.namespace}\n` : '',
    s.object ? `  annotations:\n${block('    ', s.object)}` : '',
    'spec:\n',
    '  template:\n',
    '    metadata:\n',
    '      annotations:\n',
    '        linkerd.io/inject: enabled\n',
    '        config.linkerd.io/proxy-memory-request: 128Mi\n',
    '        config.linkerd.io/proxy-memory-limit: 140Mi\n',
    block('        ', s.template),
    '    spec:\n',
    '      containers:\n',
    '        - name: web\n',
    '          image: example/web:1\n',
    '          resources:\n',
    '            limits:\n',
    '              memory: 1g\n',
    '        - name: istio-proxy\n',
    '          image: docker.io/istio/proxyv2:1.24.0\n',
    '          resources:\n',
    '            requests:\n',
    '              memory: 128Mi\n',
    '            limits:\n',
    '              memory: 140Mi\n'
  ].join('')
}

/** Class floors (issue 12) are off, so the numbers are the hand-worked formula. */
function run(text: string, config: HeadroomConfig = {}, fix = false): FileResult {
  const sidecars = {'istio-proxy': {floor: null}, 'linkerd-proxy': {floor: null}, ...config.sidecars}
  return analyzeText({path: 'web.yaml', text}, resolveSettings({...config, sidecars}), {fix})
}

/** `rule container` per finding, in order. */
function summary(result: FileResult): string[] {
  return result.findings.map((f) => `${f.ruleId} ${f.subject?.container ?? '-'}`)
}

const ALL = [
  'sidecar-memory-headroom istio-proxy',
  'injected-sidecar-memory-headroom linkerd-proxy',
  'invalid-memory-quantity web'
]

describe('the annotation names', () => {
  it('are the ones issue 3 specifies', () => {
    expect([ANNOTATION_IGNORE, ANNOTATION_IGNORE_CONTAINERS, ANNOTATION_HEADROOM, ANNOTATION_DRIFT]).toEqual([
      'headroom.io/ignore',
      'headroom.io/ignore-containers',
      'headroom.io/headroom',
      'headroom.io/drift'
    ])
  })
})

describe('without exemptions', () => {
  it('reports all three', () => {
    expect(summary(run(manifest())).sort()).toEqual([...ALL].sort())
  })
})

describe('headroom.io/ignore', () => {
  it.each(['true', 'True', 'all', '*'])('"%s" on the object exempts the workload from every rule', (value) => {
    expect(run(manifest({object: {[ANNOTATION_IGNORE]: value}})).findings).toEqual([])
  })

  it('"true" on the pod template works as well, and nothing is fixed', () => {
    const text = manifest({template: {[ANNOTATION_IGNORE]: 'true'}})
    expect(run(text).findings).toEqual([])
    expect(run(text, {}, true).output).toBeUndefined()
  })

  it('"rule-a,rule-b" exempts only those rules', () => {
    const result = run(manifest({object: {[ANNOTATION_IGNORE]: 'sidecar-memory-headroom,invalid-memory-quantity'}}))
    expect(summary(result)).toEqual(['injected-sidecar-memory-headroom linkerd-proxy'])
  })

  it('spaces around the commas do not matter; an unknown rule id exempts nothing', () => {
    expect(
      summary(
        run(manifest({template: {[ANNOTATION_IGNORE]: ' injected-sidecar-memory-headroom , invalid-memory-quantity '}}))
      )
    ).toEqual(['sidecar-memory-headroom istio-proxy'])
    expect(summary(run(manifest({object: {[ANNOTATION_IGNORE]: 'false'}}))).sort()).toEqual([...ALL].sort())
  })

  it('only exempts the object that carries it', () => {
    const text = `${manifest({name: 'a', object: {[ANNOTATION_IGNORE]: 'true'}})}---\n${manifest({name: 'b'})}`
    expect(run(text).findings.every((f) => f.subject?.name === 'b')).toBe(true)
    expect(run(text).findings).toHaveLength(3)
  })
})

describe('headroom.io/ignore-containers', () => {
  it('exempts the listed declared and injected containers, all rules', () => {
    const result = run(manifest({object: {[ANNOTATION_IGNORE_CONTAINERS]: 'istio-proxy, linkerd-proxy'}}))
    expect(summary(result)).toEqual(['invalid-memory-quantity web'])
  })

  it('works on the pod template and matches names exactly (no globs)', () => {
    expect(summary(run(manifest({template: {[ANNOTATION_IGNORE_CONTAINERS]: 'web'}}))).sort()).toEqual(
      ALL.filter((a) => !a.endsWith(' web')).sort()
    )
    expect(summary(run(manifest({template: {[ANNOTATION_IGNORE_CONTAINERS]: 'istio-*'}}))).sort()).toEqual(
      [...ALL].sort()
    )
  })
})

describe('headroom.io/headroom and headroom.io/drift', () => {
  const message = (result: FileResult, rule: string) => result.findings.find((f) => f.ruleId === rule)?.message ?? ''

  it('override the configured values for declared and injected sidecars of that workload', () => {
    // 128Mi × 1.3 × 1.25 = 208Mi
    const result = run(manifest({object: {[ANNOTATION_HEADROOM]: '25%', [ANNOTATION_DRIFT]: '1.3'}}))
    expect(message(result, 'sidecar-memory-headroom')).toBe(
      'istio-proxy memory limit 140Mi is below 208Mi (request 128Mi × drift 1.3 × headroom 1.25)'
    )
    expect(message(result, 'injected-sidecar-memory-headroom')).toContain(
      'is below 208Mi (request 128Mi × drift 1.3 × headroom 1.25)'
    )
  })

  it('a fraction works like a percentage; on the pod template too', () => {
    // 128Mi × 1.22 × 1.25 = 195.2 -> 196Mi
    const result = run(manifest({template: {[ANNOTATION_HEADROOM]: '0.25'}}))
    expect(message(result, 'sidecar-memory-headroom')).toContain(
      'is below 196Mi (request 128Mi × drift 1.22 × headroom 1.25)'
    )
  })

  it('the object annotation wins over the template one', () => {
    const result = run(manifest({object: {[ANNOTATION_DRIFT]: '1.5'}, template: {[ANNOTATION_DRIFT]: '1.1'}}))
    // 128Mi × 1.5 × 1.15 = 220.8 -> 221Mi
    expect(message(result, 'sidecar-memory-headroom')).toContain('is below 221Mi (request 128Mi × drift 1.5')
  })

  it('a workload override beats per-sidecar config and the global config', () => {
    const config: HeadroomConfig = {
      headroom: '40%',
      sidecars: {'istio-proxy': {drift: 2, headroom: '50%', floor: null}}
    }
    const result = run(manifest({object: {[ANNOTATION_HEADROOM]: '10%', [ANNOTATION_DRIFT]: '1.25'}}), config)
    // 128Mi × 1.25 × 1.10 = 176Mi: 140Mi is still short
    expect(message(result, 'sidecar-memory-headroom')).toBe(
      'istio-proxy memory limit 140Mi is below 176Mi (request 128Mi × drift 1.25 × headroom 1.1)'
    )
    // without the annotations the class settings apply: 128Mi × 2 × 1.5 = 384Mi
    expect(message(run(manifest(), config), 'sidecar-memory-headroom')).toContain(
      'is below 384Mi (request 128Mi × drift 2 × headroom 1.5)'
    )
  })

  it('the fix uses the override, and a second fix changes nothing', () => {
    const text = manifest({object: {[ANNOTATION_HEADROOM]: '25%', [ANNOTATION_DRIFT]: '1.3'}})
    const fixed = run(text, {}, true).output ?? ''
    expect(fixed).toContain('              memory: 208Mi\n')
    expect(fixed).toContain('        config.linkerd.io/proxy-memory-limit: 208Mi\n')
    expect(run(fixed, {}, true).output).toBeUndefined()
  })

  it.each([
    [ANNOTATION_HEADROOM, 'lots', 'headroom must be a fraction like 0.15 or a percentage like 15%, not "lots"'],
    [ANNOTATION_HEADROOM, '-5%', 'headroom must be a fraction like 0.15 or a percentage like 15%, not "-5%"'],
    [ANNOTATION_HEADROOM, '2000%', 'headroom 2000% is more than 1000%; write 0.15 or 15% for fifteen percent'],
    [
      ANNOTATION_DRIFT,
      '0.9',
      'drift must be a factor from 1 to 10 (the kernel charges at least the working set), not "0.9"'
    ],
    [
      ANNOTATION_DRIFT,
      'high',
      'drift must be a factor from 1 to 10 (the kernel charges at least the working set), not "high"'
    ]
  ])('a bad %s value (%s) is reported and the configured values apply', (key, value, reason) => {
    const result = run(manifest({object: {[key]: value}}))
    const bad = result.findings.filter((f) => f.ruleId === 'invalid-headroom-annotation')
    expect(bad.map((f) => [f.message, f.line, f.severity])).toEqual([[`annotation ${key}: ${reason}`, 6, 'error']])
    expect(message(result, 'sidecar-memory-headroom')).toContain(
      'is below 180Mi (request 128Mi × drift 1.22 × headroom 1.15)'
    )
  })

  it('a bad value can itself be ignored by rule id', () => {
    const result = run(
      manifest({object: {[ANNOTATION_DRIFT]: 'high', [ANNOTATION_IGNORE]: 'invalid-headroom-annotation'}})
    )
    expect(summary(result).sort()).toEqual([...ALL].sort())
  })
})

describe('config exemptions', () => {
  const shop = manifest({namespace: 'shop-prod', name: 'web-frontend'})

  it.each<[string, HeadroomConfig['exemptions'], string[]]>([
    ['namespace glob', [{namespace: 'shop-*'}], []],
    ['namespace glob that does not match', [{namespace: 'billing-*'}], ALL],
    ['kind glob', [{kind: 'Deploy*'}], []],
    ['kind that does not match', [{kind: 'StatefulSet'}], ALL],
    ['name glob', [{name: 'web-*'}], []],
    ['container glob: declared and injected proxies', [{container: '*-proxy'}], ['invalid-memory-quantity web']],
    [
      'container and rules',
      [{container: 'istio-proxy', rules: ['sidecar-memory-headroom']}],
      ALL.filter((a) => !a.startsWith('sidecar-memory-headroom'))
    ],
    [
      'rules only',
      [{rules: ['invalid-memory-quantity', 'injected-sidecar-memory-headroom']}],
      ['sidecar-memory-headroom istio-proxy']
    ],
    ['every field must match', [{namespace: 'shop-*', name: 'api-*'}], ALL],
    [
      'any entry may match',
      [{name: 'api-*'}, {namespace: 'shop-prod', container: 'web'}],
      ALL.filter((a) => !a.endsWith(' web'))
    ],
    ['braces and character classes', [{namespace: 'shop-{dev,prod}', name: 'web-[a-f]*'}], []]
  ])('%s', (_title, exemptions, left) => {
    expect(summary(run(shop, {exemptions})).sort()).toEqual([...left].sort())
  })

  it('an exempted finding is not fixed', () => {
    const result = run(shop, {exemptions: [{container: 'istio-proxy'}]}, true)
    expect(result.output).toContain('              memory: 140Mi\n')
    expect(result.output).toContain('config.linkerd.io/proxy-memory-limit: 180Mi')
  })

  it('from a config file, end to end: exit 0 once everything is exempted', async () => {
    const dir = tempDir('headroom-exempt-')
    try {
      mkdirSync(path.join(dir, 'vendor'), {recursive: true})
      writeFileSync(path.join(dir, 'vendor/web.yaml'), shop)
      writeFileSync(
        path.join(dir, '.headroomrc.yaml'),
        'exemptions:\n  - namespace: shop-*\n    kind: Deployment\n    rules: [sidecar-memory-headroom, injected-sidecar-memory-headroom]\n'
      )
      const partial = await headroomIn(['check', '.'], {cwd: dir})
      expect(partial.code).toBe(1)
      expect(partial.stderr).toContain('invalid-memory-quantity')
      expect(partial.stderr).not.toContain('sidecar-memory-headroom')
      writeFileSync(path.join(dir, '.headroomrc.yaml'), 'exemptions:\n  - name: web-*\n')
      const none = await headroomIn(['check', '.'], {cwd: dir})
      expect(none.stderr).toBe('1 manifest, 1 workload, 0 findings\n')
      expect(none.code).toBe(0)
      writeFileSync(path.join(dir, '.headroomrc.yaml'), 'exemptions:\n  - {}\n')
      const invalid = await headroomIn(['check', '.'], {cwd: dir})
      expect(invalid.code).toBe(2)
    } finally {
      removeTree(dir)
    }
  })
})
