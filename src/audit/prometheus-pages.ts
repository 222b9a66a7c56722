// The time range of `collect --prometheus`, cut into pages that Prometheus answers. /api/v1/query_range
// refuses a query whose (end - start) / step exceeds 11,000 ("exceeded maximum resolution of 11,000 points per
// timeseries. Try decreasing the query resolution (?step=XX)", errorType bad_data, HTTP 400: queryRange in
// prometheus/prometheus web/api/v1/api.go). A page here has at most 11,000 points ((end - start) / step ≤
// 10,999), one fewer than the server allows, and the next page starts one step after the last one ended, so
// every step of the range is asked for exactly once and no timestamp comes twice.

/** Points per series Prometheus returns at most for one range query (web/api/v1/api.go). */
export const PROMETHEUS_MAX_POINTS = 11_000

export interface Page {
  /** Unix seconds, inclusive */
  readonly start: number
  /** Unix seconds, inclusive; start + k·step */
  readonly end: number
}

/**
 * The evaluation grid for `sinceSeconds` up to `nowSeconds`: it ends at the last whole step and has
 * since / step + 1 points, so the same window asked twice gives the same timestamps and the same count.
 */
export function timeRange(nowSeconds: number, sinceSeconds: number, stepSeconds: number): Page {
  const end = Math.floor(nowSeconds / stepSeconds) * stepSeconds
  return {start: end - Math.floor(sinceSeconds / stepSeconds) * stepSeconds, end}
}

/** `range` cut into consecutive pages of at most `maxPoints` steps each. */
export function pages(range: Page, stepSeconds: number, maxPoints = PROMETHEUS_MAX_POINTS): Page[] {
  if (!(stepSeconds > 0) || !Number.isInteger(maxPoints) || maxPoints < 1)
    throw new RangeError('step must be > 0 and maxPoints ≥ 1')
  const out: Page[] = []
  const span = (maxPoints - 1) * stepSeconds
  for (let start = range.start; start <= range.end; start += span + stepSeconds) {
    out.push({start, end: Math.min(start + span, range.end)})
  }
  return out
}

/** Points one page asks for per series. */
export function pointsIn(page: Page, stepSeconds: number): number {
  return Math.floor((page.end - page.start) / stepSeconds) + 1
}
