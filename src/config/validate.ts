// Config validation: JSON Schema (schemas/config.schema.json, compiled at build time by ajv) for shape,
// then settings resolution for meaning (quantities, factors). Every error names the JSON pointer that is wrong.
import type {ErrorObject} from 'ajv'
import {validateConfigShape as validate} from '../generated/config-validator.js'
import {RULES} from '../rules/index.js'
import {resolveSettings, SettingsError, type HeadroomConfig, type Settings} from './settings.js'

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly pointer: string,
    readonly detail: string
  ) {
    super(`${source}: ${pointer || '/'} ${detail}`)
  }
}

/** Validates raw config data and returns it typed; throws ConfigError naming `source` and the pointer. */
export function validateConfig(data: unknown, source: string): HeadroomConfig {
  if (!validate(data)) {
    const error = pickError(validate.errors ?? [])
    throw new ConfigError(source, error.pointer, error.message)
  }
  const config = data as HeadroomConfig
  for (const id of Object.keys(config.rules ?? {})) {
    if (!RULES.some((r) => r.meta.id === id)) {
      throw new ConfigError(
        source,
        `/rules/${id}`,
        `is not a rule; known rules: ${RULES.map((r) => r.meta.id).join(', ')}`
      )
    }
  }
  return config
}

/** Validated config + CLI overrides -> settings. */
export function settingsFrom(config: HeadroomConfig, source: string, overrides: HeadroomConfig = {}): Settings {
  try {
    return resolveSettings({...config, ...overrides})
  } catch (error) {
    if (error instanceof SettingsError) {
      const fromFlag =
        error.pointer in flagPointers && overrides[flagPointers[error.pointer] as keyof HeadroomConfig] !== undefined
      throw new ConfigError(
        fromFlag ? 'command line' : source,
        fromFlag ? `--${flagPointers[error.pointer]}` : error.pointer,
        error.message
      )
    }
    throw error
  }
}

const flagPointers: Record<string, string> = {'/drift': 'drift', '/headroom': 'headroom'}

function pickError(errors: readonly ErrorObject[]): {pointer: string; message: string} {
  // The most specific error is the most useful one: anyOf branches report their own failures first.
  const specific =
    errors.find((e) => e.keyword === 'additionalProperties') ?? errors.find((e) => e.keyword !== 'anyOf') ?? errors[0]
  if (!specific) return {pointer: '', message: 'is invalid'}
  if (specific.keyword === 'additionalProperties') {
    const extra = String(specific.params?.additionalProperty ?? '')
    return {pointer: `${specific.instancePath}/${extra}`, message: 'is not a known option'}
  }
  return {pointer: specific.instancePath, message: specific.message ?? 'is invalid'}
}
