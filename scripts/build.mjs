// Builds the committed bundles in dist/ (the CLI and its reporter; later the Action and KRM function).
// pre-commit and the GitHub Action run the package without a build step, so dist/ is committed and a
// test fails when it is stale. `--out DIR` builds elsewhere (that test compares the two).
import {build} from 'esbuild'
import {chmod, mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outIndex = process.argv.indexOf('--out')
const outdir = outIndex === -1 ? path.join(root, 'dist') : path.resolve(process.argv[outIndex + 1])

export const ENTRIES = {
  cli: 'src/cli/cli.ts',
  reporter: 'src/cli/reporter.ts',
  action: 'src/integrations/action/main.ts',
  krm: 'src/integrations/krm/main.ts',
  // worker threads of large runs (src/run/run-files.ts loads it from next to the CLI)
  worker: 'src/run/worker.ts'
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
      if (!expression || !text.includes(expression)) throw new Error(`${args.path}: expected \`${expression}\` (yaml changed: review scripts/build.mjs)`)
      return {contents: text.replaceAll(expression, 'false'), loader: 'js'}
    })
  }
}

await mkdir(outdir, {recursive: true})
await build({
  plugins: [yamlDebugSwitchesOff],
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: {js: "#!/usr/bin/env node\nimport {createRequire as __headroomRequire} from 'node:module';\nconst require = __headroomRequire(import.meta.url);"}
})
// The bins run directly: dist/cli.js through npm's bin link, dist/krm.js as an exec function / plugin path
// (kpt --exec, Kptfile exec:, kustomize).
for (const bin of ['cli.js', 'krm.js']) await chmod(path.join(outdir, bin), 0o755)
