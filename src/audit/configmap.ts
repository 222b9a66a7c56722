// `--config` may name a ConfigMap manifest (deploy/headroom-configmap.yaml) instead of an rc file: the
// config is the YAML/JSON text under one of these data keys, the same names an rc file can have.
import {parseData} from '../parse/yaml-adapter.js'

export const CONFIGMAP_KEYS = [
  '.headroomrc',
  '.headroomrc.yaml',
  '.headroomrc.yml',
  '.headroomrc.json',
  'headroom.yaml',
  'headroom.yml',
  'headroom.json'
] as const

export type Unwrapped =
  | {ok: true; data: unknown; source: string}
  | {ok: false; source: string; pointer: string; detail: string}

export function isConfigMap(data: unknown): data is {kind: 'ConfigMap'; data?: unknown} {
  return (
    data !== null &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    (data as {kind?: unknown}).kind === 'ConfigMap' &&
    'apiVersion' in data
  )
}

/** The config inside a ConfigMap; `shown` is the file as reported, the result's source names the key. */
export function configFromConfigMap(manifest: {data?: unknown}, shown: string): Unwrapped {
  const data = manifest.data
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      source: shown,
      pointer: '/data',
      detail: `must be an object holding the config under one of ${CONFIGMAP_KEYS.join(', ')}`
    }
  }
  const key = CONFIGMAP_KEYS.find((k) => Object.hasOwn(data, k))
  if (key === undefined)
    return {ok: false, source: shown, pointer: '/data', detail: `has none of the keys ${CONFIGMAP_KEYS.join(', ')}`}
  const text = (data as Record<string, unknown>)[key]
  const source = `${shown}#data/${key}`
  if (typeof text !== 'string')
    return {
      ok: false,
      source: shown,
      pointer: `/data/${key}`,
      detail: 'must be a string (the config as YAML or JSON text)'
    }
  const parsed = parseData(text)
  if (!parsed.ok) {
    return {
      ok: false,
      source: `${source}:${parsed.problem.line}:${parsed.problem.col}`,
      pointer: '',
      detail: `is not valid YAML/JSON: ${parsed.problem.message}`
    }
  }
  return {ok: true, data: parsed.data ?? {}, source}
}
