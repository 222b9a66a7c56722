// `--watch` runs through unified-args (src/cli/watch.ts) with the same per-file check as every other run:
// the first report comes at once, and a saved change is checked again.
import {spawn} from 'node:child_process'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, it} from 'vitest'
import {CLI, removeTree, ROOT, tempDir} from './helpers/cli.js'

let dir: string | undefined

afterEach(() => {
  if (dir) removeTree(dir)
})

it('check --watch reports, then reports again when a file is saved', async () => {
  dir = tempDir('headroom-watch-')
  const file = path.join(dir, 'sts.yaml')
  copyFileSync(path.join(ROOT, 'fixtures/statefulset/input.yaml'), file)
  const child = spawn(process.execPath, [CLI, 'check', '--watch', 'sts.yaml'], {
    cwd: dir,
    env: {...process.env, NO_COLOR: '1'}
  })
  let stderr = ''
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${pattern}; stderr so far:\n${stderr}`)),
        120_000
      )
      const look = () => {
        if (!pattern.test(stderr)) return
        clearTimeout(timer)
        child.stderr.off('data', look)
        resolve()
      }
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        look()
      })
      look()
    })
  try {
    await waitFor(/istio-proxy memory limit 128Mi is below 180Mi[\s\S]*1 error/)
    // The watcher is ready some time after the first report: save again until the change is seen.
    const changed = readFileSync(file, 'utf8').replace(/limits:\n(\s+)memory: 128Mi/, 'limits:\n$1memory: 100Mi')
    const saving = setInterval(() => writeFileSync(file, changed), 1000)
    try {
      await waitFor(/istio-proxy memory limit 100Mi is below 180Mi/)
    } finally {
      clearInterval(saving)
    }
  } finally {
    child.kill('SIGINT')
  }
})
