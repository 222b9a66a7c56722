// The runner's file protocols: step outputs go to $GITHUB_OUTPUT as `name<<DELIMITER` blocks (safe for
// any value), the job summary is appended to $GITHUB_STEP_SUMMARY.
import {randomUUID} from 'node:crypto'
import {appendFileSync} from 'node:fs'
import {EOL} from 'node:os'

export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string, log: (line: string) => void): void {
  const file = env.GITHUB_OUTPUT
  if (!file) {
    log(`output ${name}=${value}`)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  appendFileSync(file, markdown, 'utf8')
  return true
}
