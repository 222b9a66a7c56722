// fast-check arbitraries for Kubernetes manifest streams: workloads, Lists and other objects, with
// random container mixes (apps, pattern sidecars, native sidecars, init containers), random resources
// (missing, empty, limit-only, request-only, both, cpu too; every quantity form, some invalid), anchors
// and aliases (harmless, shared, merged), and a random layout. `buildCase` turns a model into text plus
// what the oracle needs: the expected data and, per sidecar, whether a fix is expected to be possible.
import fc from 'fast-check'
import {parse as parseYamlValue} from 'yaml'
import {
  dataOf,
  plainOk,
  render,
  renderJson,
  type Layout,
  type QuoteStyle,
  type YEntry,
  type YMap,
  type YNode,
  type YScalar,
  type YSeq
} from './render.js'
import type {PathKey} from '../../src/types.js'

// ---- model ----------------------------------------------------------------------------------------

export type MemValue =
  | {
      readonly kind: 'q'
      readonly text: string
      readonly style: QuoteStyle | 'tagged'
      readonly tag?: string | undefined
    }
  | {readonly kind: 'empty' | 'null' | 'map' | 'template'}

export interface Section {
  readonly memory?: MemValue | undefined
  readonly cpu?: string | undefined
  readonly memFirst: boolean
  readonly flow: boolean
  /** how a section without keys is written */
  readonly emptyAs: 'map' | 'empty' | 'null'
  /** a trailing comment on the memory line */
  readonly memComment: boolean
  /** an anchor on the memory scalar that nothing aliases */
  readonly memAnchor: boolean
}

export interface Resources {
  /** absent: no key; empty: `resources:`; null: `resources: null`; map: a mapping (maybe `{}`) */
  readonly shape: 'absent' | 'empty' | 'null' | 'map'
  readonly limits?: Section | undefined
  readonly requests?: Section | undefined
  readonly requestsFirst: boolean
  readonly flow: boolean
  /** an anchor on the resources map that nothing aliases */
  readonly anchor: boolean
}

export type Role = 'app' | 'sidecar-name' | 'sidecar-image' | 'native' | 'init'

export interface Container {
  readonly role: Role
  readonly pick: number
  readonly resources: Resources
  readonly flow: boolean
  readonly ports: boolean
  readonly env: boolean
  readonly args: boolean
  readonly command: boolean
  readonly resourcesFirst: boolean
  /** a block scalar as the container's last value (`notes: |+` with empty lines after it, …) */
  readonly lastBlock?: {readonly chomp: 'clip' | 'strip' | 'keep'; readonly blanks: number} | undefined
  /** keys written explicitly (`? name` / `: value`): a bit each for name, image, resources, the last key */
  readonly explicit: number
  /** a commented-out key line right after the last value, this many columns off the key column */
  readonly commentAfter?: number | undefined
  /** `nested:` holding flow sequences nested this deep (0: none) */
  readonly deep: number
}

export type Share = 'none' | 'resources-alias' | 'container-alias' | 'merge' | 'memory-alias'

export interface Workload {
  readonly kind: 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'Job' | 'CronJob'
  readonly name: number
  readonly labelsAnchor: boolean
  readonly containers: readonly Container[]
  readonly initContainers: readonly Container[]
  readonly share: Share
  readonly namespace: boolean
  readonly flowMetadata: boolean
}

export type Doc =
  | {readonly type: 'workload'; readonly workload: Workload}
  | {readonly type: 'list'; readonly listKind: 'List' | 'DeploymentList'; readonly items: readonly Workload[]}
  | {readonly type: 'configmap'; readonly block: boolean}
  | {readonly type: 'null'}

export interface StreamModel {
  readonly json: false
  readonly docs: readonly Doc[]
  readonly layout: Layout
}

export interface JsonModel {
  readonly json: true
  readonly workload: Workload
  readonly indent: 0 | 2 | 4
  readonly eol: '\n' | '\r\n'
  readonly finalNewline: boolean
}

export type Model = StreamModel | JsonModel

// ---- arbitraries ----------------------------------------------------------------------------------

const quoteStyle = fc.constantFrom<QuoteStyle | 'tagged'>('plain', 'plain', 'double', 'single', 'tagged')

/** Every quantity form Kubernetes accepts, plus a few it does not. */
export const quantityText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({min: 1, max: 2048}), fc.constantFrom('Mi', 'Gi', 'Ki', 'M', 'G', 'k', 'Ti'))
      .map(([n, s]) => `${s === 'Gi' || s === 'G' || s === 'Ti' ? Math.ceil(n / 256) : n}${s}`)
  },
  {weight: 2, arbitrary: fc.integer({min: 1, max: 2 ** 34}).map(String)},
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({min: 0, max: 9}), fc.integer({min: 1, max: 9}), fc.constantFrom('Gi', 'Mi', 'G'))
      .map(([a, b, s]) => `${a}.${b}${s}`)
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({min: 1, max: 9}), fc.constantFrom('Gi', 'Mi')).map(([a, s]) => `.${a}${s}`)
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({min: 1, max: 999}), fc.integer({min: 6, max: 9}), fc.constantFrom('e', 'E'))
      .map(([m, e, x]) => `${m}${x}${e}`)
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({min: 1, max: 99}), fc.integer({min: 1, max: 9}), fc.integer({min: 6, max: 8}))
      .map(([a, b, e]) => `${a}.${b}e${e}`)
  },
  {weight: 1, arbitrary: fc.integer({min: 64, max: 1024}).map((n) => `${n * 1048576 * 1000}m`)},
  {weight: 1, arbitrary: fc.integer({min: 64, max: 1024}).map((n) => `+${n}Mi`)},
  {weight: 1, arbitrary: fc.integer({min: 64, max: 1024}).map((n) => `${n}.Mi`)},
  {
    weight: 1,
    arbitrary: fc.constantFrom('512MB', '1g', '1.5gb', '-128Mi', 'lots', '3500m', '0x100', '1_000Mi', '128 Mi')
  }
)

export const layout: fc.Arbitrary<Layout> = fc.record({
  indent: fc.constantFrom(2, 4),
  seqIndent: fc.boolean(),
  dashPad: fc.constantFrom<2 | 4>(2, 2, 4),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n'),
  bom: fc.integer({min: 0, max: 5}).map((n) => n === 0),
  finalNewline: fc.integer({min: 0, max: 4}).map((n) => n !== 0),
  comments: fc.integer({min: 0, max: 3}),
  blanks: fc.integer({min: 0, max: 2}),
  quoteKeys: fc.integer({min: 0, max: 2}),
  flowSpaces: fc.boolean(),
  docStart: fc.boolean(),
  docEnd: fc.integer({min: 0, max: 5}).map((n) => n === 0),
  directive: fc.integer({min: 0, max: 7}).map((n) => n === 0),
  trailingSpace: fc.integer({min: 0, max: 2}),
  flowBreaks: fc.integer({min: 0, max: 2}),
  jitter: fc.integer({min: 0, max: 2}).map((n) => (n === 2 ? 1 : 0)),
  seed: fc.nat()
})

/**
 * Shapes that trigger a known, reported defect (listed in docs/safety.md and
 * saved under fixtures/fuzz-failures/). They are left
 * out by default so a run finds new problems; `FUZZ_KNOWN=1` or `--known` puts them back.
 */
export interface Avoid {
  /** `resources: null`, `limits: null`: the planner refuses to fill an explicit null */
  readonly nullSections: boolean
  /** JSON files: keys inserted into `{}` unquoted, a number replaced by an unquoted `180Mi` */
  readonly jsonSyntax: boolean
}

/** Both defects are fixed (fixtures/fuzz-failures/1, 2, 3, 5): nothing is left out any more. */
export const AVOID_KNOWN: Avoid = {nullSections: false, jsonSyntax: false}
export const AVOID_NOTHING: Avoid = {nullSections: false, jsonSyntax: false}

export interface Arbitraries {
  readonly model: fc.Arbitrary<Model>
  readonly stream: fc.Arbitrary<StreamModel>
  readonly json: fc.Arbitrary<JsonModel>
}

/** A tag a quantity written as `text` can carry and still read back (`!!int` only on digits, …). */
export function tagFor(text: string, pick: number): string {
  const tags = [
    '!!str',
    '!custom',
    '!',
    ...(/^[1-9]\d*$/.test(text) ? ['!!int', '!!int', '!!int'] : []),
    ...(/^\d+\.\d+$/.test(text) ? ['!!float', '!!float'] : [])
  ]
  return tags[pick % tags.length] as string
}

export function arbitraries(avoid: Avoid = AVOID_KNOWN, options: {json?: boolean} = {}): Arbitraries {
  const json = options.json ?? false
  const noEmptyMap = json && avoid.jsonSyntax
  const memValue: fc.Arbitrary<MemValue> = fc.oneof(
    {
      weight: 20,
      arbitrary: fc
        .record({
          kind: fc.constant('q' as const),
          text: quantityText,
          style: noEmptyMap ? fc.constant<QuoteStyle | 'tagged'>('double') : quoteStyle,
          pick: fc.nat(11)
        })
        .map(
          ({pick, ...value}): MemValue => (value.style === 'tagged' ? {...value, tag: tagFor(value.text, pick)} : value)
        )
        // (JSON writes what YAML reads: `0x100` becomes the number 256, a quantity after all)
        .filter(
          (value) =>
            !json ||
            value.kind !== 'q' ||
            value.style !== 'plain' ||
            isQuantity(value.text) ||
            typeof parseYamlValue(value.text) !== 'number'
        )
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<MemValue>({kind: 'empty'}, {kind: 'null'}, {kind: 'map'}, {kind: 'template'})
    }
  )
  // In JSON an empty value is null: `"limits": null`.
  const noNull = avoid.nullSections
  const emptyForms: ('map' | 'empty' | 'null')[] = json
    ? [...(noEmptyMap ? [] : (['map'] as const)), ...(noNull ? [] : (['empty'] as const))]
    : noNull
      ? ['map', 'map', 'empty']
      : ['map', 'map', 'empty', 'null']
  const mustHaveKeys = emptyForms.length === 0
  const section: fc.Arbitrary<Section> = fc
    .record({
      memory: fc.option(memValue, {nil: undefined, freq: 4}),
      cpu: fc.option(fc.constantFrom('100m', '1', '0.5', '250m'), {nil: undefined, freq: noEmptyMap ? 1 : 2}),
      memFirst: fc.boolean(),
      flow: fc.boolean(),
      emptyAs: fc.constantFrom(...(mustHaveKeys ? (['map'] as const) : emptyForms)),
      memComment: fc.boolean(),
      memAnchor: fc.boolean()
    })
    .map((sec) => (mustHaveKeys && !sec.memory && !sec.cpu ? {...sec, cpu: '100m'} : sec))
  const shapes: Resources['shape'][] = [
    'map',
    'map',
    'map',
    'map',
    'map',
    'absent',
    'absent',
    ...(json && noNull ? [] : (['empty'] as const)),
    ...(noNull ? [] : (['null'] as const))
  ]
  const resources: fc.Arbitrary<Resources> = fc
    .record({
      shape: fc.constantFrom(...shapes),
      limits: fc.option(section, {nil: undefined, freq: 4}),
      requests: fc.option(section, {nil: undefined, freq: 3}),
      requestsFirst: fc.boolean(),
      flow: fc.boolean(),
      anchor: fc.boolean()
    })
    // A JSON `{}` would be written `"resources": {}`: keep the map non-empty there.
    .map((r) => (noEmptyMap && r.shape === 'map' && !r.limits && !r.requests ? {...r, shape: 'absent' as const} : r))

  const container = (roles: readonly Role[]): fc.Arbitrary<Container> =>
    fc.record({
      role: fc.constantFrom(...roles),
      pick: fc.nat(1000),
      resources,
      flow: fc.integer({min: 0, max: 7}).map((n) => n === 0),
      ports: fc.boolean(),
      env: fc.boolean(),
      args: fc.boolean(),
      command: fc.integer({min: 0, max: 3}).map((n) => n === 0),
      resourcesFirst: fc.boolean(),
      lastBlock: fc.option(
        fc.record({
          chomp: fc.constantFrom<'clip' | 'strip' | 'keep'>('keep', 'keep', 'clip', 'strip'),
          blanks: fc.integer({min: 0, max: 3})
        }),
        {nil: undefined, freq: 5}
      ),
      explicit: fc.integer({min: 0, max: 47}).map((n) => (n < 32 ? 0 : n - 32)),
      commentAfter: fc.option(fc.integer({min: -12, max: 12}), {nil: undefined, freq: 5}),
      deep: fc.integer({min: 0, max: 39}).map((n) => (n < 34 ? 0 : ([1, 2, 8, 40, 90, 150][n - 34] as number)))
    })

  const workload: fc.Arbitrary<Workload> = fc.record({
    kind: fc.constantFrom<Workload['kind']>(
      'Pod',
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'Job',
      'CronJob'
    ),
    name: fc.nat(50),
    labelsAnchor: fc.boolean(),
    containers: fc.array(container(['app', 'app', 'sidecar-name', 'sidecar-name', 'sidecar-image']), {
      minLength: 1,
      maxLength: 4
    }),
    initContainers: fc.array(container(['native', 'native', 'init']), {maxLength: 2}),
    share: fc.constantFrom<Share>(
      'none',
      'none',
      'none',
      'none',
      'resources-alias',
      'container-alias',
      'merge',
      'memory-alias'
    ),
    namespace: fc.boolean(),
    flowMetadata: fc.boolean()
  })

  const doc: fc.Arbitrary<Doc> = fc.oneof(
    {weight: 10, arbitrary: workload.map((w) => ({type: 'workload' as const, workload: w}))},
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('list' as const),
        listKind: fc.constantFrom<'List' | 'DeploymentList'>('List', 'DeploymentList'),
        items: fc.array(workload, {minLength: 1, maxLength: 2})
      })
    },
    {weight: 1, arbitrary: fc.record({type: fc.constant('configmap' as const), block: fc.boolean()})},
    {weight: 1, arbitrary: fc.constant({type: 'null' as const})}
  )

  const stream: fc.Arbitrary<StreamModel> = fc.record({
    json: fc.constant(false as const),
    docs: fc.array(doc, {minLength: 1, maxLength: 3}),
    layout
  })
  const jsonArb: fc.Arbitrary<JsonModel> = fc.record({
    json: fc.constant(true as const),
    workload: workload.map((w) => ({...w, share: 'none' as const, labelsAnchor: false})),
    indent: fc.constantFrom<0 | 2 | 4>(0, 2, 2, 4),
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n'),
    finalNewline: fc.boolean()
  })
  return {
    model: fc.oneof(
      {weight: 9, arbitrary: stream},
      {weight: 1, arbitrary: json ? jsonArb : arbitraries(avoid, {json: true}).json}
    ),
    stream,
    json: jsonArb
  }
}

// ---- hostile text: generated manifests with random edits ------------------------------------------

export type Mutation =
  | {readonly op: 'insert'; readonly at: number; readonly text: string}
  | {readonly op: 'delete'; readonly at: number; readonly length: number}
  | {readonly op: 'indent'; readonly line: number; readonly by: number}
  | {readonly op: 'duplicate' | 'drop'; readonly line: number}

const SNIPPETS = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '#',
  ' # x',
  ':',
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&x ',
  '*x',
  '"',
  "'",
  '---\n',
  '...\n',
  '? ',
  '!!str ',
  '|',
  '>',
  '%',
  '@',
  '\u00a0',
  '\ufeff',
  'memory: 1Gi',
  '<<: *x'
]

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS)}),
  fc.record({op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 6})}),
  fc.record({op: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom(-2, -1, 1, 2)}),
  fc.record({op: fc.constantFrom<'duplicate' | 'drop'>('duplicate', 'drop'), line: fc.nat()})
)

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text
  for (const mu of mutations) {
    const lines = out.split('\n')
    switch (mu.op) {
      case 'insert': {
        const at = mu.at % (out.length + 1)
        out = out.slice(0, at) + mu.text + out.slice(at)
        break
      }
      case 'delete': {
        const at = mu.at % (out.length + 1)
        out = out.slice(0, at) + out.slice(at + mu.length)
        break
      }
      case 'indent': {
        const i = mu.line % lines.length
        const line = lines[i] as string
        lines[i] = mu.by > 0 ? ' '.repeat(mu.by) + line : line.replace(new RegExp(`^ {0,${-mu.by}}`), '')
        out = lines.join('\n')
        break
      }
      case 'duplicate':
      case 'drop': {
        const i = mu.line % lines.length
        if (mu.op === 'duplicate') lines.splice(i, 0, lines[i] as string)
        else lines.splice(i, 1)
        out = lines.join('\n')
        break
      }
    }
  }
  return out
}

/** A generated manifest stream with 1–4 random text edits: often invalid, sometimes subtly different. */
export function mutatedText(avoid: Avoid = AVOID_KNOWN): fc.Arbitrary<{text: string; json: boolean}> {
  return fc.tuple(arbitraries(avoid).model, fc.array(mutation, {minLength: 1, maxLength: 4})).map(([m, mutations]) => {
    const built = buildCase(m)
    return {text: mutate(built.text, mutations), json: built.json}
  })
}

// ---- model -> YAML nodes + expectations -----------------------------------------------------------

const APP_NAMES = ['app', 'web', 'api', 'worker', 'checkout', 'reports']
const APP_IMAGES = ['example/app:1.4', 'nginx:1.27', 'ghcr.io/acme/api@sha256:0123abcd', 'registry.local:5000/web:2']
const SIDECAR_NAMES = [
  'istio-proxy',
  'linkerd-proxy',
  'envoy',
  'daprd',
  'vault-agent',
  'cloud-sql-proxy',
  'fluent-bit',
  'otel-collector',
  'promtail'
]
const SIDECAR_IMAGES = [
  'docker.io/istio/proxyv2:1.24.0',
  'envoyproxy/envoy:v1.31.0',
  'grafana/promtail:3.0.0',
  'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1'
]
export const NATIVE_NAMES = ['log-shipper', 'istio-proxy', 'token-refresher', 'envoy']
const INIT_NAMES = ['migrate', 'wait-for-db']

/** What the oracle expects of one sidecar. */
export interface SidecarExpectation {
  readonly document: number
  readonly path: readonly PathKey[]
  readonly name: string
  /** a fix is possible: memory values usable and nothing shared through anchors */
  readonly fixable: boolean
  readonly why: string
}

export interface BuiltCase {
  readonly text: string
  readonly json: boolean
  /** expected data per document */
  readonly data: readonly unknown[]
  readonly sidecars: readonly SidecarExpectation[]
}

const s = (text: string, style: QuoteStyle = 'plain', extra: Partial<YScalar> = {}): YScalar => ({
  t: 'scalar',
  text,
  style,
  ...extra
})
const str = (text: string): YScalar => s(text, plainOk(text) ? 'plain' : 'double')
const m = (entries: readonly [string, YNode][], extra: Partial<YMap> = {}): YMap => ({
  t: 'map',
  entries: entries.map(([key, value]) => ({key, value})),
  ...extra
})
const seq = (items: readonly YNode[], extra: Partial<YSeq> = {}): YSeq => ({t: 'seq', items, ...extra})

function memNode(value: MemValue, sec: Section, anchor: string): YNode {
  switch (value.kind) {
    case 'q': {
      const style = value.style === 'tagged' ? 'plain' : value.style
      return s(value.text, style === 'plain' && !/^[\w.+-]+$/.test(value.text) ? 'double' : style, {
        tag: value.style === 'tagged' ? (value.tag ?? '!!str') : undefined,
        comment: sec.memComment ? 'from kubectl top' : undefined,
        anchor: sec.memAnchor ? anchor : undefined
      })
    }
    case 'empty':
      return s('')
    case 'null':
      return s('null')
    case 'map':
      return m([], {flow: true})
    case 'template':
      return s('${MEMORY_LIMIT}', 'double')
  }
}

function sectionNode(sec: Section, anchor: string): YNode {
  const entries: [string, YNode][] = []
  if (sec.memory) entries.push(['memory', memNode(sec.memory, sec, anchor)])
  if (sec.cpu) entries[sec.memFirst ? 'push' : 'unshift'](['cpu', str(sec.cpu)])
  if (entries.length === 0) return sec.emptyAs === 'map' ? m([], {flow: true}) : s(sec.emptyAs === 'null' ? 'null' : '')
  return m(entries, {flow: sec.flow})
}

function resourcesNode(res: Resources, anchorBase: string): YNode | undefined {
  if (res.shape === 'absent') return undefined
  if (res.shape === 'empty') return s('')
  if (res.shape === 'null') return s('null')
  const entries: [string, YNode][] = []
  if (res.limits) entries.push(['limits', sectionNode(res.limits, `${anchorBase}l`)])
  if (res.requests)
    entries[res.requestsFirst ? 'unshift' : 'push'](['requests', sectionNode(res.requests, `${anchorBase}r`)])
  return m(entries, {flow: res.flow || entries.length === 0, anchor: res.anchor ? `${anchorBase}res` : undefined})
}

/** Memory values a rule can compute with: absent, or a valid non-negative quantity. */
function usable(sec: Section | undefined, res: Resources): boolean {
  if (res.shape !== 'map' || !sec?.memory) return true
  const mem = sec.memory
  if (mem.kind !== 'q') return false
  return isQuantity(mem.text)
}

export function isQuantity(text: string): boolean {
  return /^\+?(\d+(\.\d*)?|\.\d+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/.test(text)
}

interface BuiltContainer {
  node: YNode
  name: string
  role: Role
  usable: boolean
  hasResourcesKey: boolean
}

function containerNode(c: Container, id: string): BuiltContainer {
  let name: string
  let image: string
  switch (c.role) {
    case 'app':
      name = APP_NAMES[c.pick % APP_NAMES.length] as string
      image = APP_IMAGES[c.pick % APP_IMAGES.length] as string
      break
    case 'sidecar-name':
      name = SIDECAR_NAMES[c.pick % SIDECAR_NAMES.length] as string
      image = `example/${name}:1`
      break
    case 'sidecar-image':
      name = `mesh-${c.pick % 7}`
      image = SIDECAR_IMAGES[c.pick % SIDECAR_IMAGES.length] as string
      break
    case 'native':
      name = NATIVE_NAMES[c.pick % NATIVE_NAMES.length] as string
      image = `example/${name}:2`
      break
    case 'init':
      name = INIT_NAMES[c.pick % INIT_NAMES.length] as string
      image = 'busybox:1.36'
      break
  }
  const entries: [string, YNode][] = [
    ['name', str(name)],
    ['image', s(image, c.pick % 5 === 0 ? 'double' : 'plain')]
  ]
  if (c.role === 'native') entries.push(['restartPolicy', s('Always', c.pick % 3 === 0 ? 'single' : 'plain')])
  if (c.args)
    entries.push(['args', seq([str('--port'), s('8080', 'double'), str('--log-level=info')], {flow: c.pick % 2 === 0})])
  if (c.command)
    entries.push([
      'command',
      seq([str('sh'), str('-c'), {t: 'block', lines: ['echo start', 'exec app --memory 64Mi']}])
    ])
  if (c.ports)
    entries.push([
      'ports',
      seq([
        m(
          [
            ['containerPort', s('8080')],
            ['protocol', s('TCP')]
          ],
          {flow: c.pick % 3 === 1}
        )
      ])
    ])
  if (c.env)
    entries.push([
      'env',
      seq([
        m(
          [
            ['name', s('GOMEMLIMIT')],
            ['value', s('100MiB', 'double')]
          ],
          {flow: c.pick % 2 === 1}
        ),
        m([
          ['name', s('MEMORY')],
          ['value', s('128Mi', 'single')]
        ])
      ])
    ])
  const res = resourcesNode(c.resources, id)
  if (res) {
    if (c.resourcesFirst) entries.splice(2, 0, ['resources', res])
    else entries.push(['resources', res])
  }
  if (c.deep > 0) {
    let nested: YNode = str('x')
    for (let k = 0; k < c.deep; k++) nested = seq([nested], {flow: true})
    entries.push(['nested', nested])
  }
  if (c.lastBlock) {
    const lines = c.pick % 3 === 0 ? ['--log-level=warning', '', '--drain=5s'] : ['--log-level=warning']
    entries.push(['notes', {t: 'block', lines, chomp: c.lastBlock.chomp, trailingBlanks: c.lastBlock.blanks}])
  }
  const ok = usable(c.resources.limits, c.resources) && usable(c.resources.requests, c.resources)
  const last = entries.length - 1
  const explicitBits = (key: string, i: number) =>
    (key === 'name' ? 1 : key === 'image' ? 2 : key === 'resources' ? 4 : 0) | (i === last ? 8 : 0)
  const node = m(entries, {flow: c.flow, commentAfter: c.flow ? undefined : c.commentAfter})
  const written: YMap =
    c.flow || c.explicit === 0
      ? node
      : {
          ...node,
          entries: node.entries.map((e, i) =>
            (explicitBits(e.key, i) & c.explicit) !== 0 ? {...e, explicit: true} : e
          )
        }
  return {node: written, name, role: c.role, usable: ok, hasResourcesKey: res !== undefined}
}

/** The node with the value at `keys` (map keys) replaced. */
function update(node: YNode, keys: readonly string[], change: (node: YNode) => YNode): YNode {
  const [key, ...rest] = keys
  if (key === undefined) return change(node)
  if (node.t !== 'map') return node
  return {
    ...node,
    entries: node.entries.map((e) => (e.key === key && !e.merge ? {...e, value: update(e.value, rest, change)} : e))
  }
}

interface WorkloadBuild {
  node: YMap
  sidecars: SidecarExpectation[]
}

function workloadNode(w: Workload, doc: number, prefix: readonly PathKey[], tag: string): WorkloadBuild {
  const kind = w.kind
  const apiVersion = kind === 'Pod' ? 'v1' : kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1'
  const name = `svc-${w.name}`
  const labelAnchor = w.labelsAnchor ? `lbl${tag}` : undefined
  const labels = m(
    [
      ['app', str(name)],
      ['tier', s('backend')]
    ],
    {flow: w.flowMetadata, anchor: labelAnchor}
  )
  const metadata = m(
    [
      ['name', str(name)],
      ...(w.namespace ? ([['namespace', s('prod')]] as [string, YNode][]) : []),
      ['labels', labels]
    ],
    {flow: w.flowMetadata}
  )
  const templateLabels: YNode = labelAnchor ? {t: 'alias', name: labelAnchor} : m([['app', str(name)]])

  const built = w.containers.map((c, i) => containerNode(c, `c${tag}x${i}`))
  const builtInit = w.initContainers.map((c, i) => containerNode(c, `i${tag}x${i}`))
  const shared = new Set<BuiltContainer>()
  let containerNodes: YNode[] = built.map((b) => b.node)
  const notes = new Map<BuiltContainer, string>()
  let extraAlias: BuiltContainer | undefined
  if (w.share === 'resources-alias') {
    const ownerIndex = built.findIndex(
      (b) => b.hasResourcesKey && (b.node as YMap).entries.find((e) => e.key === 'resources')?.value.t === 'map'
    )
    const owner = built[ownerIndex]
    // An alias must come after its anchor.
    const user = built.find((_b, i) => i > ownerIndex)
    if (owner && user) {
      const anchor = `res${tag}`
      const ownerMap = owner.node as YMap
      const resEntry = ownerMap.entries.find((e) => e.key === 'resources') as YEntry
      const anchored: YNode = {...(resEntry.value as YMap), anchor}
      owner.node = {
        ...ownerMap,
        entries: ownerMap.entries.map((e) => (e === resEntry ? {key: 'resources', value: anchored} : e))
      }
      const userMap = user.node as YMap
      const alias: YNode = {t: 'alias', name: anchor}
      const withAlias = userMap.entries.some((e) => e.key === 'resources')
        ? userMap.entries.map((e) => (e.key === 'resources' ? {key: 'resources', value: alias} : e))
        : [...userMap.entries, {key: 'resources', value: alias}]
      user.node = {...userMap, entries: withAlias}
      user.usable = owner.usable
      shared.add(owner).add(user)
      notes.set(owner, 'its resources are anchored and aliased').set(user, 'its resources are an alias')
      containerNodes = built.map((b) => b.node)
    }
  } else if (w.share === 'container-alias') {
    const owner = built[0] as BuiltContainer
    const anchor = `ctr${tag}`
    owner.node = {...(owner.node as YMap), anchor}
    extraAlias = {...owner, node: {t: 'alias', name: anchor}}
    shared.add(owner).add(extraAlias)
    notes.set(owner, 'the container is anchored and aliased').set(extraAlias, 'the container is an alias')
    containerNodes = [...built.map((b) => b.node), extraAlias.node]
  } else if (w.share === 'memory-alias') {
    // One container's memory limit is anchored; a later container's limit or request is `*alias` of it.
    const ownerIndex = w.containers.findIndex(
      (c) => c.resources.shape === 'map' && c.resources.limits?.memory?.kind === 'q'
    )
    const owner = built[ownerIndex]
    const user = built.find((_b, i) => i > ownerIndex)
    const ownerMemory = w.containers[ownerIndex]?.resources.limits?.memory
    if (owner && user && ownerMemory?.kind === 'q') {
      const anchor = `mem${tag}`
      owner.node = update(owner.node, ['resources', 'limits', 'memory'], (node) => ({...(node as YScalar), anchor}))
      const inLimits = w.name % 2 === 0
      const alias: YNode = {t: 'alias', name: anchor}
      const resources = m([[inLimits ? 'limits' : 'requests', m([['memory', alias]])]])
      const userMap = user.node as YMap
      user.node = {
        ...userMap,
        entries: userMap.entries.some((e) => e.key === 'resources')
          ? userMap.entries.map((e) => (e.key === 'resources' ? {key: 'resources', value: resources} : e))
          : [...userMap.entries, {key: 'resources', value: resources}]
      }
      user.hasResourcesKey = true
      user.usable = isQuantity(ownerMemory.text)
      shared.add(owner)
      notes.set(owner, 'its memory limit is anchored and aliased')
      if (inLimits) {
        shared.add(user)
        notes.set(user, 'its memory limit is an alias')
      }
      containerNodes = built.map((b) => b.node)
    }
  } else if (w.share === 'merge') {
    const base = built[0] as BuiltContainer
    const target = built.find((b, i) => i > 0 && b.role !== 'app')
    if (target) {
      const anchor = `base${tag}`
      base.node = {...(base.node as YMap), flow: false, anchor}
      const targetMap = target.node as YMap
      const own = targetMap.entries.filter((e) => e.key === 'name' || e.key === 'image' || e.key === 'resources')
      target.node = {
        t: 'map',
        entries: [{key: '<<', value: {t: 'alias', name: anchor}, merge: true}, ...own],
        flow: false
      }
      shared.add(base)
      notes.set(base, 'the container is the base of a merge key')
      const baseHasResources = base.hasResourcesKey
      if (!target.hasResourcesKey && baseHasResources) {
        shared.add(target)
        notes.set(target, 'its resources come from a merge key')
        target.usable = base.usable
      }
      containerNodes = built.map((b) => b.node)
    }
  }

  const podSpecEntries: [string, YNode][] = []
  if (builtInit.length > 0) podSpecEntries.push(['initContainers', seq(builtInit.map((b) => b.node))])
  podSpecEntries.push(['containers', seq(containerNodes, {flow: w.name % 7 === 3})])
  if (w.name % 3 === 0) podSpecEntries.push(['nodeSelector', m([['kubernetes.io/os', s('linux')]])])
  if (w.name % 4 === 1)
    podSpecEntries.push([
      'volumes',
      seq([
        m([
          ['name', s('data')],
          ['emptyDir', m([], {flow: true})]
        ])
      ])
    ])
  const podSpec = m(podSpecEntries)

  let node: YMap
  let podSpecPath: PathKey[]
  if (kind === 'Pod') {
    node = m([
      ['apiVersion', s(apiVersion)],
      ['kind', s(kind)],
      ['metadata', metadata],
      ['spec', podSpec]
    ])
    podSpecPath = ['spec']
  } else {
    const template = m([
      ['metadata', m([['labels', templateLabels]])],
      ['spec', podSpec]
    ])
    const selector = m([['matchLabels', labelAnchor ? {t: 'alias', name: labelAnchor} : m([['app', str(name)]])]])
    if (kind === 'CronJob') {
      node = m([
        ['apiVersion', s(apiVersion)],
        ['kind', s(kind)],
        ['metadata', metadata],
        [
          'spec',
          m([
            ['schedule', s('*/5 * * * *', 'double')],
            ['jobTemplate', m([['spec', m([['template', template]])]])]
          ])
        ]
      ])
      podSpecPath = ['spec', 'jobTemplate', 'spec', 'template', 'spec']
    } else {
      const spec: [string, YNode][] =
        kind === 'Job'
          ? [['template', template]]
          : [
              ['replicas', s('3')],
              ['selector', selector],
              ['template', template]
            ]
      node = m([
        ['apiVersion', s(apiVersion)],
        ['kind', s(kind)],
        ['metadata', metadata],
        ['spec', m(spec)]
      ])
      podSpecPath = ['spec', 'template', 'spec']
    }
  }

  // Who is a sidecar: native sidecars always; pattern sidecars only next to an application container.
  const all: {b: BuiltContainer; list: 'containers' | 'initContainers'; index: number}[] = [
    ...builtInit.map((b, index) => ({b, list: 'initContainers' as const, index})),
    ...built.map((b, index) => ({b, list: 'containers' as const, index})),
    ...(extraAlias ? [{b: extraAlias, list: 'containers' as const, index: built.length}] : [])
  ]
  const hasApp = [...built, ...(extraAlias ? [extraAlias] : [])].some((b) => b.role === 'app')
  const sidecars: SidecarExpectation[] = []
  for (const {b, list, index} of all) {
    const sidecar = b.role === 'native' || ((b.role === 'sidecar-name' || b.role === 'sidecar-image') && hasApp)
    if (!sidecar) continue
    const why = notes.get(b) ?? (b.usable ? 'plain sidecar' : 'memory values are not usable quantities')
    sidecars.push({
      document: doc,
      path: [...prefix, ...podSpecPath, list, index],
      name: b.name,
      fixable: b.usable && !shared.has(b),
      why
    })
  }
  return {node, sidecars}
}

function docNode(d: Doc, index: number): {node: YNode | null; sidecars: SidecarExpectation[]} {
  switch (d.type) {
    case 'workload': {
      const w = workloadNode(d.workload, index, [], `${index}`)
      return {node: w.node, sidecars: w.sidecars}
    }
    case 'list': {
      const items = d.items.map((w, i) => workloadNode(w, index, ['items', i], `${index}i${i}`))
      const apiVersion = d.listKind === 'List' ? 'v1' : 'apps/v1'
      const node = m([
        ['apiVersion', s(apiVersion)],
        ['kind', s(d.listKind)],
        ['items', seq(items.map((i) => i.node))]
      ])
      return {node, sidecars: items.flatMap((i) => i.sidecars)}
    }
    case 'configmap': {
      const data: YNode = d.block
        ? {t: 'block', lines: ['memory: 64Mi', 'resources:', '  limits: {memory: 1Gi}']}
        : s('memory: 64Mi', 'double')
      const node = m([
        ['apiVersion', s('v1')],
        ['kind', s('ConfigMap')],
        ['metadata', m([['name', s('settings')]])],
        ['data', m([['config.yaml', data]])]
      ])
      return {node, sidecars: []}
    }
    case 'null':
      return {node: null, sidecars: []}
  }
}

export function buildCase(model: Model): BuiltCase {
  if (model.json) {
    const w = workloadNode(model.workload, 0, [], '0')
    return {
      text: renderJson(w.node, model.indent, model.eol, model.finalNewline),
      json: true,
      data: [dataOf(w.node, new Map())],
      sidecars: w.sidecars
    }
  }
  const built = model.docs.map((d, i) => docNode(d, i))
  const nodes = built.map((b) => b.node)
  // A document of only comments and markers is still a document; an empty stream is not what we test.
  return {
    text: render(nodes, model.layout),
    json: false,
    data: nodes.map((n) => dataOf(n, new Map())),
    sidecars: built.flatMap((b) => b.sidecars)
  }
}
