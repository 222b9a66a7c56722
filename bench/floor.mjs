// The floor of any checker that reads every manifest: start Node, walk the folder for *.yaml / *.yml /
// *.json and read every file as text, nothing else (no parsing). `npm run bench` times it as case (f):
// a check can only be as fast as this.
//
//   node bench/floor.mjs DIR
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

const MANIFEST = /\.(?:ya?ml|json)$/

function walk(dir, out) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(p, out)
    else if (MANIFEST.test(entry.name)) out.push(p)
  }
  return out
}

let chars = 0
for (const file of walk(path.resolve(process.argv[2] ?? '.'), [])) chars += readFileSync(file, 'utf8').length
process.stdout.write(`${chars}\n`)
