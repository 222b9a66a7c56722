// Baseline (a) of the benchmark: read every manifest under DIR and yaml.parseAllDocuments it, nothing
// else. Run as its own cold process, like the CLI. Prints {files, documents, errors} as JSON.
//
//   node bench/baseline.mjs DIR
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseAllDocuments} from 'yaml'

function walk(dir, out) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git') walk(p, out)
    } else if (/\.(ya?ml|json)$/.test(entry.name)) out.push(p)
  }
  return out
}

const target = process.argv[2] ?? '.'
const files = target.match(/\.(ya?ml|json)$/) ? [target] : walk(target, []).sort()
let documents = 0
let errors = 0
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'))
  for (const doc of Array.isArray(docs) ? docs : []) {
    documents++
    if (doc.errors.length > 0) errors++
  }
}
process.stdout.write(`${JSON.stringify({files: files.length, documents, errors})}\n`)
