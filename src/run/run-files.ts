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
import type {ConfigResolver} from '../config/config-files.js'
import {checkPath, type CheckJob, type CheckOutcome, type Command} from './check-file.js'
import type {Selection} from '../engine/selection.js'

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
  /** `--namespace` / `--resource` */
  readonly selection?: Selection | undefined
  /** the YAML pre-filter (default on; HEADROOM_NO_PREFILTER=1 turns it off) */
  readonly prefilter?: boolean | undefined
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
    settingsFor: (file) => resolver.forFile(file).settings,
    selection: setup.selection,
    prefilter: setup.prefilter
  }
}

/** The lazy YAML recogniser (src/parse/recognise/) is on unless HEADROOM_NO_PREFILTER says otherwise. */
export function prefilterFrom(env: NodeJS.ProcessEnv): boolean {
  const flag = env.HEADROOM_NO_PREFILTER
  return flag === undefined || flag === '' || flag === '0'
}

/** How many worker threads a run of `files` files gets (0: this thread). HEADROOM_WORKERS=N decides. */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.HEADROOM_WORKERS
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), files)
  if (files < MIN_FILES_FOR_WORKERS) return 0
  // The CLI thread checks files too, so one core is already busy.
  return Math.max(1, Math.min(availableParallelism() - 1, 7, Math.ceil(files / 100)))
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
    const worker = spawn(script as string)
    worker.unref()
    return worker
  })
  return {
    async check(setup, resolver, sink) {
      const started = performance.now()
      const deliver = inOrder(files.length, sink)
      const job = jobOf(setup, resolver)
      let moved = 0
      if (count > 0) moved = await inWorkers(files, setup, workers, deliver, job, script as string)
      else await mapLimited(files, IN_FLIGHT, (file) => checkPath(file, job), deliver)
      if (process.env.HEADROOM_STATS) {
        const threads =
          count > 0 ? `the CLI thread and ${count} worker thread${count === 1 ? '' : 's'}` : 'the CLI thread'
        const note =
          moved > 0 ? `; ${moved} batch${moved === 1 ? '' : 'es'} too big for a worker checked in the CLI thread` : ''
        process.stderr.write(
          `headroom: checked ${files.length} file${files.length === 1 ? '' : 's'} in ${threads} (${Math.round(performance.now() - started)} ms${note})\n`
        )
      }
    },
    cancel() {
      for (const worker of workers) void worker.terminate()
    }
  }
}

/** Every outcome of a run, in the order of the files (for reports that need them all at once). */
export async function runFiles(
  files: readonly string[],
  setup: RunSetup,
  resolver: ConfigResolver
): Promise<CheckOutcome[]> {
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
 * A worker's heap. Young generation: parsing allocates many short-lived objects, and V8's default (16 MB
 * semi-spaces at most) spends a fifth of the run in scavenges. Old generation: a worker keeps nothing
 * between files, so what piles up there is garbage V8 would collect late; a cap keeps a large run's
 * memory flat. A file that needs more (a huge manifest) is checked in the CLI thread instead.
 * bench/README.md has the measurements.
 */
export const WORKER_HEAP = {maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 64}

function spawn(script: string): Worker {
  return new Worker(script, {resourceLimits: WORKER_HEAP})
}

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

/**
 * Checks the files in the workers and in this thread, all taking batches from one queue; resolves to how
 * many batches a worker ran out of memory on.
 */
function inWorkers(
  files: readonly string[],
  setup: RunSetup,
  workers: readonly Worker[],
  deliver: Sink,
  job: CheckJob,
  script: string
): Promise<number> {
  let next = 0
  let moved = 0
  /** The next batch of the queue every thread takes from. */
  const take = () => {
    const start = next
    next = Math.min(files.length, next + BATCH)
    return {start, files: files.slice(start, next)}
  }
  const one = (first: Worker) =>
    new Promise<void>((resolve, reject) => {
      let worker = first
      let batch: {start: number; files: readonly string[]} | undefined
      const send = () => {
        if (next >= files.length) {
          batch = undefined
          void worker.terminate()
          resolve()
          return
        }
        batch = take()
        worker.postMessage(batch satisfies WorkerRequest)
      }
      const attach = (own: Worker) => {
        own.on('message', (reply: WorkerReply) => {
          for (const [i, outcome] of reply.outcomes.entries()) deliver(outcome, reply.start + i)
          send()
        })
        own.on('error', (error: Error & {code?: string}) => {
          if (own !== worker) return
          const lost = batch
          batch = undefined
          if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || !lost) return reject(error)
          // A file too big for a worker's capped heap: its batch is checked here (no cap), and a fresh
          // worker takes over. (Under fix, a file the lost worker had already written is reported as it
          // is now: fixed, so without a finding.)
          moved++
          void mapLimited(
            lost.files,
            IN_FLIGHT,
            (file) => checkPath(file, job),
            (outcome, i) => deliver(outcome, lost.start + i)
          ).then(() => {
            worker = spawn(script)
            worker.ref()
            attach(worker)
            worker.postMessage({setup} satisfies WorkerRequest)
            send()
          }, reject)
        })
        own.on('exit', (code) => {
          if (own === worker && batch)
            reject(new Error(`a worker thread stopped (exit code ${code}) before its files were checked`))
        })
      }
      attach(worker)
      worker.ref()
      worker.postMessage({setup} satisfies WorkerRequest)
      send()
    })
  // This thread takes batches too (between files it hands the workers theirs): on two cores one worker
  // and this thread beat two workers, each of which pays for an isolate of its own.
  const here = async () => {
    while (next < files.length) {
      const {start, files: mine} = take()
      await mapLimited(
        mine,
        IN_FLIGHT,
        (file) => checkPath(file, job),
        (outcome, i) => deliver(outcome, start + i)
      )
    }
  }
  return Promise.all([...workers.map(one), here()]).then(() => moved)
}

/**
 * `fn` over `items` with at most `limit` calls pending; `done` gets each result as it comes. Each lane goes
 * back to the event loop between items: V8 keeps every WeakRef target made during a job alive until the
 * job ends, and a chain of already-settled promises is one job, so without this the pre-filter's weakly
 * held trees (src/parse/yaml-adapter.ts) would all live until the run ends.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  done: (result: R, index: number) => void
): Promise<void> {
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
