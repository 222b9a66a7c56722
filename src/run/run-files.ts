// Runs the per-file check over a list of files: in this thread for small runs, in worker threads sized
// to the cores for large ones. Results come back in the order of the files, reduced to plain data, so
// a run holds findings, never trees or texts, however many files it covers.
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {HeadroomConfig} from '../config/settings.js'
import type {RepoIndex} from '../extract/repo-index.js'
import type {AuditData} from '../audit/data.js'
import {ConfigResolver} from '../cli/config-files.js'
import {checkPath, type CheckJob, type CheckOutcome, type Command} from './check-file.js'

/** Everything a worker needs to check files the way the CLI process would (structured-cloneable). */
export interface RunSetup {
  readonly command: Command
  readonly dryRun: boolean
  readonly cwd: string
  readonly index: RepoIndex
  readonly overrides: HeadroomConfig
  /** `--config FILE` */
  readonly explicitConfig?: string | undefined
  readonly audit?: AuditData | undefined
}

/**
 * Below this many files a run stays in one thread: starting a worker (loading the bundle into a fresh
 * isolate) costs more than checking a few hundred small files (bench/README.md has the measurements).
 */
export const MIN_FILES_FOR_WORKERS = 300
/** Files per message to a worker: enough to keep message overhead small, few enough to balance load. */
const BATCH = 32
/** Files in flight per thread: checking is synchronous; this lets fix's writes (fsync) overlap. */
export const IN_FLIGHT = 8

export function jobOf(setup: RunSetup, resolver: ConfigResolver): CheckJob {
  return {
    command: setup.command,
    dryRun: setup.dryRun,
    cwd: setup.cwd,
    index: setup.index,
    settingsFor: (file) => resolver.forFile(file).settings
  }
}

/** How many worker threads a run of `files` files gets (0: this thread). HEADROOM_WORKERS=N decides. */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.HEADROOM_WORKERS
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files)
  if (files < MIN_FILES_FOR_WORKERS) return 0
  return Math.min(availableParallelism(), 8, Math.ceil(files / 100))
}

/** Receives each file's outcome once every file before it has had its own (the order of the files). */
export type Sink = (outcome: CheckOutcome, index: number) => void

export interface Run {
  /** Checks the files, handing each outcome to `sink` in the order of the files. */
  check(setup: RunSetup, resolver: ConfigResolver, sink: Sink): Promise<void>
  /** Lets the threads go without checking anything (a run that stops early). */
  cancel(): void
}

/**
 * Starts the threads a run of `files` gets, so that they load while the CLI builds the repo index;
 * `check` then hands them the setup and the files. Idle threads do not keep the process alive.
 */
export function startRun(files: readonly string[]): Run {
  const script = workerScript()
  const count = script ? workerCount(files.length) : 0
  const workers = Array.from({length: count}, () => {
    const worker = new Worker(script as string, {resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}})
    worker.unref()
    return worker
  })
  return {
    async check(setup, resolver, sink) {
      const started = performance.now()
      const deliver = inOrder(files.length, sink)
      if (count > 0) await inWorkers(files, setup, workers, deliver)
      else {
        const job = jobOf(setup, resolver)
        await mapLimited(files, IN_FLIGHT, (file) => checkPath(file, job), deliver)
      }
      if (process.env.HEADROOM_STATS) {
        const threads = count > 0 ? `${count} worker thread${count === 1 ? '' : 's'}` : 'the CLI thread'
        process.stderr.write(`headroom: checked ${files.length} file${files.length === 1 ? '' : 's'} in ${threads} (${Math.round(performance.now() - started)} ms)\n`)
      }
    },
    cancel() {
      for (const worker of workers) void worker.terminate()
    }
  }
}

/** Every outcome of a run, in the order of the files (for reports that need them all at once). */
export async function runFiles(files: readonly string[], setup: RunSetup, resolver: ConfigResolver): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = []
  await startRun(files).check(setup, resolver, (outcome) => outcomes.push(outcome))
  return outcomes
}

/** Holds outcomes that arrive early until the ones before them are in, then hands them on. */
function inOrder(total: number, sink: Sink): Sink {
  const early = new Map<number, CheckOutcome>()
  let next = 0
  return (outcome, index) => {
    early.set(index, outcome)
    while (next < total && early.has(next)) {
      const ready = early.get(next) as CheckOutcome
      early.delete(next)
      sink(ready, next++)
    }
  }
}

/**
 * A worker's young generation: parsing allocates many short-lived objects, and V8's default (16 MB semi-
 * spaces at most) spends a fifth of the run in scavenges; bench/README.md has the measurements.
 */
const YOUNG_GENERATION_MB = 64

/** The bundled worker entry next to this module (dist/worker.js); none when running from sources. */
function workerScript(): string | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined
  const script = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(script) ? script : undefined
}

export type WorkerRequest = {readonly setup: RunSetup} | {readonly start: number; readonly files: readonly string[]}

export interface WorkerReply {
  readonly start: number
  readonly outcomes: readonly CheckOutcome[]
}

function inWorkers(files: readonly string[], setup: RunSetup, workers: readonly Worker[], deliver: Sink): Promise<void> {
  let next = 0
  const one = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let finished = false
      const send = () => {
        if (next >= files.length) {
          finished = true
          void worker.terminate()
          resolve()
          return
        }
        const start = next
        next = Math.min(files.length, next + BATCH)
        worker.postMessage({start, files: files.slice(start, next)} satisfies WorkerRequest)
      }
      worker.on('message', (reply: WorkerReply) => {
        reply.outcomes.forEach((outcome, i) => deliver(outcome, reply.start + i))
        send()
      })
      worker.on('error', (error) => {
        finished = true
        reject(error)
      })
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a worker thread stopped (exit code ${code}) before its files were checked`))
      })
      worker.ref()
      worker.postMessage({setup} satisfies WorkerRequest)
      send()
    })
  return Promise.all(workers.map(one)).then(() => undefined)
}

/**
 * `fn` over `items` with at most `limit` calls pending; `done` gets each result as it comes. Each lane goes
 * back to the event loop between items: V8 keeps every WeakRef target made during a job alive until the
 * job ends, and a chain of already-settled promises is one job, so without this the pre-filter's weakly
 * held trees (src/parse/yaml-adapter.ts) would all live until the run ends.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>, done: (result: R, index: number) => void): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      done(await fn(items[i] as T), i)
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, lane))
}
