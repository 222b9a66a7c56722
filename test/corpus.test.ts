// The real-world corpus (../shared/corpus, 2,321 manifests from 16 public repos), fixed on a copy with
// the real CLI. Every invariant the rewrite promises is checked on every file. Skips when absent.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseAllDocuments} from 'yaml'
import {INJECTORS} from '../src/classify/injectors.js'
import {CORPUS, copyTree, headroom, removeTree, tempDir, walk} from './helpers/cli.js'

const present = existsSync(CORPUS)
const HEADROOM_RULES = new Set(['sidecar-memory-headroom', 'injected-sidecar-memory-headroom'])

interface JsonReport {
  summary: {errors: number; fixed: number; filesChanged: number}
  files: {
    path: string
    changed: boolean
    findings: {ruleId: string; status?: string; severity: string; data?: Record<string, unknown>}[]
  }[]
}

describe.skipIf(!present)('corpus: fix on a copy of ../shared/corpus', () => {
  let dir = ''
  let files: string[] = []
  const before = new Map<string, Buffer>()
  const after = new Map<string, Buffer>()
  let firstRun: JsonReport
  let secondRun: JsonReport

  // The corpus comes with no audit evidence, and nearly every sidecar in it has no limit (unbounded), which
  // fix never sizes from a guess (issue 12; test/never-harmful.test.ts). To exercise the edits on real files,
  // the classes get a configured limit (`sidecars.<class>.limit`), as a user without measurements would.
  let config = ''
  const args = () => ['-c', config]

  beforeAll(() => {
    dir = copyTree(CORPUS)
    config = path.join(tempDir('headroom-corpus-config-'), 'headroom.json')
    const limits = {
      'istio-proxy': '1Gi',
      'linkerd-proxy': '250Mi',
      daprd: '1000Mi',
      'cloud-sql-proxy': '512Mi',
      envoy: '512Mi',
      'otel-collector': '512Mi'
    }
    writeFileSync(
      config,
      JSON.stringify({sidecars: Object.fromEntries(Object.entries(limits).map(([id, limit]) => [id, {limit}]))})
    )
    files = walk(dir).filter(
      (f) => /\.(ya?ml|json|injected|golden)$/.test(f) || f.includes('.yaml.') || f.includes('.yml.')
    )
    for (const f of files) before.set(f, readFileSync(path.join(dir, f)))
    const run = headroom(['fix', ...args(), '--format', 'json', '.'], {cwd: dir})
    expect(run.stderr).not.toMatch(/internal error/)
    expect([0, 1]).toContain(run.code)
    firstRun = JSON.parse(run.stdout) as JsonReport
    for (const f of files) after.set(f, readFileSync(path.join(dir, f)))
    const again = headroom(['fix', ...args(), '--format', 'json', '.'], {cwd: dir})
    secondRun = JSON.parse(again.stdout) as JsonReport
  }, 300_000)

  afterAll(() => {
    removeTree(dir)
    removeTree(path.dirname(config))
  })

  it('fixes something and reports every file it read', () => {
    expect(firstRun.summary.fixed).toBeGreaterThan(50)
    expect(firstRun.summary.filesChanged).toBeGreaterThan(20)
  })

  it('never writes a file that does not parse', () => {
    for (const f of files) {
      const old = before.get(f) as Buffer
      if (!parsesCleanly(old.toString('utf8'))) expect(after.get(f)?.equals(old), f).toBe(true)
    }
  })

  it('changed files re-parse, and their data differs only in container resources', () => {
    let changed = 0
    for (const f of files) {
      const old = (before.get(f) as Buffer).toString('utf8')
      const now = (after.get(f) as Buffer).toString('utf8')
      if (old === now) continue
      changed++
      expect(parsesCleanly(now), f).toBe(true)
      expect(withoutResources(now), f).toEqual(withoutResources(old))
      expect(existingRequests(now), f).toMatchObject(existingRequests(old))
    }
    expect(changed).toBeGreaterThan(20)
  })

  it('keeps every comment, line ending, BOM and final-newline state', () => {
    for (const f of files) {
      const old = (before.get(f) as Buffer).toString('utf8')
      const now = (after.get(f) as Buffer).toString('utf8')
      if (old === now) continue
      for (const comment of comments(old)) expect(now.includes(comment), `${f}: ${comment}`).toBe(true)
      expect(now.startsWith('\uFEFF'), f).toBe(old.startsWith('\uFEFF'))
      expect(now.endsWith('\n'), f).toBe(old.endsWith('\n'))
      const crlfOld = (old.match(/\r\n/g) ?? []).length
      const lfOld = (old.match(/\n/g) ?? []).length
      const crlfNow = (now.match(/\r\n/g) ?? []).length
      const lfNow = (now.match(/\n/g) ?? []).length
      // A CRLF file gains only CRLF lines; an LF file gains no CR.
      if (crlfOld === lfOld && lfOld > 0) expect(crlfNow, f).toBe(lfNow)
      if (crlfOld === 0) expect(crlfNow, f).toBe(0)
    }
  })

  it('a second run changes nothing and finds nothing left to fix', () => {
    for (const f of files) expect(readFileSync(path.join(dir, f)).equals(after.get(f) as Buffer), f).toBe(true)
    expect(secondRun.summary.fixed).toBe(0)
    expect(secondRun.summary.filesChanged).toBe(0)
  })

  // The second run checks the fixed tree before it writes (nothing): its findings are what `check` reports
  // there, without a third run over the corpus.
  it('after fix, every flagged sidecar meets the rule (the second run agrees)', () => {
    const unfixed = firstRun.files.flatMap((file) =>
      file.findings.filter((x) => HEADROOM_RULES.has(x.ruleId) && x.status !== 'fixed').map(() => file.path)
    )
    const left = secondRun.files.flatMap((file) =>
      file.findings.filter((x) => HEADROOM_RULES.has(x.ruleId)).map(() => file.path)
    )
    expect(left.sort()).toEqual(unfixed.sort())
  })
})

function parsesCleanly(text: string): boolean {
  try {
    return parseAllDocuments(text, {merge: true}).every((d) => d.errors.length === 0)
  } catch {
    return false
  }
}

function data(text: string): unknown[] {
  return parseAllDocuments(text, {merge: true}).map((d) => d.toJS({maxAliasCount: 10_000}) as unknown)
}

/** Annotations a fix may write for injected sidecars (src/classify/injectors.ts). */
const INJECTOR_MEMORY_ANNOTATIONS = new Set(INJECTORS.flatMap((i) => [i.requestAnnotation, i.limitAnnotation]))

/** All documents with every container's `resources` and every injector memory annotation removed. */
function withoutResources(text: string): unknown[] {
  return data(text).map((doc) => strip(structuredClone(doc)))
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const key of ['containers', 'initContainers']) {
      const list = record[key]
      if (Array.isArray(list))
        for (const c of list) if (c && typeof c === 'object') delete (c as Record<string, unknown>).resources
    }
    const annotations = (record.metadata as {annotations?: Record<string, unknown>} | undefined)?.annotations
    if (annotations && typeof annotations === 'object') {
      for (const key of Object.keys(annotations)) if (INJECTOR_MEMORY_ANNOTATIONS.has(key)) delete annotations[key]
      if (Object.keys(annotations).length === 0) delete (record.metadata as {annotations?: unknown}).annotations
    }
    for (const k of Object.keys(record)) record[k] = strip(record[k])
    return record
  }
  return value
}

/** container path -> requests.memory, for every container that has one. */
function existingRequests(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) visit(v, `${where}/${i}`)
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key of ['containers', 'initContainers']) {
        const list = record[key]
        if (Array.isArray(list)) {
          for (const [i, c] of list.entries()) {
            const memory = (c as {resources?: {requests?: {memory?: unknown}}} | null)?.resources?.requests?.memory
            if (memory !== undefined) out[`${where}/${key}/${i}`] = memory
          }
        }
      }
      for (const [k, v] of Object.entries(record)) visit(v, `${where}/${k}`)
    }
  }
  for (const [i, doc] of data(text).entries()) visit(doc, `#${i}`)
  return out
}

/** Comments as written (`# …` to the end of the line). */
function comments(text: string): string[] {
  const found: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const m = /(?:^|\s)(#.*)$/.exec(line)
    if (m?.[1]) found.push(m[1])
  }
  return found
}
