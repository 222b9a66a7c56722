// Settings -> what the run-time rules need per sidecar class: its label regexes and the same drift and
// headroom check/fix use (the class's own, else the global; with --audit, the drift the evidence gives,
// exactly as src/audit/target.ts applies it). Classes come out sorted by id so the output is stable.
import type {Factor, PatternSource, Settings, SidecarClass} from '../config/settings.js'
import {add, formatDecimal, mul, rational} from '../quantity/rational.js'
import {patternsRegex, PatternError} from './label-regex.js'

export interface AlertClass {
  readonly id: string
  readonly drift: Factor
  /** where the drift comes from, for the generated file's header */
  readonly driftSource: string
  readonly headroom: Factor
  /** drift × (1 + headroom), exact, as a decimal PromQL number */
  readonly multiplier: string
  /** 1 + headroom, for messages */
  readonly headroomFactor: string
  /** container names of this class (RE2, anchored by Prometheus) */
  readonly names: string | undefined
  /** images of this class */
  readonly images: string | undefined
  /** names of classes listed before this one: a name match there wins (src/classify/containers.ts) */
  readonly earlierNames: string | undefined
  /** images of classes listed before this one */
  readonly earlierImages: string | undefined
}

export interface AlertModel {
  readonly classes: readonly AlertClass[]
  /** every class's names / images: a container matching neither is an application container */
  readonly allNames: string | undefined
  readonly allImages: string | undefined
  /** `exclude`: never sidecars (they count as application containers, as in check/fix) */
  readonly excludeNames: string | undefined
  readonly excludeImages: string | undefined
  /** `helpers` (shutdown managers, config reloaders): neither application nor sidecar, as in check/fix */
  readonly helperNames: string | undefined
  readonly helperImages: string | undefined
}

export function alertModel(settings: Settings): AlertModel {
  const sources = settings.sidecars.map((cls) => ({cls, patterns: patternsOf(cls.patterns, `sidecar class ${cls.id}`)}))
  const classes: AlertClass[] = sources.map(({cls, patterns}, i) => {
    const earlier = sources.slice(0, i).map((s) => s.patterns)
    const {drift, driftSource} = driftOf(cls, settings)
    const headroom = cls.headroom ?? settings.headroom
    const onePlus = add(rational(1n), headroom.value)
    return {
      id: cls.id,
      drift,
      driftSource,
      headroom,
      multiplier: formatDecimal(mul(drift.value, onePlus), 30),
      headroomFactor: formatDecimal(onePlus, 30),
      names: regex(patterns.names, 'exact', `sidecar class ${cls.id}`),
      images: regex(patterns.images, 'substring', `sidecar class ${cls.id}`),
      earlierNames: regex(
        earlier.flatMap((p) => p.names),
        'exact',
        'sidecars'
      ),
      earlierImages: regex(
        earlier.flatMap((p) => p.images),
        'substring',
        'sidecars'
      )
    }
  })
  const exclude = patternsOf(settings.exclude.patterns, 'exclude')
  const helpers = patternsOf(settings.helpers.patterns, 'helpers')
  return {
    classes: classes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    allNames: regex(
      sources.flatMap((s) => s.patterns.names),
      'exact',
      'sidecars'
    ),
    allImages: regex(
      sources.flatMap((s) => s.patterns.images),
      'substring',
      'sidecars'
    ),
    excludeNames: regex(exclude.names, 'exact', 'exclude'),
    excludeImages: regex(exclude.images, 'substring', 'exclude'),
    helperNames: regex(helpers.names, 'exact', 'helpers'),
    helperImages: regex(helpers.images, 'substring', 'helpers')
  }
}

/** The drift a class's rules use, and why: mirrors evidenceTarget (src/audit/target.ts). */
function driftOf(cls: SidecarClass, settings: Settings): {drift: Factor; driftSource: string} {
  const evidence = settings.evidence
  const configured = cls.drift ?? settings.drift
  const from = cls.drift ? 'class setting' : 'global setting'
  if (!evidence) return {drift: configured, driftSource: from}
  const prior = cls.drift ?? evidence.options.prior ?? settings.drift
  const found = evidence.sidecarClass(cls.id, prior)
  if (!found) return {drift: prior, driftSource: `prior; the audit data has no ${cls.id} container`}
  return {drift: found.applied, driftSource: `audit: ${found.note}`}
}

function patternsOf(patterns: PatternSource | undefined, what: string): PatternSource {
  if (!patterns) throw new Error(`${what}: settings carry no pattern sources (built outside resolveSettings)`)
  return patterns
}

function regex(patterns: readonly string[], mode: 'exact' | 'substring', where: string): string | undefined {
  try {
    return patternsRegex(patterns, mode)
  } catch (error) {
    if (error instanceof PatternError) throw new PatternError(`${where}: ${error.message}`)
    throw error
  }
}
