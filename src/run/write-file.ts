// Crash-safe, verified writes. They live with the runner (src/run), not the CLI: `fix` in the CLI, its
// worker threads and the GitHub Action all write through here. The new text goes to a temp file in the same folder, is flushed, then
// renamed over the original (atomic on POSIX), keeping the file mode. Nothing is written when the file
// on disk is no longer exactly the text that was analysed (changed since, or not UTF-8), or when it is a
// link that leads out of the tree.
import {lstat, open, readFile, readdir, realpath, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'

export const TEMP_MARK = '.headroom-tmp-'

export class WriteRefused extends Error {}

export async function writeVerified(file: string, before: string, after: string, root: string): Promise<void> {
  const real = await realpath(file)
  const link = (await lstat(file)).isSymbolicLink()
  // A link anywhere on the way counts: the file itself, or a folder above it (`vendor -> ../../shared`).
  if ((link || real !== path.resolve(file)) && !isInside(real, await realpath(root))) {
    const shown = path.relative(await realpath(root), real)
    throw new WriteRefused(
      `is ${link ? 'a link' : 'in a linked folder that leads'} to ${shown}, outside the working folder; not written`
    )
  }
  const onDisk = await readFile(real)
  if (!onDisk.equals(Buffer.from(before, 'utf8'))) {
    throw new WriteRefused('changed on disk since it was read, or is not UTF-8 text; not written')
  }
  const {mode} = await stat(real)
  const temp = await tempPathFor(real)
  const handle = await open(temp, 'wx', mode & 0o7777)
  try {
    await handle.writeFile(after, 'utf8')
    await handle.chmod(mode & 0o7777)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    await rename(temp, real)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/** Removes temp files a killed run left next to the given files (not those of a run still going). */
export async function removeLeftovers(files: readonly string[], cwd: string): Promise<number> {
  const dirs = new Set(files.map((f) => path.dirname(path.resolve(cwd, f))))
  const root = await realpath(cwd).catch(() => cwd)
  let removed = 0
  for (const dir of dirs) {
    // Not through a link out of the tree: fix never writes there, so it has nothing to clean there either.
    const real = await realpath(dir).catch(() => undefined)
    if (real === undefined || (real !== dir && !isInside(real, root))) continue
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      if (name.startsWith('.') && name.includes(TEMP_MARK)) {
        const file = path.join(dir, name)
        if (await inFlight(file, name)) continue
        await unlink(file).then(
          () => removed++,
          () => undefined
        )
      }
    }
  }
  return removed
}

/** How long a temp file of another live process is left alone: a write takes milliseconds. */
const IN_FLIGHT_MS = 10 * 60 * 1000

/** A fresh temp file whose writer (the pid in its name) is another process still running. */
async function inFlight(file: string, name: string): Promise<boolean> {
  const pid = Number(/headroom-tmp-(\d+)-/.exec(name)?.[1])
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const info = await stat(file).catch(() => undefined)
  return info !== undefined && Date.now() - info.mtimeMs < IN_FLIGHT_MS
}

/** A temp file next to `file`, unique to this process and call. (node:crypto is loaded on the first write only.) */
async function tempPathFor(file: string): Promise<string> {
  const {randomBytes} = await import('node:crypto')
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`
  )
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Writes a file the tool owns (a baseline): temp file + rename, so a reader never sees half of it. */
export async function writeNew(file: string, text: string): Promise<void> {
  const temp = await tempPathFor(file)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, file).catch(async (error: unknown) => {
    await unlink(temp).catch(() => undefined)
    throw error
  })
}

export interface NewFile {
  write(text: string): Promise<void>
  /** flushes and renames the temp file over `file` */
  commit(): Promise<void>
  /** removes the temp file; `file` is left as it was */
  abort(): Promise<void>
}

/** A file the tool owns written in pieces (collected data): nothing appears at `file` until commit(). */
export async function createNew(file: string): Promise<NewFile> {
  const temp = await tempPathFor(file)
  const handle = await open(temp, 'wx', 0o644)
  let closed = false
  const close = async () => {
    if (!closed) {
      closed = true
      await handle.close()
    }
  }
  return {
    async write(text) {
      await handle.appendFile(text, 'utf8')
    },
    async commit() {
      await handle.sync()
      await close()
      await rename(temp, file).catch(async (error: unknown) => {
        await unlink(temp).catch(() => undefined)
        throw error
      })
    },
    async abort() {
      await close().catch(() => undefined)
      await unlink(temp).catch(() => undefined)
    }
  }
}
