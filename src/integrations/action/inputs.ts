// The Action's inputs, read the way the runner passes them: INPUT_<NAME> with spaces as underscores and
// the name upper-cased (hyphens stay: INPUT_CHANGED-ONLY). Defaults repeat action.yml's so the bundle
// also runs outside a runner.
import {checkSelection, SelectionError, type Selection} from '../../engine/selection.js'

export type Mode = 'check' | 'fix'
export type FailOn = 'error' | 'warning' | 'never'

export interface ActionInputs {
  readonly paths: readonly string[]
  readonly mode: Mode
  readonly headroom: string | undefined
  readonly drift: string | undefined
  /** live-audit files, one per line (kubelet summaries, Prometheus responses, samples) */
  readonly audit: string | undefined
  readonly config: string | undefined
  readonly changedOnly: boolean
  readonly failOn: FailOn
  readonly sarifFile: string | undefined
  readonly summary: boolean
  /** staged rollout, like --namespace / --resource: report and fix only these workloads */
  readonly selection: Selection | undefined
}

export class InputError extends Error {}

export function inputName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[inputName(name)] ?? '').trim()
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = input(env, name)
  return value === '' ? undefined : value
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name)
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`input ${name} must be true or false, not ${JSON.stringify(value)}`)
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(env, name)
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
}

/** One value per line (a YAML block scalar in the workflow); commas also separate. */
function list(env: NodeJS.ProcessEnv, name: string): string[] {
  return input(env, name)
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

function selection(env: NodeJS.ProcessEnv): Selection | undefined {
  const namespaces = list(env, 'namespace')
  const resources = list(env, 'resource')
  if (namespaces.length === 0 && resources.length === 0) return undefined
  try {
    checkSelection({namespaces, resources})
  } catch (error) {
    if (error instanceof SelectionError)
      throw new InputError(
        error.message.replace('--resource', 'input resource').replace('--namespace', 'input namespace')
      )
    throw error
  }
  return {namespaces, resources}
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = list(env, 'paths')
  return {
    selection: selection(env),
    paths: paths.length === 0 ? ['.'] : paths,
    mode: choice(env, 'mode', ['check', 'fix'], 'check'),
    headroom: optional(env, 'headroom'),
    drift: optional(env, 'drift'),
    audit: optional(env, 'audit'),
    config: optional(env, 'config'),
    changedOnly: boolean(env, 'changed-only', false),
    failOn: choice(env, 'fail-on', ['error', 'warning', 'never'], 'error'),
    sarifFile: optional(env, 'sarif-file'),
    summary: boolean(env, 'summary', true)
  }
}
