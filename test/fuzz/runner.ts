// The long fuzz run behind `npm run fuzz`: runs the fidelity properties on ≥10,000 generated manifests,
// and for every distinct failure lets fast-check shrink the model, then minimises the text line by line,
// and saves the case under fixtures/fuzz-failures/<n>/ (input.yaml, original.yaml, failure.txt, meta.json).
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {AVOID_KNOWN, AVOID_NOTHING, arbitraries, buildCase, mutatedText, type Model} from './manifests.js'
import {checkCase, checkText} from './properties.js'

export interface FuzzOptions {
  readonly runs: number
  readonly seed: number
  /** include shapes that trigger known defects */
  readonly known: boolean
  /** where failures go; nothing is saved without it */
  readonly saveDir?: string | undefined
  readonly maxFailures: number
  readonly log: (line: string) => void
}

export interface SavedFailure {
  readonly suite: string
  readonly dir: string | undefined
  readonly signature: string
  readonly violations: readonly string[]
  readonly seed: number
  readonly path: string
  readonly input: string
}

export interface FuzzSummary {
  readonly runs: number
  readonly ms: number
  readonly fixes: number
  readonly failures: readonly SavedFailure[]
  /** failures of an already saved signature */
  readonly repeats: number
  /** cases that hit a known, saved defect (meta.json "known": true), by signature */
  readonly known: ReadonlyMap<string, number>
}

/** Signatures of saved failures marked known (reported, not fixed yet), with their folders. */
export function knownSignatures(saveDir: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!saveDir || !existsSync(saveDir)) return out
  for (const name of readdirSync(saveDir)) {
    const meta = path.join(saveDir, name, 'meta.json')
    if (!existsSync(meta)) continue
    const data = JSON.parse(readFileSync(meta, 'utf8')) as {known?: boolean; signature?: string}
    if (data.known && data.signature && !out.has(data.signature)) out.set(data.signature, path.join(saveDir, name))
  }
  return out
}

class Violation extends Error {
  constructor(readonly violations: readonly string[]) {
    super(violations.join('\n'))
  }
}

/** What kind of failure: the first violation without its numbers and names. */
export function signature(violations: readonly string[]): string {
  const first = violations[0] ?? 'unknown'
  return first
    .replace(/"[^"]*"|'[^']*'|\[[^\]]*\]/g, '…')
    .replace(/\d+/g, 'N')
    .replace(/^(sidecar|container|unfixable:|verify-failed:|skipped-overlap:) [^\s:]+/, '$1 X')
    .slice(0, 100)
}

/**
 * Ends the current job: the parser holds lazily composed documents through WeakRefs, and V8 keeps every
 * WeakRef target alive until the job ends, so thousands of cases in one synchronous loop run out of memory.
 */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Line-based delta debugging: the smallest text (by whole lines) that still fails the same way. */
export async function minimiseText(
  text: string,
  json: boolean,
  sig: string,
  budgetMs = 60_000,
  lenient = false
): Promise<string> {
  const deadline = Date.now() + budgetMs
  const fails = async (candidate: string): Promise<boolean> => {
    await nextTask()
    const outcome = checkText(candidate, {json, lenient})
    return outcome.violations.length > 0 && signature(outcome.violations) === sig
  }
  if (!(await fails(text))) return text
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  let lines = text.split(eol)
  let chunk = Math.max(1, Math.floor(lines.length / 2))
  while (chunk >= 1 && Date.now() < deadline) {
    let removed = false
    for (let i = 0; i < lines.length && Date.now() < deadline; ) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + chunk)]
      if (candidate.length > 0 && (await fails(candidate.join(eol)))) {
        lines = candidate
        removed = true
      } else {
        i += chunk
      }
    }
    if (!removed) chunk = Math.floor(chunk / 2)
  }
  // Then trailing comments and trailing spaces, one line at a time.
  for (let i = 0; i < lines.length && Date.now() < deadline; i++) {
    const line = lines[i] as string
    const stripped = line.replace(/\s+#.*$/, '').replace(/\s+$/, '')
    if (stripped !== line) {
      const candidate = [...lines.slice(0, i), stripped, ...lines.slice(i + 1)]
      if (await fails(candidate.join(eol))) lines = candidate
    }
  }
  return lines.join(eol)
}

function nextDir(root: string): string {
  mkdirSync(root, {recursive: true})
  const taken = new Set(readdirSync(root))
  let n = 1
  while (taken.has(String(n))) n++
  return path.join(root, String(n))
}

/** One kind of case: how to make it and what must hold for it. */
interface Suite<T> {
  readonly name: string
  readonly share: number
  readonly arb: fc.Arbitrary<T>
  /** text, json, violations, fixes */
  run(value: T): {text: string; json: boolean; violations: string[]; fixed: number}
  /** the text-only check used to minimise */
  readonly lenient: boolean
}

function suites(known: boolean): Suite<unknown>[] {
  const avoid = known ? AVOID_NOTHING : AVOID_KNOWN
  const generated: Suite<Model> = {
    name: 'generated',
    share: 0.8,
    arb: arbitraries(avoid).model,
    lenient: false,
    run(m) {
      const built = buildCase(m)
      const outcome = checkCase(built)
      return {text: built.text, json: built.json, violations: outcome.violations, fixed: outcome.fixed}
    }
  }
  const mutated: Suite<{text: string; json: boolean}> = {
    name: 'mutated',
    share: 0.2,
    arb: mutatedText(avoid),
    lenient: true,
    run(c) {
      const outcome = checkText(c.text, {json: c.json, lenient: true})
      return {text: c.text, json: c.json, violations: outcome.violations, fixed: outcome.fixed}
    }
  }
  return [generated, mutated] as Suite<unknown>[]
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now()
  const failures: SavedFailure[] = []
  const seen = new Set<string>()
  let repeats = 0
  let runs = 0
  let fixes = 0
  let seed = options.seed
  // A case that hits a known defect is counted, not failed (and not shrunk again): the run looks for new ones.
  const knownSigs = knownSignatures(options.saveDir)
  const known = new Map<string, number>()
  for (const suite of suites(options.known)) {
    const target = Math.ceil(options.runs * suite.share)
    let done = 0
    while (done < target && failures.length < options.maxFailures) {
      const property = fc.asyncProperty(suite.arb, async (value: unknown) => {
        await nextTask()
        const outcome = suite.run(value)
        if (outcome.violations.length > 0) {
          const sig = signature(outcome.violations)
          if (!knownSigs.has(sig)) throw new Violation(outcome.violations)
          known.set(sig, (known.get(sig) ?? 0) + 1)
        }
        fixes += outcome.fixed
      })
      const batch = target - done
      const result = await fc.check(property, {numRuns: batch, seed})
      // numRuns counts the cases tried before the failure, including the failing one.
      const ran = result.failed ? result.numRuns : batch
      done += ran
      runs += ran
      if (result.failed && result.counterexample) {
        const [value] = result.counterexample as [unknown]
        const outcome = suite.run(value)
        const violations = outcome.violations
        const sig = signature(violations)
        if (seen.has(sig)) {
          repeats++
          options.log(`  repeat of a saved failure: ${sig}`)
        } else {
          seen.add(sig)
          options.log(`FAILURE ${failures.length + 1} (${suite.name}): ${violations[0]}`)
          const minimal = violations.some((v) => v.startsWith('generator:'))
            ? outcome.text
            : await minimiseText(outcome.text, outcome.json, sig, 60_000, suite.lenient)
          const dir = options.saveDir
            ? save(options.saveDir, {
                suite,
                seed,
                path: result.counterexamplePath ?? '',
                sig,
                violations,
                minimal,
                original: outcome.text,
                json: outcome.json,
                options
              })
            : undefined
          if (dir) options.log(`  saved ${dir}`)
          failures.push({
            suite: suite.name,
            dir,
            signature: sig,
            violations,
            seed,
            path: result.counterexamplePath ?? '',
            input: minimal
          })
        }
      } else if (result.failed) {
        options.log(`run failed without a counterexample: ${String(result.errorInstance)}`)
        break
      }
      seed = (seed * 1103515245 + 12345) >>> 0
      options.log(`${runs} cases (${suite.name} ${done}/${target}), ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  }
  return {runs, ms: Date.now() - started, fixes, failures, repeats, known}
}

function save(
  root: string,
  f: {
    suite: Suite<unknown>
    seed: number
    path: string
    sig: string
    violations: readonly string[]
    minimal: string
    original: string
    json: boolean
    options: FuzzOptions
  }
): string {
  const dir = nextDir(root)
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'input.yaml'), f.minimal)
  writeFileSync(path.join(dir, 'original.yaml'), f.original)
  const replay = `FUZZ_SEED=${f.seed} FUZZ_PATH=${f.path}${f.options.known ? ' FUZZ_KNOWN=1' : ''} npx vitest run test/fuzz.test.ts -t ${f.suite.name}`
  writeFileSync(
    path.join(dir, 'failure.txt'),
    [
      `signature: ${f.sig}`,
      `suite: ${f.suite.name}`,
      `seed: ${f.seed}`,
      `path: ${f.path}`,
      `replay: ${replay}`,
      '',
      'violations on original.yaml (the shrunk generated case):',
      ...f.violations.map((v) => `  - ${v}`),
      '',
      'violations on input.yaml (minimised):',
      ...checkText(f.minimal, {json: f.json, lenient: f.suite.lenient}).violations.map((v) => `  - ${v}`),
      ''
    ].join('\n')
  )
  writeFileSync(
    path.join(dir, 'meta.json'),
    `${JSON.stringify({json: f.json, lenient: f.suite.lenient, signature: f.sig, known: false}, null, 2)}\n`
  )
  return dir
}

/** `npm run fuzz [-- --runs N --seed S --known --max-failures N]` */
export async function main(argv: readonly string[], root: string): Promise<number> {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i === -1 ? undefined : argv[i + 1]
  }
  const runs = Number(flag('runs') ?? process.env.FUZZ_RUNS ?? 10_000)
  const seed = Number(flag('seed') ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
  const known = argv.includes('--known') || process.env.FUZZ_KNOWN === '1'
  const saveDir = path.join(root, 'fixtures/fuzz-failures')
  const log = (line: string) => process.stderr.write(`${line}\n`)
  log(`fuzz: ${runs} cases, seed ${seed}${known ? ', including known defects' : ''}`)
  const summary = await runFuzz({runs, seed, known, saveDir, maxFailures: Number(flag('max-failures') ?? 10), log})
  const seconds = (summary.ms / 1000).toFixed(1)
  log(
    `fuzz: ${summary.runs} cases in ${seconds} s (${summary.fixes} fixes verified), ${summary.failures.length} distinct failure(s), ${summary.repeats} repeat(s), seed ${seed}`
  )
  for (const f of summary.failures) log(`  ${f.dir ?? '(not saved)'}: ${f.violations[0]}`)
  const knownDirs = knownSignatures(saveDir)
  for (const [sig, count] of summary.known) log(`  known defect hit ${count}× (${knownDirs.get(sig) ?? '?'}): ${sig}`)
  return summary.failures.length > 0 ? 1 : 0
}
