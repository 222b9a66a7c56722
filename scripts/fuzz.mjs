// `npm run fuzz`: the long fidelity fuzz run (≥10,000 generated manifests; see test/fuzz/). Failing cases
// are minimised and saved under fixtures/fuzz-failures/<n>/. Options: --runs N, --seed S, --known
// (include shapes of known, reported defects), --max-failures N. Exit 1 when any case failed.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {register} from 'tsx/esm/api'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
register()
const {main} = await import('../test/fuzz/runner.ts')
process.exitCode = await main(process.argv.slice(2), root)
