// The `headroom` command line (loaded by main.ts): picks the command, and turns every failure into a
// message and an exit code (never a stack trace for bad input).
import pkg from '../../package.json' with {type: 'json'}
import {ConfigError} from '../config/validate.js'
import {COMMAND_MODULES} from './commands/index.js'
import {EXIT_USAGE} from '../exit-codes.js'
import {runLint} from './lint.js'
import {UsageError} from './options.js'

async function main(argv: readonly string[]): Promise<void> {
  guardPipes()
  const [first, ...rest] = argv
  const command = COMMAND_MODULES.find((c) => c.name === first)
  if (command) {
    const module = await command.load()
    process.exitCode = await module.run(rest, {cwd: process.cwd(), version: pkg.version})
    return
  }
  await runLint(argv)
}

/** A closed pipe (`headroom check | head`) ends the run quietly instead of spinning. */
function guardPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`headroom: ${error.message}\nRun headroom --help for usage.\n`)
  } else if (error instanceof ConfigError) {
    process.stderr.write(`headroom: invalid config ${error.message}\n`)
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    process.stderr.write(`headroom: internal error; please report it with this output:\n${detail}\n`)
  }
  process.exitCode = EXIT_USAGE
})
