// Runs the CLI inside the test process: src/cli/run-cli.ts, the code dist/cli.js bundles, with the working
// folder, environment, stdout, stderr and exit code of a real run. For tests of what the CLI decides (findings,
// fixes, messages, exit codes), where the process boundary is not what they test: a process costs ~0.3 CPU
// seconds to start and load the bundle, this costs nothing. What needs a real process keeps headroom()
// (test/helpers/cli.ts): stdin, signals, heap limits, uid, worker threads, the committed bundle itself.
// Vitest's forks pool runs each test file in a child process, so process.chdir is allowed here.
import {ROOT, type Run} from './cli.js'

type Write = typeof process.stdout.write

/** Captures what is written to `stream` until `restore()`. */
function capture(stream: NodeJS.WriteStream): {text: () => string; restore: () => void} {
  const original = stream.write
  const chunks: string[] = []
  stream.write = ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') queueMicrotask(() => done(null))
    return true
  }) as Write
  return {
    text: () => chunks.join(''),
    restore: () => {
      stream.write = original
    }
  }
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * headroom(args) in this process. Runs one at a time (they share the process's folder and streams), in one
 * thread (HEADROOM_WORKERS=0 unless `env` says otherwise; worker threads load the bundle, which only a real
 * process uses).
 */
export function headroomIn(
  args: readonly string[],
  options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}
): Promise<Run> {
  const run = queue.then(() => runHere(args, options))
  queue = run.catch(() => undefined)
  return run
}

async function runHere(args: readonly string[], options: {cwd?: string; env?: NodeJS.ProcessEnv}): Promise<Run> {
  const {runCli} = await import('../../src/cli/run-cli.js')
  const env: NodeJS.ProcessEnv = {NO_COLOR: '1', HEADROOM_WORKERS: '0', ...options.env}
  const saved = Object.keys(env).map((key) => [key, process.env[key]] as const)
  const cwd = process.cwd()
  const exitCode = process.exitCode
  const stdout = capture(process.stdout)
  const stderr = capture(process.stderr)
  try {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    process.chdir(options.cwd ?? ROOT)
    process.exitCode = 0
    await runCli(args)
    return {code: Number(process.exitCode ?? 0), stdout: stdout.text(), stderr: stderr.text()}
  } finally {
    stdout.restore()
    stderr.restore()
    process.chdir(cwd)
    process.exitCode = exitCode
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}
