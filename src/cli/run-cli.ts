// The `headroom` command line without the process around it: picks the command, runs it, and turns every
// failure into a message and exit code 2 (never a stack trace for bad input). cli.ts runs it for the
// executable; the tests run it in their own process where the process boundary is not what they test.
import pkg from '../../package.json' with {type: 'json'}
import {ConfigError} from '../config/validate.js'
import {EXIT_USAGE} from '../exit-codes.js'
import {COMMAND_MODULES} from './commands/index.js'
import {runLint} from './lint.js'
import {UsageError} from './options.js'

/** Runs one command line; the exit code is left in process.exitCode. */
export async function runCli(argv: readonly string[]): Promise<void> {
  try {
    const [first, ...rest] = argv
    const command = COMMAND_MODULES.find((c) => c.name === first)
    if (command) {
      const module = await command.load()
      process.exitCode = await module.run(rest, {cwd: process.cwd(), version: pkg.version})
      return
    }
    await runLint(argv)
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      process.stderr.write(`headroom: ${error.message}\nRun headroom --help for usage.\n`)
    } else if (error instanceof ConfigError) {
      process.stderr.write(`headroom: invalid config ${error.message}\n`)
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
      process.stderr.write(`headroom: internal error; please report it with this output:\n${detail}\n`)
    }
    process.exitCode = EXIT_USAGE
  }
}
