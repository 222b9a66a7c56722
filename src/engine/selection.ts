// Staged rollout: which workloads a run reports and fixes. kubectl's words: `--namespace NS` (repeatable,
// globs) and `--resource TYPE[/NAME]` as in `kubectl get deploy/checkout` (TYPE is a kind, its plural
// or kubectl short name, case-insensitive, optionally `.group`-qualified; NAME is a glob). Several values
// of one flag widen the selection; the two flags narrow each other. Findings about workloads outside it
// are counted, never reported or fixed.
import picomatch from 'picomatch'

/** Plain data, so it crosses to worker threads as it is. */
export interface Selection {
  readonly namespaces: readonly string[]
  readonly resources: readonly string[]
}

export interface SelectionTarget {
  readonly apiVersion: string | undefined
  readonly kind: string
  readonly name: string
  readonly namespace: string | undefined
}

export class SelectionError extends Error {}

/** kubectl's short names (`kubectl api-resources`) for the built-in workload kinds (src/extract/kinds.ts). */
const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  Pod: ['po'],
  ReplicationController: ['rc'],
  Deployment: ['deploy'],
  ReplicaSet: ['rs'],
  DaemonSet: ['ds'],
  StatefulSet: ['sts'],
  CronJob: ['cj'],
  Rollout: ['ro'],
  Service: ['ksvc', 'kservice'],
  Configuration: ['config', 'cfg'],
  CloneSet: ['clone']
}

export function isEmptySelection(selection: Selection | undefined): boolean {
  return !selection || (selection.namespaces.length === 0 && selection.resources.length === 0)
}

/** Throws SelectionError for a `--resource` value kubectl would not read either. */
export function checkSelection(selection: Selection): void {
  for (const resource of selection.resources) parseResource(resource)
  for (const namespace of selection.namespaces)
    if (namespace.trim() === '') throw new SelectionError('--namespace needs a namespace (or a glob such as team-*)')
}

interface ResourceMatcher {
  readonly type: string
  readonly group: string | undefined
  readonly name: ((value: string) => boolean) | undefined
}

function parseResource(text: string): ResourceMatcher {
  const slash = text.indexOf('/')
  const typePart = (slash === -1 ? text : text.slice(0, slash)).trim()
  const namePart = slash === -1 ? undefined : text.slice(slash + 1).trim()
  if (typePart === '' || namePart === '' || namePart?.includes('/')) {
    throw new SelectionError(
      `--resource must be TYPE or TYPE/NAME, as kubectl takes it (deploy/checkout, statefulsets, rollouts.argoproj.io/web-*), not ${JSON.stringify(text)}`
    )
  }
  const dot = typePart.indexOf('.')
  return {
    type: (dot === -1 ? typePart : typePart.slice(0, dot)).toLowerCase(),
    group: dot === -1 ? undefined : typePart.slice(dot + 1).toLowerCase(),
    name: namePart === undefined ? undefined : glob(namePart)
  }
}

const globs = new Map<string, (value: string) => boolean>()

function glob(pattern: string): (value: string) => boolean {
  const cached = globs.get(pattern)
  if (cached) return cached
  const matcher = picomatch(pattern, {dot: true})
  globs.set(pattern, matcher)
  return matcher
}

function typeNames(kind: string): string[] {
  const lower = kind.toLowerCase()
  const plural = /(s|x|z|ch|sh)$/.test(lower)
    ? `${lower}es`
    : lower.endsWith('y') && !/[aeiou]y$/.test(lower)
      ? `${lower.slice(0, -1)}ies`
      : `${lower}s`
  return [lower, plural, ...(SHORT_NAMES[kind] ?? [])]
}

function groupOf(apiVersion: string | undefined): string {
  const slash = apiVersion?.indexOf('/') ?? -1
  return slash === -1 ? '' : (apiVersion as string).slice(0, slash).toLowerCase()
}

/**
 * Whether a workload is in the selection. A manifest without metadata.namespace is outside any
 * `--namespace`: where it lands is decided at deploy time (kubectl's context, a kustomize overlay).
 */
export function selects(selection: Selection | undefined, target: SelectionTarget): boolean {
  if (!selection) return true
  if (selection.namespaces.length > 0) {
    const namespace = target.namespace
    if (namespace === undefined || !selection.namespaces.some((p) => glob(p)(namespace))) return false
  }
  if (selection.resources.length > 0) {
    const names = typeNames(target.kind)
    const group = groupOf(target.apiVersion)
    const hit = selection.resources.some((text) => {
      const r = parseResource(text)
      return (
        names.includes(r.type) &&
        (r.group === undefined || r.group === group) &&
        (r.name === undefined || r.name(target.name))
      )
    })
    if (!hit) return false
  }
  return true
}

/** How the selection reads in messages: `--namespace shop --resource deploy/checkout`. */
export function describeSelection(selection: Selection): string {
  return [
    ...selection.namespaces.map((n) => `--namespace ${n}`),
    ...selection.resources.map((r) => `--resource ${r}`)
  ].join(' ')
}
