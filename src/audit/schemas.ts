// Shape checks for audit inputs: one JSON Schema per format (schemas/audit-*.schema.json), compiled at
// build time by ajv. A failure becomes an AuditInputError naming the file, the JSON pointer and what was expected.
import type {ErrorObject as AjvError, ValidateFunction} from 'ajv'
import {
  validateKubeletSummary,
  validatePrometheus,
  validatePrometheusSeries,
  validateSample,
  validateSamples
} from '../generated/audit-validators.js'
import {AuditInputError} from './types.js'

export type SchemaName = 'kubelet-summary' | 'prometheus' | 'prometheus-series' | 'samples' | 'sample'

const VALIDATORS: Readonly<Record<SchemaName, ValidateFunction>> = {
  'kubelet-summary': validateKubeletSummary,
  prometheus: validatePrometheus,
  'prometheus-series': validatePrometheusSeries,
  samples: validateSamples,
  sample: validateSample
}

export const SCHEMA_FILES: Readonly<Record<SchemaName, string>> = {
  'kubelet-summary': 'schemas/audit-kubelet-summary.schema.json',
  prometheus: 'schemas/audit-prometheus.schema.json',
  'prometheus-series': 'schemas/audit-prometheus.schema.json#/definitions/seriesData',
  samples: 'schemas/audit-samples.schema.json',
  sample: 'schemas/audit-samples.schema.json#/definitions/sample'
}

/**
 * Throws AuditInputError when `data` does not match; `prefix` is the pointer of `data` inside the file
 * (an array element) and `line` its NDJSON line.
 */
export function checkShape(name: SchemaName, data: unknown, file: string, prefix = '', line?: number): void {
  const validate = VALIDATORS[name]
  if (validate(data)) return
  const error = pickError(validate.errors ?? [])
  if (!error) throw new AuditInputError(file, prefix, `does not match ${SCHEMA_FILES[name]}`, line)
  const {pointer, expected} = describe(error, data)
  throw new AuditInputError(file, prefix + pointer, expected, line)
}

const WRAPPERS = new Set(['if', 'then', 'anyOf', 'allOf', 'oneOf', '$ref'])

function pickError(errors: readonly AjvError[]): AjvError | undefined {
  return errors.find((e) => !WRAPPERS.has(e.keyword)) ?? errors[0]
}

function describe(error: AjvError, data: unknown): {pointer: string; expected: string} {
  const at = error.instancePath
  const got = valueAt(data, at)
  const gotText = got.found ? ` (got ${show(got.value)})` : ''
  switch (error.keyword) {
    case 'required':
      return {
        pointer: `${at}/${escapePointer(String(error.params.missingProperty))}`,
        expected: 'is required but missing'
      }
    case 'type': {
      const types = String(error.params.type).split(',')
      return {pointer: at, expected: `must be ${types.map(article).join(' or ')}${gotText}`}
    }
    case 'enum':
      return {
        pointer: at,
        expected: `must be one of ${(error.params.allowedValues as unknown[]).map(show).join(', ')}${gotText}`
      }
    case 'const':
      return {pointer: at, expected: `must be ${show(error.params.allowedValue)}${gotText}`}
    case 'pattern':
      return {
        pointer: at,
        expected: error.schemaPath.includes('/time')
          ? `must be an RFC 3339 time like "2025-01-31T12:00:00Z"${gotText}`
          : `${error.message ?? 'is invalid'}${gotText}`
      }
    case 'minItems':
    case 'maxItems':
    case 'additionalItems':
      return {pointer: at, expected: `must be a [timestamp, "value"] pair${gotText}`}
    default:
      return {pointer: at, expected: `${error.message ?? 'is invalid'}${gotText}`}
  }
}

function article(type: string): string {
  return type === 'object' || type === 'array' || type === 'integer'
    ? `an ${type}`
    : type === 'null'
      ? 'null'
      : `a ${type}`
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

function valueAt(data: unknown, pointer: string): {found: boolean; value?: unknown} {
  let current = data
  if (pointer === '') return {found: true, value: current}
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return {found: false}
    current = (current as Record<string, unknown>)[key]
  }
  return {found: true, value: current}
}

function show(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length === 0 ? '[]' : 'an array'
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}
