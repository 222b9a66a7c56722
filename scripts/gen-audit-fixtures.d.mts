// Types for scripts/gen-audit-fixtures.mjs, so the TypeScript tests can import its functions.
export const DRIFT: number
export function seededRandom(seed: number): () => number
export interface GeneratedSample {
  namespace: string
  pod: string
  podUid: string
  container: string
  ts: string
  workingSetBytes: number
  peakBytes?: number
  usageBytes?: number
}
export function driftSamples(options: {
  seed: number
  drift?: number
  sigma?: number
  pods?: number
  replicaSets?: number
  points?: number
  hours?: number
  namespace?: string
  workload?: string
  sidecar?: string
  app?: string
  reference?: 'peakBytes' | 'usageBytes' | 'none'
}): {samples: GeneratedSample[]; ratios: number[]}
export function generate(out: string): void
