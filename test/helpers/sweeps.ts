// The parser differentials over the real corpus: `npm test` sweeps every fourth file (the same files every
// run), `npm run test:slow` (which CI runs too) sweeps all of them. The slow project re-runs those test
// files with HEADROOM_FULL_SWEEPS=1 (vitest.config.ts).
export const FULL_SWEEPS = process.env.HEADROOM_FULL_SWEEPS === '1'

/** All the items in a full sweep, else every fourth. */
export function sweep<T>(items: readonly T[]): readonly T[] {
  return FULL_SWEEPS ? items : items.filter((_, i) => i % 4 === 0)
}
