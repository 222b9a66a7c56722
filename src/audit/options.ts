// The `audit` section of the config: how much evidence is enough and how hard it pulls against the prior.
import {parseDrift, SettingsError, type Factor} from '../config/factor.js'

export interface AuditConfig {
  /** drift prior the estimate is shrunk toward (default: the class's drift, else the global drift) */
  prior?: number | string
  /** prior weight in pods: applied = (n·estimate + k·prior) / (n + k) (default 5) */
  k?: number
  /** points a workload container needs before its observed peak is used (default 100) */
  minPoints?: number
  /** hours those points must span (default 3) */
  minSpanHours?: number
  /** pods with a paired reference a sidecar class needs before drift is estimated (default 5) */
  minInstances?: number
  /** percentile over pods of each pod's max working set (default 100: the max) */
  percentile?: number
}

export interface AuditOptions {
  readonly prior: Factor | undefined
  readonly k: number
  readonly minPoints: number
  readonly minSpanHours: number
  readonly minInstances: number
  readonly percentile: number
  /** quantile of the per-pod ratios that is the drift estimate */
  readonly driftQuantile: number
  /** bootstrap resamples for the 90% interval */
  readonly resamples: number
}

export const AUDIT_DEFAULTS: AuditOptions = {
  prior: undefined,
  k: 5,
  minPoints: 100,
  minSpanHours: 3,
  minInstances: 5,
  percentile: 100,
  driftQuantile: 0.9,
  resamples: 2000
}

/** Throws SettingsError (with a pointer under /audit) for values the schema cannot rule out. */
export function resolveAuditOptions(config: AuditConfig | undefined): AuditOptions {
  if (!config) return AUDIT_DEFAULTS
  return {
    ...AUDIT_DEFAULTS,
    prior: config.prior === undefined ? undefined : parseDrift(config.prior, '/audit/prior'),
    k: count(config.k, AUDIT_DEFAULTS.k, '/audit/k'),
    minPoints: count(config.minPoints, AUDIT_DEFAULTS.minPoints, '/audit/minPoints'),
    minSpanHours: config.minSpanHours ?? AUDIT_DEFAULTS.minSpanHours,
    minInstances: Math.max(1, count(config.minInstances, AUDIT_DEFAULTS.minInstances, '/audit/minInstances')),
    percentile: config.percentile ?? AUDIT_DEFAULTS.percentile
  }
}

function count(value: number | undefined, fallback: number, pointer: string): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 0)
    throw new SettingsError(`must be a whole number ≥ 0, not ${value}`, pointer)
  return value
}
