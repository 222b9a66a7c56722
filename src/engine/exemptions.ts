// Exemptions and per-workload overrides: `headroom.io/*` annotations on an object or its pod template,
// and `exemptions:` in config for vendored YAML nobody can annotate.
import picomatch from 'picomatch'
import type {Workload} from '../extract/workloads.js'
import {getMap, lookup, deref} from '../parse/nodes.js'
import {parseDrift, parseHeadroom, SettingsError, type Factor} from '../config/factor.js'
import type {Settings} from '../config/settings.js'
import type {MapNode, Node} from '../types.js'

export const ANNOTATION_IGNORE = 'headroom.io/ignore'
export const ANNOTATION_IGNORE_CONTAINERS = 'headroom.io/ignore-containers'
export const ANNOTATION_HEADROOM = 'headroom.io/headroom'
export const ANNOTATION_DRIFT = 'headroom.io/drift'

export type {Exemption} from '../config/settings.js'

export interface WorkloadPolicy {
  /** settings with this workload's overrides applied */
  readonly settings: Settings
  /** false when the finding is exempted */
  allows(ruleId: string, container: string | undefined): boolean
  /** override annotations that could not be read */
  readonly problems: readonly {message: string; at: Node}[]
}

export function policyFor(workload: Workload, settings: Settings): WorkloadPolicy {
  const annotations = [annotationsOf(workload.object), annotationsOf(workload.template)]
  const read = (key: string) => {
    for (const map of annotations) {
      const found = map ? lookup(map, key) : undefined
      const node = deref(found?.value)
      if (node?.type === 'scalar' && node.value !== null && node.value !== undefined)
        return {text: String(node.value), node}
    }
    return undefined
  }
  const ignore = read(ANNOTATION_IGNORE)
  const ignoreAll = ignore !== undefined && /^(true|all|\*)$/i.test(ignore.text.trim())
  const ignoreRules = new Set(ignoreAll || !ignore ? [] : splitList(ignore.text))
  const ignoreContainers = new Set(splitList(read(ANNOTATION_IGNORE_CONTAINERS)?.text ?? ''))
  const problems: {message: string; at: Node}[] = []
  const factor = (key: string, parse: (v: string, p: string) => Factor): Factor | undefined => {
    const value = read(key)
    if (!value) return undefined
    try {
      return parse(value.text, key)
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error
      problems.push({message: `annotation ${key}: ${error.message}`, at: value.node})
      return undefined
    }
  }
  const drift = factor(ANNOTATION_DRIFT, parseDrift)
  const headroom = factor(ANNOTATION_HEADROOM, parseHeadroom)
  const exemptions = settings.exemptions.filter(
    (e) =>
      matches(e.namespace, workload.namespace ?? '') && matches(e.kind, workload.kind) && matches(e.name, workload.name)
  )
  return {
    settings: drift || headroom ? withOverrides(settings, drift, headroom) : settings,
    problems,
    allows(ruleId, container) {
      if (ignoreAll || ignoreRules.has(ruleId)) return false
      if (container !== undefined && ignoreContainers.has(container)) return false
      return !exemptions.some(
        (e) =>
          (e.rules === undefined || e.rules.includes(ruleId)) &&
          (e.container === undefined || (container !== undefined && matches(e.container, container)))
      )
    }
  }
}

/** A workload annotation is more specific than any config, per-sidecar settings included. */
function withOverrides(settings: Settings, drift: Factor | undefined, headroom: Factor | undefined): Settings {
  return {
    ...settings,
    drift: drift ?? settings.drift,
    headroom: headroom ?? settings.headroom,
    sidecars: settings.sidecars.map((c) => ({
      ...c,
      drift: drift ? undefined : c.drift,
      headroom: headroom ? undefined : c.headroom
    }))
  }
}

function annotationsOf(object: MapNode): MapNode | null {
  return getMap(getMap(object, 'metadata'), 'annotations')
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

const matcherCache = new Map<string, (value: string) => boolean>()

function matches(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined) return true
  let matcher = matcherCache.get(pattern)
  if (!matcher) {
    matcher = picomatch(pattern, {dot: true})
    matcherCache.set(pattern, matcher)
  }
  return matcher(value)
}
