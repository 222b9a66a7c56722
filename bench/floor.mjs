// Case (e) of the benchmark: the engine floor. What `check` costs when the core is driven file by file
// without unified-engine: discover, the repo-index pre-pass, read, prepare (parse) and analyzeFile, keep
// only a count of findings per file (streaming: nothing but the index outlives its file). The same core
// as dist/cli.js, bundled from src/ on the fly; the difference to (b) is what the CLI layer costs.
//
//   node bench/floor.mjs --build OUT.mjs     bundle the driver (once per benchmark run)
//   node OUT.mjs DIR                          run it (prints {files, findings})
import {build} from 'esbuild'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

const DRIVER = `
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {discover} from './src/discover/discover.ts'
import {scanIndex} from './src/cli/scan-index.ts'
import {analyzeFile, prepare} from './src/engine/analyze.ts'
import {resolveSettings} from './src/config/settings.ts'

const dir = path.resolve(process.argv[2] ?? '.')
const settings = resolveSettings()
const found = await discover(['.'], dir)
const index = await scanIndex(found.files, dir)
let findings = 0
for (const file of found.files) {
  const text = await readFile(path.join(dir, file), 'utf8')
  const prepared = prepare({path: file, text})
  const result = prepared.ok ? analyzeFile(prepared.file, settings, {fix: false, index}) : prepared.result
  findings += result.findings.length
}
process.stdout.write(JSON.stringify({files: found.files.length, findings}) + '\\n')
`

export async function buildFloor(outfile) {
  await build({
    stdin: {contents: DRIVER, resolveDir: root, sourcefile: 'floor-driver.mjs', loader: 'ts'},
    absWorkingDir: root,
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {js: "import {createRequire as __floorRequire} from 'node:module';\nconst require = __floorRequire(import.meta.url);"}
  })
  return outfile
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--build')
  if (i === -1) throw new Error('usage: node bench/floor.mjs --build OUT.mjs')
  await buildFloor(path.resolve(process.argv[i + 1]))
}
