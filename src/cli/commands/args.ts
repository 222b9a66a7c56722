// Flag parsing shared by the commands besides check/fix: strict (an unknown flag is a usage error,
// exit 2, named with its command) and `--help` printing the command's help.
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {UsageError} from '../options.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** The parsed flags and positionals, or undefined after printing `help` for -h/--help. */
export function commandArgs<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  help: string,
  positionals = true
) {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: positionals,
      strict: true,
      options: {...options, help: {type: 'boolean', short: 'h'}}
    })
  } catch (error) {
    throw new UsageError(
      `${command}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`
    )
  }
  if ((parsed.values as {help?: boolean}).help) {
    process.stdout.write(help)
    return undefined
  }
  return parsed
}
