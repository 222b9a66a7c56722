// Entry of dist/action.js (action.yml `runs.main`). The runner gives inputs and its files in the
// environment and reads workflow commands from stdout.
import {EXIT_USAGE} from '../../exit-codes.js'
import {runAction} from './run.js'

runAction(process.env, {write: (text) => void process.stdout.write(text)}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    // One escaped line: the detail is data, never a command.
    const escaped = detail.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
    process.stdout.write(`::error title=kube-headroom internal error::${escaped}\n`)
    process.exitCode = EXIT_USAGE
  }
)
