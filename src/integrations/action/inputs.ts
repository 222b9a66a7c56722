// The Action's inputs, read the way the runner passes them: INPUT_<NAME> with spaces as underscores and
// the name upper-cased (hyphens stay: INPUT_CHANGED-ONLY). Defaults repeat action.yml's so the bundle
// also runs outside a runner.
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

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  // One path per line (a YAML block scalar in the workflow); commas also separate.
  const paths = input(env, 'paths')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return {
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
