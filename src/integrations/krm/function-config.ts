// The function's options, from its functionConfig: a ConfigMap (`data` holds strings, as
// `kpt fn eval … -- headroom=20%` writes them) or a `headroom.io/v1` HeadroomPolicy whose `spec` holds
// the options and any .headroomrc setting. The same policy file configures the kustomize plugin.
import type {HeadroomConfig} from '../../config/settings.js'
import {settingsFrom, validateConfig} from '../../config/validate.js'
import type {Settings} from '../../config/settings.js'
import {parseData} from '../../parse/yaml-adapter.js'

export const POLICY_API_VERSION = 'headroom.io/v1'
export const POLICY_KIND = 'HeadroomPolicy'

export type KrmMode = 'fix' | 'check'
export type KrmFailOn = 'error' | 'warning' | 'never'

export interface FunctionOptions {
  readonly mode: KrmMode
  readonly failOn: KrmFailOn
  readonly settings: Settings
}

export class FunctionConfigError extends Error {}

const MODES: readonly KrmMode[] = ['fix', 'check']
const FAIL_ON: readonly KrmFailOn[] = ['error', 'warning', 'never']
/** ConfigMap data keys that are config settings (strings there, like every ConfigMap value). */
const DATA_SETTINGS = ['headroom', 'drift', 'defaultRequest'] as const

export function functionOptions(functionConfig: unknown, source = 'functionConfig'): FunctionOptions {
  if (functionConfig === undefined || functionConfig === null) return resolve({}, 'fix', 'error', source)
  const object = record(functionConfig)
  if (!object) throw new FunctionConfigError(`${source} must be a ConfigMap or a ${POLICY_API_VERSION} ${POLICY_KIND}`)
  const kind = object.kind
  if (kind === 'ConfigMap') return fromConfigMap(object, source)
  if (kind === POLICY_KIND) {
    if (object.apiVersion !== POLICY_API_VERSION) throw new FunctionConfigError(`${source}: ${POLICY_KIND} must have apiVersion ${POLICY_API_VERSION}, not ${JSON.stringify(object.apiVersion)}`)
    return fromPolicy(object, source)
  }
  throw new FunctionConfigError(`${source}: kind ${JSON.stringify(kind)} is not supported; use a ConfigMap or a ${POLICY_API_VERSION} ${POLICY_KIND}`)
}

function fromConfigMap(object: Record<string, unknown>, source: string): FunctionOptions {
  const data = record(object.data) ?? {}
  const config: Record<string, unknown> = {}
  let mode: KrmMode = 'fix'
  let failOn: KrmFailOn = 'error'
  for (const [key, raw] of Object.entries(data)) {
    const value = typeof raw === 'number' ? String(raw) : raw
    if (typeof value !== 'string') throw new FunctionConfigError(`${source}: data.${key} must be a string`)
    if (key === 'mode') mode = oneOf(value, MODES, `${source}: data.mode`)
    else if (key === 'failOn') failOn = oneOf(value, FAIL_ON, `${source}: data.failOn`)
    else if ((DATA_SETTINGS as readonly string[]).includes(key)) config[key] = value
    else if (key === 'config') {
      // A whole .headroomrc in one value (YAML or JSON); the keys above override it.
      const parsed = parseData(value)
      if (!parsed.ok) throw new FunctionConfigError(`${source}: data.config is not valid YAML: ${parsed.problem.message}`)
      const whole = record(parsed.data)
      if (parsed.data !== null && !whole) throw new FunctionConfigError(`${source}: data.config must be a mapping`)
      for (const [k, v] of Object.entries(whole ?? {})) if (!(k in config)) config[k] = v
    } else {
      throw new FunctionConfigError(`${source}: data.${key} is not a known option; known: mode, failOn, ${DATA_SETTINGS.join(', ')}, config`)
    }
  }
  return resolve(config, mode, failOn, source)
}

function fromPolicy(object: Record<string, unknown>, source: string): FunctionOptions {
  const spec = object.spec === undefined || object.spec === null ? {} : record(object.spec)
  if (!spec) throw new FunctionConfigError(`${source}: spec must be a mapping`)
  const {mode = 'fix', failOn = 'error', ...config} = spec
  return resolve(config, oneOf(mode, MODES, `${source}: spec.mode`), oneOf(failOn, FAIL_ON, `${source}: spec.failOn`), `${source} spec`)
}

function resolve(config: Record<string, unknown>, mode: KrmMode, failOn: KrmFailOn, source: string): FunctionOptions {
  const validated: HeadroomConfig = validateConfig(config, source)
  return {mode, failOn, settings: settingsFrom(validated, source)}
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new FunctionConfigError(`${what} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}
