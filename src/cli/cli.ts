// The `headroom` executable (loaded by main.ts): a closed pipe ends it quietly; run-cli.ts does the rest.
import {runCli} from './run-cli.js'

/** A closed pipe (`headroom check | head`) ends the run quietly instead of spinning. */
function guardPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
}

guardPipes()
await runCli(process.argv.slice(2))
