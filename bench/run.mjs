// The benchmark (`npm run bench`): not a timed test, a measurement to read.
//
//   node bench/run.mjs [--files N] [--reps R] [--seed S] [--quick] [--skip-large] [--large-files N]
//                      [--no-compare] [--keep] [--cli PATH]
//
// Generates a seeded synthetic GitOps repo (bench/generate.mjs) and times, alternating case by case in
// each repetition, every one as its own cold `node` process:
//   (a)  baseline: read every file + yaml.parseAllDocuments, nothing else (bench/baseline.mjs)
//   (b)  node dist/cli.js check DIR
//   (b0) the same with HEADROOM_NO_PREFILTER=1 (what (b) costs without the lexical pre-filter and the
//        trees it builds from lines: every document composed by yaml)
//   (c)  node dist/cli.js fix --dry-run DIR
//   (d)  node dist/cli.js check ONE-SMALL-FILE
//   (e)  check in one thread (HEADROOM_WORKERS=0): what the worker threads buy, and what they cost in memory
//   (f)  the floor: walk the folder and read every file, nothing else (bench/floor.mjs)
// Wall time (median, min–max), resources/s, peak RSS (/usr/bin/time -f %M when present, else a wrapper
// that prints process.resourceUsage().maxRSS), and the ratios (b)/(a), (c)/(a). Then, unless
// --skip-large, (a), (b) and (e) once each on a 50,000-file repo for peak RSS. Prints a table, writes
// bench/results.json and bench/README.md.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {generate} from './generate.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(here)
const cliArg = process.argv.indexOf('--cli')
const CLI = cliArg === -1 ? path.join(root, 'dist/cli.js') : path.resolve(process.argv[cliArg + 1])
const BASELINE = path.join(here, 'baseline.mjs')
const FLOOR = path.join(here, 'floor.mjs')
const MAXRSS = path.join(here, 'maxrss.mjs')
const TIME = '/usr/bin/time'
const ONE_THREAD = {HEADROOM_WORKERS: '0'}

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const value = (name, fallback) => {
  const i = argv.indexOf(name)
  return i === -1 ? fallback : Number(argv[i + 1])
}
const quick = flag('--quick')
const FILES = value('--files', quick ? 1000 : 5000)
const REPS = value('--reps', quick ? 3 : 5)
const SEED = value('--seed', 1)
const LARGE = value('--large-files', 50_000)
const skipLarge = flag('--skip-large') || quick
const compare = !flag('--no-compare')
const keep = flag('--keep')
const haveTime = existsSync(TIME)
/** `check` on the large repo gets this long before it counts as failed. */
const LARGE_TIMEOUT_MS = value('--large-timeout-min', 40) * 60_000

/** One cold run: wall ms from spawn to exit, CPU ms (user + system), peak RSS in MB, exit code. */
function run(args, {cwd, env = {}, timeoutMs = 30 * 60_000} = {}) {
  const outFile = path.join(os.tmpdir(), `headroom-bench-time-${process.pid}.txt`)
  const command = haveTime ? TIME : process.execPath
  const full = haveTime ? ['-o', outFile, '-f', '%M %U %S', process.execPath, ...args] : [MAXRSS, ...args]
  const started = process.hrtime.bigint()
  const result = spawnSync(command, full, {
    cwd,
    env: {...process.env, NO_COLOR: '1', ...env},
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    timeout: timeoutMs
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  let rssKb
  let cpuMs
  if (haveTime) {
    const [kb, user, sys] = (readFileSync(outFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
    rssKb = kb
    cpuMs = (user + sys) * 1000
    rmSync(outFile, {force: true})
  } else {
    const m = /maxrss-kb=(\d+) cpu-ms=(\d+)/.exec(result.stderr?.toString() ?? '')
    rssKb = m ? Number(m[1]) : NaN
    cpuMs = m ? Number(m[2]) : NaN
  }
  const code = result.status
  if (code !== 0 && code !== 1) {
    throw new Error(
      `${args.join(' ')} exited ${code} (${result.signal ?? ''}): ${result.stderr?.toString().slice(-2000)}`
    )
  }
  return {wallMs, cpuMs, rssMb: rssKb / 1024, code}
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

function summarize(samples) {
  const wall = samples.map((s) => s.wallMs)
  const cpu = samples.map((s) => s.cpuMs)
  const rss = samples.map((s) => s.rssMb)
  return {
    wallMs: {
      median: median(wall),
      min: Math.min(...wall),
      max: Math.max(...wall),
      samples: wall.map((x) => Math.round(x))
    },
    cpuMs: {median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu)},
    peakRssMb: {median: median(rss), max: Math.max(...rss)},
    exitCodes: [...new Set(samples.map((s) => s.code))]
  }
}

/** A path as the table shows it: the repo is DIR, files inside the project are relative to it. */
function shown(arg, repoDir) {
  if (!path.isAbsolute(arg)) return arg
  if (arg === repoDir) return 'DIR'
  if (arg.startsWith(repoDir + path.sep)) return path.relative(repoDir, arg)
  return path.relative(root, arg)
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run npm run build`)
  const work = mkdtempSync(path.join(os.tmpdir(), 'headroom-bench-'))
  const repoDir = path.join(work, 'repo')
  process.stderr.write(`generating ${FILES} files (seed ${SEED}) in ${repoDir} …\n`)
  const repo = generate({files: FILES, seed: SEED, dir: repoDir})
  const small = repo.smallWorkload
  const smallResources = readFileSync(small, 'utf8')
    .split(/^---[ \t]*$/m)
    .filter((d) => /^kind:/m.test(d)).length

  const cases = [
    {id: 'a', label: '(a) baseline: read + parseAllDocuments', args: [BASELINE, repoDir], resources: repo.resources},
    {id: 'b', label: '(b) headroom check DIR', args: [CLI, 'check', '.'], resources: repo.resources},
    ...(compare
      ? [
          {
            id: 'b0',
            label: '(b0) check, HEADROOM_NO_PREFILTER=1',
            args: [CLI, 'check', '.'],
            env: {HEADROOM_NO_PREFILTER: '1'},
            resources: repo.resources
          }
        ]
      : []),
    {id: 'c', label: '(c) headroom fix --dry-run DIR', args: [CLI, 'fix', '--dry-run', '.'], resources: repo.resources},
    {
      id: 'd',
      label: '(d) headroom check one-small-file (cold)',
      args: [CLI, 'check', path.relative(repoDir, small)],
      resources: smallResources
    },
    {
      id: 'e',
      label: '(e) check in one thread, HEADROOM_WORKERS=0',
      args: [CLI, 'check', '.'],
      env: ONE_THREAD,
      resources: repo.resources
    },
    {id: 'f', label: '(f) floor: walk + read every file, no parsing', args: [FLOOR, repoDir], resources: repo.resources}
  ]
  const samples = new Map(cases.map((c) => [c.id, []]))
  // Warm the page cache once so the first case does not pay for the disk alone.
  run([BASELINE, repoDir], {cwd: repoDir})
  for (let rep = 0; rep < REPS; rep++) {
    for (const c of cases) {
      const s = run(c.args, {cwd: repoDir, env: c.env})
      samples.get(c.id).push(s)
      process.stderr.write(
        `rep ${rep + 1}/${REPS} ${c.id.padEnd(3)} ${fmt(s.wallMs).padStart(7)} ms wall ${fmt(s.cpuMs).padStart(7)} ms cpu ${fmt(s.rssMb).padStart(6)} MB\n`
      )
    }
  }

  const results = {}
  for (const c of cases) {
    const sum = summarize(samples.get(c.id))
    results[c.id] = {
      label: c.label,
      command: `${
        c.env
          ? Object.entries(c.env)
              .map(([k, v]) => `${k}=${v} `)
              .join('')
          : ''
      }node ${c.args.map((a) => shown(a, repoDir)).join(' ')}`,
      resources: c.resources,
      ...sum,
      resourcesPerSecond: c.resources / (sum.wallMs.median / 1000)
    }
  }
  const base = results.a.wallMs.median
  const baseCpu = results.a.cpuMs.median
  const ratios = {
    checkOverBaseline: results.b.wallMs.median / base,
    fixOverBaseline: results.c.wallMs.median / base,
    oneThreadOverBaseline: results.e.wallMs.median / base,
    cpu: {
      checkOverBaseline: results.b.cpuMs.median / baseCpu,
      fixOverBaseline: results.c.cpuMs.median / baseCpu,
      oneThreadOverBaseline: results.e.cpuMs.median / baseCpu
    }
  }
  if (results.b0) {
    ratios.checkNoPrefilterOverBaseline = results.b0.wallMs.median / base
    ratios.cpu.checkNoPrefilterOverBaseline = results.b0.cpuMs.median / baseCpu
  }

  let large
  if (!skipLarge) {
    const largeDir = path.join(work, 'large')
    process.stderr.write(`generating ${LARGE} files in ${largeDir} …\n`)
    const big = generate({files: LARGE, seed: SEED, dir: largeDir})
    run([BASELINE, largeDir], {cwd: largeDir})
    const a = run([BASELINE, largeDir], {cwd: largeDir})
    process.stderr.write(`large a ${fmt(a.wallMs)} ms ${fmt(a.rssMb)} MB\n`)
    const e = run([CLI, 'check', '.'], {cwd: largeDir, env: ONE_THREAD, timeoutMs: LARGE_TIMEOUT_MS})
    process.stderr.write(`large e ${fmt(e.wallMs)} ms ${fmt(e.rssMb)} MB\n`)
    let b
    try {
      b = run([CLI, 'check', '.'], {cwd: largeDir, timeoutMs: LARGE_TIMEOUT_MS})
      process.stderr.write(`large b ${fmt(b.wallMs)} ms ${fmt(b.rssMb)} MB\n`)
    } catch (error) {
      process.stderr.write(`large b failed: ${error.message.slice(0, 300)}\n`)
      b = {wallMs: NaN, rssMb: NaN, code: null, error: error.message.slice(0, 300)}
    }
    large = {
      files: LARGE,
      resources: big.resources,
      bytes: big.bytes,
      baseline: a,
      check: {...b, resourcesPerSecond: big.resources / (b.wallMs / 1000)},
      oneThread: {...e, resourcesPerSecond: big.resources / (e.wallMs / 1000)}
    }
    if (!keep) rmSync(largeDir, {recursive: true, force: true})
  }

  const cpus = os.cpus()
  const machine = {
    cpus: cpus.length,
    model: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
    rssBy: haveTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS'
  }
  const targets = {
    checkAtMostHalfBaseline: {
      target: '≤ 0.5',
      value: ratios.checkOverBaseline,
      cpu: ratios.cpu.checkOverBaseline,
      met: ratios.checkOverBaseline <= 0.5
    },
    checkResourcesPerSecond: {
      target: '≥ 20000',
      value: results.b.resourcesPerSecond,
      met: results.b.resourcesPerSecond >= 20_000
    },
    oneSmallFileColdMs: {target: '≤ 150', value: results.d.wallMs.median, met: results.d.wallMs.median <= 150},
    peakRssAt50kMb: large
      ? {target: '≤ 250', value: large.check.rssMb, met: large.check.rssMb <= 250}
      : {target: '≤ 250', value: null, met: null},
    fixAtMostBaseline: {
      target: '≤ 1.0',
      value: ratios.fixOverBaseline,
      cpu: ratios.cpu.fixOverBaseline,
      met: ratios.fixOverBaseline <= 1.0
    }
  }
  const out = {
    command: argv.length > 0 ? `npm run bench -- ${argv.join(' ')}` : 'npm run bench',
    machine,
    repo: {
      files: repo.files,
      seed: repo.seed,
      resources: repo.resources,
      bytes: repo.bytes,
      smallFile: path.relative(repoDir, small),
      smallFileResources: smallResources
    },
    reps: REPS,
    results,
    ratios,
    large,
    targets
  }
  writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(out, null, 2)}\n`)

  const table = renderTable(out)
  process.stdout.write(table)
  writeFileSync(path.join(here, 'README.md'), renderReadme(out, table))
  if (!keep) rmSync(work, {recursive: true, force: true})
  else process.stderr.write(`kept ${work}\n`)
}

export function renderTable(out) {
  const rows = [
    '| case | wall ms median (min–max) | CPU ms median | resources/s | peak RSS MB | × baseline wall | × baseline CPU |',
    '|---|---:|---:|---:|---:|---:|---:|'
  ]
  const base = out.results.a.wallMs.median
  const baseCpu = out.results.a.cpuMs.median
  for (const r of Object.values(out.results)) {
    const small = r.label.startsWith('(d)')
    rows.push(
      `| ${r.label} | ${fmt(r.wallMs.median)} (${fmt(r.wallMs.min)}–${fmt(r.wallMs.max)}) | ${fmt(r.cpuMs.median)} | ${fmt(r.resourcesPerSecond)} | ${fmt(r.peakRssMb.max)} | ${small ? '' : fmt(r.wallMs.median / base, 2)} | ${small ? '' : fmt(r.cpuMs.median / baseCpu, 2)} |`
    )
  }
  if (out.large) {
    const L = out.large
    const row = (name, x) =>
      `| ${L.files.toLocaleString('en')} files: ${name} | ${fmt(x.wallMs)} | ${fmt(x.cpuMs)} | ${fmt(L.resources / (x.wallMs / 1000))} | ${fmt(x.rssMb)} | ${fmt(x.wallMs / L.baseline.wallMs, 2)} | ${fmt(x.cpuMs / L.baseline.cpuMs, 2)} |`
    rows.push(row('(a) baseline', L.baseline), row('(b) check', L.check), row('(e) check in one thread', L.oneThread))
  }
  const t = out.targets
  const mark = (x) => (x.met === null ? 'not run' : x.met ? 'met' : 'NOT met')
  const lines = [
    '',
    '| target | measured | |',
    '|---|---:|---|',
    `| check ≤ 0.5 × baseline | ${fmt(t.checkAtMostHalfBaseline.value, 2)}× wall (${fmt(t.checkAtMostHalfBaseline.cpu, 2)}× CPU) | ${mark(t.checkAtMostHalfBaseline)} |`,
    `| check ≥ 20,000 resources/s | ${fmt(t.checkResourcesPerSecond.value)} | ${mark(t.checkResourcesPerSecond)} |`,
    `| one small file, cold, ≤ 150 ms | ${fmt(t.oneSmallFileColdMs.value)} ms | ${mark(t.oneSmallFileColdMs)} |`,
    `| peak RSS of check at ${out.large ? out.large.files.toLocaleString('en') : '50,000'} files ≤ 250 MB | ${t.peakRssAt50kMb.value === null ? 'not run' : `${fmt(t.peakRssAt50kMb.value)} MB`} | ${mark(t.peakRssAt50kMb)} |`,
    `| fix ≤ 1.0 × baseline | ${fmt(t.fixAtMostBaseline.value, 2)}× wall (${fmt(t.fixAtMostBaseline.cpu, 2)}× CPU) | ${mark(t.fixAtMostBaseline)} |`,
    ''
  ]
  return `${rows.join('\n')}\n${lines.join('\n')}`
}

export function renderReadme(out, table = renderTable(out)) {
  const m = out.machine
  const mb = (out.repo.bytes / 1e6).toFixed(1)
  const r = out.results
  const pct = (x) => `${Math.round(x * 100)}%`
  const notes = [
    r.b0
      ? `The pre-filter and its line-built trees take ${pct(1 - r.b.cpuMs.median / r.b0.cpuMs.median)} off the CPU time of \`check\` ((b) vs (b0)) and ${pct(1 - r.b.peakRssMb.max / r.b0.peakRssMb.max)} off its peak RSS.`
      : '',
    `Worker threads ((b) vs (e)) take ${pct(1 - r.b.wallMs.median / r.e.wallMs.median)} off the wall time for ${pct(r.b.peakRssMb.max / r.e.peakRssMb.max - 1)} more peak RSS.`,
    out.large && Number.isFinite(out.large.check.wallMs)
      ? `At ${out.large.files.toLocaleString('en')} files \`check\` took ${(out.large.check.wallMs / out.large.baseline.wallMs).toFixed(2)}× the baseline (${Math.round(out.large.check.wallMs / 1000)} s, ${Math.round(out.large.check.rssMb)} MB peak RSS); in one thread ${(out.large.oneThread.wallMs / out.large.baseline.wallMs).toFixed(2)}× (${Math.round(out.large.oneThread.rssMb)} MB).`
      : '',
    r.f
      ? `Merely starting Node, walking the folder and reading every byte ((f)) runs at ${Math.round(r.f.resourcesPerSecond).toLocaleString('en')} resources/s (${Math.round(r.f.wallMs.median)} ms); \`check\` takes ${(r.b.wallMs.median / r.f.wallMs.median).toFixed(1)}× that.`
      : ''
  ].filter(Boolean)
  return `## Performance

Measured with \`${out.command}\` on ${m.cpus} × ${m.model}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}
(${m.date.slice(0, 10)}; peak RSS by ${m.rssBy}). The repo is synthetic and seeded (\`bench/generate.mjs\`,
seed ${out.repo.seed}): ${out.repo.files.toLocaleString('en')} files, ${out.repo.resources.toLocaleString('en')} resources, ${mb} MB — 60% workloads
with an app container and a sidecar, 30% ConfigMaps of 4–24 KB, 10% CRDs of 20–100 KB. Every case is
a cold \`node\` process; ${out.reps} repetitions, alternating case by case; wall time is the median (min–max),
CPU is user + system time. The baseline (a) reads every file and calls \`yaml.parseAllDocuments\`,
nothing else. (b0) is (b) with the lexical pre-filter off (\`HEADROOM_NO_PREFILTER=1\`: every document composed by yaml). (d) is
\`${out.repo.smallFile}\`. (e) is (b) in one thread (\`HEADROOM_WORKERS=0\`); (b) spreads files over the CLI
thread and worker threads (one per other core). (f) is the floor of any checker: walk and read, nothing else.

${table}
${notes.join(' ')}
`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
