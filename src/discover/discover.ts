// Stage: paths, folders and globs -> the manifest files to read. One of the two places that touch the
// disk. Folders are walked for *.yaml, *.yml and *.json, skipping node_modules, .git and whatever
// .gitignore or .headroomignore exclude; a file named explicitly is always taken. What a walk finds that
// is not a manifest is skipped quietly and counted: a `.json` file without a Kubernetes object at its top
// (tsconfig.json, package-lock.json, .vscode/launch.json), and the assertion files of chainsaw / kuttl
// tests (`*-assert.yaml` beside a chainsaw Test or kuttl TestStep), which are expectations, not manifests.
import {closeSync, existsSync, openSync, readdirSync, readFileSync, readSync} from 'node:fs'
import {lstat, stat} from 'node:fs/promises'
import path from 'node:path'

export const MANIFEST_EXTENSIONS = ['yaml', 'yml', 'json'] as const
export const IGNORE_FILE = '.headroomignore'
// Our own config files are YAML/JSON too, but never manifests.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.headroomrc.*', '**/.headroom-baseline.json']

export interface Discovery {
  /** files relative to cwd (or absolute when outside it), sorted, without duplicates */
  readonly files: string[]
  /** inputs that matched nothing */
  readonly missing: string[]
  /** inputs that are neither files nor folders (a FIFO would block the reader forever) */
  readonly special?: string[] | undefined
  /** folders named explicitly that hold no manifest */
  readonly empty?: string[] | undefined
  /** folders named explicitly that .gitignore excludes: walked anyway, as ESLint and Prettier do */
  readonly ignored?: string[] | undefined
  /** files a walk found that are not manifests, with why */
  readonly skipped?: {readonly file: string; readonly reason: string}[] | undefined
}

export interface DiscoverOptions {
  /** walk chainsaw / kuttl assertion files too (`--test-asserts`) */
  readonly testAsserts?: boolean | undefined
}

export async function discover(
  inputs: readonly string[],
  cwd: string,
  options: DiscoverOptions = {}
): Promise<Discovery> {
  const files = new Set<string>()
  const missing: string[] = []
  const special: string[] = []
  const empty: string[] = []
  const ignored: string[] = []
  const skipped = new Map<string, string>()
  for (const input of inputs) {
    const info = await stat(path.resolve(cwd, input)).catch(() => undefined)
    if (info && !info.isFile() && !info.isDirectory()) {
      special.push(input)
      continue
    }
    const found = await expand(input, cwd, info?.isDirectory() ? ignored : undefined)
    const kept = found.walked ? found.files.filter((file) => keep(file, cwd, options, skipped)) : found.files
    if (found.files.length === 0) (info?.isDirectory() ? empty : missing).push(input)
    for (const file of kept) files.add(file)
  }
  for (const file of files) skipped.delete(file)
  return {
    files: [...files].sort(),
    missing,
    special,
    empty,
    ignored,
    skipped: [...skipped].map(([file, reason]) => ({file, reason})).sort((a, b) => (a.file < b.file ? -1 : 1))
  }
}

async function expand(
  input: string,
  cwd: string,
  ignored: string[] | undefined
): Promise<{files: string[]; walked: boolean}> {
  const absolute = path.resolve(cwd, input)
  const info = await stat(absolute).catch(() => undefined)
  if (info?.isFile()) return {files: [display(absolute, cwd)], walked: false}
  if (info?.isDirectory()) {
    // globby (with fast-glob, micromatch and ignore) is loaded only for folders and globs.
    const {globbySync} = await import('globby')
    const pattern = `**/*.{${MANIFEST_EXTENSIONS.join(',')}}`
    let matches = globbySync(pattern, globOptions(absolute))
    if (matches.length === 0) {
      // A folder named explicitly that .gitignore excludes (a generated `rendered/`) is checked anyway.
      const unignored = globbySync(pattern, {...globOptions(absolute), gitignore: false})
      if (unignored.length > 0) ignored?.push(input)
      matches = unignored
    }
    return {files: matches.map((m) => display(path.join(absolute, m), cwd)), walked: true}
  }
  // A file that is there but cannot be stat'ed (a dangling link) still reaches the reader, which says why.
  if (await lstat(absolute).catch(() => undefined)) return {files: [display(absolute, cwd)], walked: false}
  const {globbySync, isDynamicPattern} = await import('globby')
  if (!isDynamicPattern(input)) return {files: [], walked: false}
  const matches = globbySync(input, globOptions(cwd))
  return {
    files: matches
      .filter((m) => MANIFEST_EXTENSIONS.some((e) => m.endsWith(`.${e}`)))
      .map((m) => display(path.resolve(cwd, m), cwd)),
    walked: true
  }
}

/** Whether a file a walk found is a manifest; when not, why (into `skipped`). */
function keep(file: string, cwd: string, options: DiscoverOptions, skipped: Map<string, string>): boolean {
  const absolute = path.resolve(cwd, file)
  if (file.endsWith('.json')) {
    const reason = jsonNotManifest(absolute)
    if (reason) skipped.set(file, reason)
    return reason === undefined
  }
  if (!options.testAsserts && ASSERT_FILE.test(path.basename(file)) && besideTest(path.dirname(absolute))) {
    skipped.set(file, 'a chainsaw/kuttl test assertion, not a manifest (--test-asserts checks them)')
    return false
  }
  return true
}

/** A JSON file holds a manifest only when its top is an object (or List) with apiVersion and kind. */
function jsonNotManifest(file: string): string | undefined {
  const NOT = 'JSON without a Kubernetes object (apiVersion and kind) at its top'
  let text: string
  try {
    // Cheap first: a manifest is an object, so its first bytes say "{" (a JSON array or a string is not).
    const fd = openSync(file, 'r')
    try {
      const head = Buffer.alloc(256)
      const n = readSync(fd, head, 0, head.length, 0)
      if (!/^\uFEFF?\s*(\{|$)/.test(head.subarray(0, n).toString('utf8'))) return NOT
    } finally {
      closeSync(fd)
    }
    text = readFileSync(file, 'utf8')
  } catch {
    // (the reader reports what cannot be read)
    return undefined
  }
  // A manifest names both keys somewhere; most other JSON (package-lock.json) does not.
  if (!text.includes('"apiVersion"') || !text.includes('"kind"')) return NOT
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return 'not valid JSON (JSONC or another format), so not a manifest'
  }
  const top = data as {apiVersion?: unknown; kind?: unknown}
  return typeof top.apiVersion === 'string' && typeof top.kind === 'string' ? undefined : NOT
}

/** chainsaw `01-assert.yaml`, `01-assert-native.yaml`; kuttl `00-assert.yaml`, `00-errors.yaml` */
const ASSERT_FILE = /-(?:assert|errors)(?:-[^/]*)?\.ya?ml$/

const testFolders = new Map<string, boolean>()

/** A folder holding a chainsaw Test (chainsaw-test.yaml) or a kuttl TestStep. */
function besideTest(folder: string): boolean {
  let known = testFolders.get(folder)
  if (known !== undefined) return known
  known = existsSync(path.join(folder, 'chainsaw-test.yaml')) || existsSync(path.join(folder, 'chainsaw-test.yml'))
  if (!known) {
    let names: string[] = []
    try {
      names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !ASSERT_FILE.test(name))
    } catch {
      names = []
    }
    known = names.some((name) => {
      try {
        return /^kind:\s*(?:TestStep|Test)\s*$/m.test(readFileSync(path.join(folder, name), 'utf8'))
      } catch {
        return false
      }
    })
  }
  testFolders.set(folder, known)
  return known
}

/**
 * globby's synchronous walk: with ignore files it checks every match with a stat, and the promise-based
 * stats of the async walk take twice as long on a big repo (50,000 files: 3.4 s against 1.6 s). Nothing
 * else runs while files are found.
 */
function globOptions(cwd: string) {
  return {
    cwd,
    gitignore: true,
    ignoreFiles: [`**/${IGNORE_FILE}`],
    ignore: ALWAYS_IGNORED,
    dot: true,
    onlyFiles: true,
    // Links are not followed while walking: a link loop or a link out of the tree must not widen the walk.
    followSymbolicLinks: false
  }
}

function display(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
}
