// Builds the committed bundles in dist/: the four entries below and the chunks they share or load on
// demand. pre-commit and the GitHub Action run the package without a build step, so dist/ is committed
// and a test fails when it is stale. `--out DIR` builds elsewhere (that test compares the two).
import {build} from 'esbuild'
import {chmod, mkdir, readdir, readFile, unlink} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outIndex = process.argv.indexOf('--out')
const outdir = outIndex === -1 ? path.join(root, 'dist') : path.resolve(process.argv[outIndex + 1])

export const ENTRIES = {
  cli: 'src/cli/main.ts',
  reporter: 'src/cli/reporter.ts',
  action: 'src/integrations/action/main.ts',
  krm: 'src/integrations/krm/main.ts',
  // worker threads of large runs (src/run/run-files.ts loads it from next to the CLI)
  worker: 'src/run/worker-main.ts'
}

/**
 * yaml checks `process.env.LOG_TOKENS` once per token and `LOG_STREAM` once per document (debug logging).
 * process.env is a C++ interceptor, not a plain object: on manifests that lookup is a quarter of yaml's
 * parse time (bench/README.md). The bundles pin both switches off. If yaml's code changes, the build fails
 * here rather than silently losing the speed.
 */
const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(build) {
    const patched = new Map([
      [/[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, 'node_process.env.LOG_TOKENS'],
      [/[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, 'node_process.env.LOG_STREAM']
    ])
    build.onLoad({filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/}, async (args) => {
      const text = await readFile(args.path, 'utf8')
      const [, expression] = [...patched].find(([pattern]) => pattern.test(args.path)) ?? []
      if (!expression || !text.includes(expression))
        throw new Error(`${args.path}: expected \`${expression}\` (yaml changed: review scripts/build.mjs)`)
      return {contents: text.replaceAll(expression, 'false'), loader: 'js'}
    })
  }
}

await mkdir(outdir, {recursive: true})
const before = (await readdir(outdir)).filter((name) => name.endsWith('.js'))
const result = await build({
  plugins: [yamlDebugSwitchesOff],
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  // Code that only some commands or options need (audit, collect, krm, globbing, each report format) is
  // imported where it is used and lands in a chunk of its own, so a cold `headroom check FILE` compiles and
  // runs only what it uses. Chunks sit next to the entries, so paths made from import.meta.url (the
  // reporter unified-args loads) are the same from every file. Their names are content hashes: the same
  // sources give the same files.
  splitting: true,
  metafile: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport {createRequire as __headroomRequire} from 'node:module';\nconst require = __headroomRequire(import.meta.url);"
  }
})
// Chunks of an earlier build whose content changed are no longer referenced: they go.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(root, file)))
for (const name of before) if (!written.has(path.join(outdir, name))) await unlink(path.join(outdir, name))
// The bins run directly: dist/cli.js through npm's bin link, dist/krm.js as an exec function / plugin path
// (kpt --exec, Kptfile exec:, kustomize).
for (const bin of ['cli.js', 'krm.js']) await chmod(path.join(outdir, bin), 0o755)
