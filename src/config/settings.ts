// Resolved settings: what the pipeline runs with, after config files and CLI flags are merged and
// validated. Numbers that feed the rule are exact rationals so `fix` is idempotent to the byte.
import {BUILTIN_KINDS, kindsFromConfig, type PodTemplateKind, type PodTemplatePathConfig} from '../extract/kinds.js'
import {DEFAULT_HELPERS, DEFAULT_SIDECARS, compilePattern, type Matcher} from '../classify/patterns.js'
import {DEFAULT_FLOORS} from '../classify/floors.js'
import {rational, type Rational} from '../quantity/rational.js'
import {parseDrift, parseHeadroom, SettingsError, type Factor} from './factor.js'
import {parseQuantity} from '../quantity/parse.js'
import {bytesCeil} from '../quantity/memory.js'
import type {Severity} from '../types.js'
import {INJECTORS, type Injector} from '../classify/injectors.js'
import type {Evidence} from '../audit/evidence.js'
import type {AuditConfig} from '../audit/options.js'

export {parseDrift, parseHeadroom, SettingsError, type Factor} from './factor.js'

export const DEFAULT_DRIFT = '1.22'
export const DEFAULT_HEADROOM = '0.15'
export const DEFAULT_REQUEST = '128Mi'
/** Larger manifests are skipped with a message, never parsed (hostile-input bound). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

/** The config file shape (validated by schemas/config.schema.json before it gets here). */
export interface HeadroomConfig {
  drift?: number | string
  headroom?: number | string
  defaultRequest?: string | number
  sidecars?: Record<string, SidecarConfig | false>
  exclude?: {names?: string[]; images?: string[]}
  /** helper containers (shutdown managers, config reloaders, kube-rbac-proxy): neither app nor sidecar */
  helpers?: {names?: string[]; images?: string[]}
  /** severity of a sidecar with no memory limit and nothing measured to size one from (default warning) */
  needsEvidence?: Severity | 'off'
  podTemplatePaths?: PodTemplatePathConfig[]
  rules?: Record<string, Severity | 'off'>
  exemptions?: Exemption[]
  injectors?: Record<string, InjectorConfig>
  possiblyInjected?: Severity | 'off'
  maxFileBytes?: number
  /** how audit evidence (`--audit FILE`) is weighed */
  audit?: AuditConfig
}

/** `exemptions:` in a config file: what to leave alone (src/engine/exemptions.ts applies them) */
export interface Exemption {
  readonly namespace?: string
  readonly kind?: string
  readonly name?: string
  readonly container?: string
  /** rule ids; all rules when absent */
  readonly rules?: readonly string[]
}

export interface InjectorConfig {
  enabled?: boolean
  defaultRequest?: string | number | null
  defaultLimit?: string | number | null
  /** Knative: the cluster enables `queueproxy.resource-defaults` (queue-proxy then gets 400Mi / 800Mi) */
  resourceDefaults?: boolean
}

export interface SidecarConfig {
  names?: string[]
  images?: string[]
  drift?: number | string
  headroom?: number | string
  defaultRequest?: string | number
  /** the limit to give this class when it has none (unbounded) and no audit evidence sizes one */
  limit?: string | number
  /** a limit the tool writes for this class is never below this; null or 0 turns the built-in floor off */
  floor?: string | number | null
}

export interface SidecarClass {
  readonly id: string
  readonly names: readonly Matcher[]
  readonly images: readonly Matcher[]
  readonly drift?: Factor | undefined
  readonly headroom?: Factor | undefined
  readonly defaultRequest?: bigint | undefined
  /** configured limit for an unbounded container of this class (`sidecars.<class>.limit`) */
  readonly limit?: bigint | undefined
  /** lowest limit the tool writes for this class (built-in table in src/classify/floors.ts, or configured) */
  readonly floor?: bigint | undefined
  /** the patterns as written (for `headroom rules`, which turns them into PromQL label matchers) */
  readonly patterns?: PatternSource | undefined
}

export interface PatternSource {
  readonly names: readonly string[]
  readonly images: readonly string[]
}

export interface Settings {
  readonly drift: Factor
  readonly headroom: Factor
  readonly defaultRequest: bigint
  readonly sidecars: readonly SidecarClass[]
  readonly exclude: {
    readonly names: readonly Matcher[]
    readonly images: readonly Matcher[]
    readonly patterns?: PatternSource | undefined
  }
  readonly helpers: {
    readonly names: readonly Matcher[]
    readonly images: readonly Matcher[]
    readonly patterns?: PatternSource | undefined
  }
  /** severity of an unbounded sidecar that nothing measured can size */
  readonly needsEvidence: Severity | 'off'
  readonly kinds: readonly PodTemplateKind[]
  readonly rules: Readonly<Record<string, Severity | 'off'>>
  readonly exemptions: readonly Exemption[]
  readonly injectors: readonly Injector[]
  /** severity for sidecars whose injection is decided outside the repo */
  readonly possiblyInjected: Severity | 'off'
  /** files larger than this are skipped with an error (default 10 MB) */
  readonly maxFileBytes?: number | undefined
  /** measurements from `--audit FILE…` (src/audit), when given */
  readonly evidence?: Evidence | undefined
}

export function parseMemory(input: string | number, pointer: string): bigint {
  const parsed = parseQuantity(input)
  if (!parsed.ok) throw new SettingsError(parsed.reason, pointer)
  if (parsed.quantity.value.n < 0n) throw new SettingsError(`memory must not be negative: ${String(input)}`, pointer)
  return bytesCeil(parsed.quantity.value)
}

export function resolveSettings(config: HeadroomConfig = {}): Settings {
  const sidecars: SidecarClass[] = []
  const userSidecars = config.sidecars ?? {}
  for (const pattern of DEFAULT_SIDECARS) {
    const user = userSidecars[pattern.id]
    if (user === false) continue
    sidecars.push(
      sidecarClass(
        pattern.id,
        [...pattern.names, ...(user?.names ?? [])],
        [...pattern.images, ...(user?.images ?? [])],
        user
      )
    )
  }
  for (const [id, user] of Object.entries(userSidecars)) {
    if (user === false || DEFAULT_SIDECARS.some((p) => p.id === id)) continue
    sidecars.push(sidecarClass(id, user.names ?? [id], user.images ?? [], user))
  }
  return {
    drift: parseDrift(config.drift ?? DEFAULT_DRIFT, '/drift'),
    headroom: parseHeadroom(config.headroom ?? DEFAULT_HEADROOM, '/headroom'),
    defaultRequest: parseMemory(config.defaultRequest ?? DEFAULT_REQUEST, '/defaultRequest'),
    sidecars,
    exclude: {
      names: (config.exclude?.names ?? []).map((p) => compilePattern(p, 'exact')),
      images: (config.exclude?.images ?? []).map((p) => compilePattern(p, 'substring')),
      patterns: {names: config.exclude?.names ?? [], images: config.exclude?.images ?? []}
    },
    helpers: {
      names: [...DEFAULT_HELPERS.names, ...(config.helpers?.names ?? [])].map((p) => compilePattern(p, 'exact')),
      images: [...DEFAULT_HELPERS.images, ...(config.helpers?.images ?? [])].map((p) => compilePattern(p, 'substring')),
      patterns: {
        names: [...DEFAULT_HELPERS.names, ...(config.helpers?.names ?? [])],
        images: [...DEFAULT_HELPERS.images, ...(config.helpers?.images ?? [])]
      }
    },
    needsEvidence: config.needsEvidence ?? 'warning',
    kinds: [...BUILTIN_KINDS, ...kindsFromConfig(config.podTemplatePaths)],
    rules: config.rules ?? {},
    exemptions: config.exemptions ?? [],
    injectors: resolveInjectors(config.injectors ?? {}),
    possiblyInjected: config.possiblyInjected ?? 'info',
    maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  }
}

function sidecarClass(id: string, names: string[], images: string[], user: SidecarConfig | undefined): SidecarClass {
  const pointer = `/sidecars/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`
  return {
    id,
    names: names.map((p) => compilePattern(p, 'exact')),
    images: images.map((p) => compilePattern(p, 'substring')),
    drift: user?.drift === undefined ? undefined : parseDrift(user.drift, `${pointer}/drift`),
    headroom: user?.headroom === undefined ? undefined : parseHeadroom(user.headroom, `${pointer}/headroom`),
    defaultRequest:
      user?.defaultRequest === undefined ? undefined : parseMemory(user.defaultRequest, `${pointer}/defaultRequest`),
    limit: user?.limit === undefined ? undefined : parseMemory(user.limit, `${pointer}/limit`),
    floor: floorOf(id, user?.floor, `${pointer}/floor`),
    patterns: {names, images}
  }
}

function floorOf(id: string, configured: string | number | null | undefined, pointer: string): bigint | undefined {
  if (configured === null) return undefined
  if (configured === undefined) return DEFAULT_FLOORS.find((f) => f.classId === id)?.bytes
  const bytes = parseMemory(configured, pointer)
  return bytes === 0n ? undefined : bytes
}

function resolveInjectors(config: Record<string, InjectorConfig>): Injector[] {
  for (const id of Object.keys(config)) {
    if (!INJECTORS.some((i) => i.id === id))
      throw new SettingsError(
        `is not a known injector; known: ${INJECTORS.map((i) => i.id).join(', ')}`,
        `/injectors/${id}`
      )
  }
  return INJECTORS.filter((i) => config[i.id]?.enabled !== false).map((injector) => {
    const user = config[injector.id]
    if (!user) return injector
    const pointer = `/injectors/${injector.id}`
    // (Knative: the defaults its `queueproxy.resource-defaults` feature applies, when the cluster enables it)
    const optional = user.resourceDefaults ? injector.optionalDefaults : undefined
    const memory = (value: string | number | null | undefined, fallback: Rational | undefined, key: string) =>
      value === undefined ? fallback : value === null ? undefined : rational(parseMemory(value, `${pointer}/${key}`))
    return {
      ...injector,
      defaultRequest: memory(user.defaultRequest, optional?.request ?? injector.defaultRequest, 'defaultRequest'),
      defaultLimit: memory(user.defaultLimit, optional?.limit ?? injector.defaultLimit, 'defaultLimit')
    }
  })
}
