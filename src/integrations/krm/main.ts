// Entry of dist/krm.js, the `headroom-krm` executable: usable directly as an exec function path
// (`kpt fn eval DIR --exec headroom-krm`, a Kptfile `exec:`, kustomize `--enable-exec`).
import {enableCompileCache} from '../../compile-cache.js'
import {EXIT_USAGE} from '../../exit-codes.js'

enableCompileCache()
const {krmCommand} = await import('./command.js')

krmCommand.run(process.argv.slice(2), {cwd: process.cwd(), version: ''}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    process.stderr.write(`headroom krm: internal error; please report it with this output:\n${detail}\n`)
    process.exitCode = EXIT_USAGE
  }
)
