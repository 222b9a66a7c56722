// Small, deterministic statistics for the audit: quantiles (linear interpolation between order
// statistics, numpy's default / R type 7), a seeded PRNG, and a percentile bootstrap. Same input, same
// output: inputs are sorted before any resampling, so neither file order nor map order matters.

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending; NaN for an empty list. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  if (n === 1) return sorted[0] as number
  const h = (n - 1) * Math.min(1, Math.max(0, p))
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (h - lo) * (b - a)
}

export function quantile(values: readonly number[], p: number): number {
  return quantileSorted([...values].sort(ascending), p)
}

export function ascending(a: number, b: number): number {
  return a - b
}

/** mulberry32: a tiny 32-bit PRNG; good enough for resampling, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface BootstrapOptions {
  /** resamples (default 2000) */
  readonly resamples?: number
  /** two-sided coverage (default 0.9) */
  readonly level?: number
  readonly seed?: number
}

export const BOOTSTRAP_SEED = 0x4b48_0004

/** Percentile-bootstrap interval for the p-quantile of `values`. */
export function bootstrapQuantile(
  values: readonly number[],
  p: number,
  options: BootstrapOptions = {}
): {low: number; high: number} {
  const sorted = [...values].sort(ascending)
  const n = sorted.length
  if (n === 0) return {low: Number.NaN, high: Number.NaN}
  const resamples = options.resamples ?? 2000
  const level = options.level ?? 0.9
  const random = seededRandom(options.seed ?? BOOTSTRAP_SEED)
  const estimates = new Float64Array(resamples)
  const draw = new Float64Array(n)
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) draw[i] = sorted[Math.floor(random() * n)] as number
    draw.sort()
    estimates[b] = quantileSorted(draw, p)
  }
  estimates.sort()
  const tail = (1 - level) / 2
  return {low: quantileSorted(estimates, tail), high: quantileSorted(estimates, 1 - tail)}
}

/** Half-up rounding to `digits` decimals, for display (never for targets). */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits
  return Math.round(value * scale + Number.EPSILON * scale) / scale
}
