// The function's options, from its functionConfig: a ConfigMap (`data` holds strings, as
// `kpt fn eval … -- headroom=20%` writes them) or a `headroom.io/v1` HeadroomPolicy whose `spec` holds
// the options and any .headroomrc setting. The same policy file configures the kustomize plugin.
import type {HeadroomConfig} from '../../config/settings.js'
import {settingsFrom, validateConfig} from '../../config/validate.js'
import type {Settings} from '../../config/settings.js'
import {parseData} from '../../parse/yaml-adapter.js'
import {checkSelection, SelectionError, type Selection} from '../../engine/selection.js'

export const POLICY_API_VERSION = 'headroom.io/v1'
export const POLICY_KIND = 'HeadroomPolicy'

export type KrmMode = 'fix' | 'check'
export type KrmFailOn = 'error' | 'warning' | 'never'

export interface FunctionOptions {
  readonly mode: KrmMode
  readonly failOn: KrmFailOn
  readonly settings: Settings
  /** staged rollout (`namespace`, `resource`): only these workloads' findings are reported and fixed */
  readonly selection?: Selection | undefined
}

export class FunctionConfigError extends Error {}

const MODES: readonly KrmMode[] = ['fix', 'check']
const FAIL_ON: readonly KrmFailOn[] = ['error', 'warning', 'never']
/** ConfigMap data keys that are config settings (strings there, like every ConfigMap value). */
const DATA_SETTINGS = ['headroom', 'drift', 'defaultRequest'] as const

export function functionOptions(functionConfig: unknown, source = 'functionConfig'): FunctionOptions {
  if (functionConfig === undefined || functionConfig === null) return resolve({}, 'fix', 'error', source, undefined)
  const object = record(functionConfig)
  if (!object) throw new FunctionConfigError(`${source} must be a ConfigMap or a ${POLICY_API_VERSION} ${POLICY_KIND}`)
  const kind = object.kind
  if (kind === 'ConfigMap') return fromConfigMap(object, source)
  if (kind === POLICY_KIND) {
    if (object.apiVersion !== POLICY_API_VERSION)
      throw new FunctionConfigError(
        `${source}: ${POLICY_KIND} must have apiVersion ${POLICY_API_VERSION}, not ${JSON.stringify(object.apiVersion)}`
      )
    return fromPolicy(object, source)
  }
  throw new FunctionConfigError(
    `${source}: kind ${JSON.stringify(kind)} is not supported; use a ConfigMap or a ${POLICY_API_VERSION} ${POLICY_KIND}`
  )
}

function fromConfigMap(object: Record<string, unknown>, source: string): FunctionOptions {
  const data = record(object.data) ?? {}
  const config: Record<string, unknown> = {}
  let mode: KrmMode = 'fix'
  let failOn: KrmFailOn = 'error'
  const selected: Record<SelectionKey, string[]> = {namespace: [], resource: []}
  for (const [key, raw] of Object.entries(data)) {
    const value = typeof raw === 'number' ? String(raw) : raw
    if (typeof value !== 'string') throw new FunctionConfigError(`${source}: data.${key} must be a string`)
    if (key === 'mode') mode = oneOf(value, MODES, `${source}: data.mode`)
    else if (key === 'failOn') failOn = oneOf(value, FAIL_ON, `${source}: data.failOn`)
    else if (key === 'namespace' || key === 'resource') selected[key] = splitList(value)
    else if ((DATA_SETTINGS as readonly string[]).includes(key)) config[key] = value
    else if (key === 'config') {
      // A whole .headroomrc in one value (YAML or JSON); the keys above override it.
      const parsed = parseData(value)
      if (!parsed.ok)
        throw new FunctionConfigError(`${source}: data.config is not valid YAML: ${parsed.problem.message}`)
      const whole = record(parsed.data)
      if (parsed.data !== null && !whole) throw new FunctionConfigError(`${source}: data.config must be a mapping`)
      for (const [k, v] of Object.entries(whole ?? {})) if (!(k in config)) config[k] = v
    } else {
      throw new FunctionConfigError(
        `${source}: data.${key} is not a known option; known: mode, failOn, namespace, resource, ${DATA_SETTINGS.join(', ')}, config`
      )
    }
  }
  return resolve(config, mode, failOn, source, selectionOf(selected.namespace, selected.resource, `${source}: data`))
}

function fromPolicy(object: Record<string, unknown>, source: string): FunctionOptions {
  const spec = object.spec === undefined || object.spec === null ? {} : record(object.spec)
  if (!spec) throw new FunctionConfigError(`${source}: spec must be a mapping`)
  const {mode = 'fix', failOn = 'error', namespace, resource, ...config} = spec
  const selection = selectionOf(
    stringList(namespace, `${source}: spec.namespace`),
    stringList(resource, `${source}: spec.resource`),
    `${source}: spec`
  )
  return resolve(
    config,
    oneOf(mode, MODES, `${source}: spec.mode`),
    oneOf(failOn, FAIL_ON, `${source}: spec.failOn`),
    `${source} spec`,
    selection
  )
}

function resolve(
  config: Record<string, unknown>,
  mode: KrmMode,
  failOn: KrmFailOn,
  source: string,
  selection: Selection | undefined
): FunctionOptions {
  const validated: HeadroomConfig = validateConfig(config, source)
  return {mode, failOn, settings: settingsFrom(validated, source), ...(selection ? {selection} : {})}
}

type SelectionKey = 'namespace' | 'resource'

/** `namespace` / `resource`: a list, or one string with values separated by commas or lines. */
function stringList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return splitList(value)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.map((v) => v.trim()).filter(Boolean)
  throw new FunctionConfigError(`${what} must be a string or a list of strings`)
}

function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((v) => v.trim())
    .filter(Boolean)
}

function selectionOf(namespaces: string[], resources: string[], where: string): Selection | undefined {
  if (namespaces.length === 0 && resources.length === 0) return undefined
  try {
    checkSelection({namespaces, resources})
  } catch (error) {
    if (error instanceof SelectionError)
      throw new FunctionConfigError(`${where}: ${error.message.replace(/--(namespace|resource)/g, '$1')}`)
    throw error
  }
  return {namespaces, resources}
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new FunctionConfigError(`${what} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
