// Peak-RSS wrapper for machines without /usr/bin/time: runs a script in this process and prints
// `maxrss-kb=N cpu-ms=M` to stderr on exit.   node bench/maxrss.mjs SCRIPT [ARGS…]
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const [script, ...rest] = process.argv.slice(2)
process.argv = [process.argv[0], script, ...rest]
process.on('exit', () => {
  const usage = process.resourceUsage()
  process.stderr.write(
    `\nmaxrss-kb=${usage.maxRSS} cpu-ms=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`
  )
})
await import(pathToFileURL(path.resolve(script)).href)
