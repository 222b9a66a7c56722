// A bug in headroom cannot be triggered from outside on purpose (there is no test hook in the product), so
// tests that show how a run survives one replace the engine in their own process: analyzeFile throws the
// kind of error a real bug throws for the files `crashes` picks. Modules imported inside `body` see it.
import path from 'node:path'
import {vi} from 'vitest'
import {ROOT} from './cli.js'

const ANALYZE = path.join(ROOT, 'src/engine/analyze.ts')
export const CRASH = "Cannot read properties of undefined (reading 'pairs')"

export async function withCrashingAnalysis<T>(
  crashes: (file: {path: string; text: string}) => boolean,
  body: () => Promise<T>
): Promise<T> {
  vi.resetModules()
  vi.doMock(ANALYZE, async (original) => {
    const real = await original<typeof import('../../src/engine/analyze.js')>()
    return {
      ...real,
      analyzeFile: (file: {path: string; text: string}, ...rest: unknown[]) => {
        if (crashes(file)) throw new TypeError(CRASH)
        return (real.analyzeFile as (...args: unknown[]) => unknown)(file, ...rest)
      }
    }
  })
  try {
    return await body()
  } finally {
    vi.doUnmock(ANALYZE)
    vi.resetModules()
  }
}
