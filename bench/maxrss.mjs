// Peak-RSS wrapper for machines without /usr/bin/time: runs a script in this process and prints
// `maxrss-kb=N` to stderr on exit.   node bench/maxrss.mjs SCRIPT [ARGS…]
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const [script, ...rest] = process.argv.slice(2)
process.argv = [process.argv[0], script, ...rest]
process.on('exit', () => process.stderr.write(`\nmaxrss-kb=${process.resourceUsage().maxRSS}\n`))
await import(pathToFileURL(path.resolve(script)).href)
