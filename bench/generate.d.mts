// Types for bench/generate.mjs (used by test/prefilter.test.ts).
export interface Rng {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(list: readonly T[]): T
  chance(p: number): boolean
}

export function rng(seed: number): Rng

export interface Generated {
  readonly dir: string
  readonly files: number
  readonly seed: number
  readonly resources: number
  readonly bytes: number
  /** the smallest workload file (the benchmark's one-small-file case) */
  readonly smallWorkload: string | undefined
}

export function generate(options?: {files?: number; seed?: number; dir?: string}): Generated
