// Crash-safe, verified writes. The new text goes to a temp file in the same folder, is flushed, then
// renamed over the original (atomic on POSIX), keeping the file mode. Nothing is written when the file
// on disk is no longer exactly the text that was analysed (changed since, or not UTF-8), or when it is a
// link that leads out of the tree.
import {randomBytes} from 'node:crypto'
import {lstat, open, readFile, readdir, realpath, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'

export const TEMP_MARK = '.headroom-tmp-'

export class WriteRefused extends Error {}

export async function writeVerified(file: string, before: string, after: string, root: string): Promise<void> {
  const real = await realpath(file)
  const link = (await lstat(file)).isSymbolicLink()
  if (link && !isInside(real, await realpath(root))) {
    throw new WriteRefused(`is a link to ${real}, outside ${root}; not written`)
  }
  const onDisk = await readFile(real)
  if (!onDisk.equals(Buffer.from(before, 'utf8'))) {
    throw new WriteRefused('changed on disk since it was read, or is not UTF-8 text; not written')
  }
  const {mode} = await stat(real)
  const temp = path.join(path.dirname(real), `.${path.basename(real)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`)
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

/** Removes temp files a killed run left next to the given files. */
export async function removeLeftovers(files: readonly string[], cwd: string): Promise<number> {
  const dirs = new Set(files.map((f) => path.dirname(path.resolve(cwd, f))))
  let removed = 0
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      if (name.startsWith('.') && name.includes(TEMP_MARK)) {
        await unlink(path.join(dir, name)).then(() => removed++, () => undefined)
      }
    }
  }
  return removed
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Writes a file the tool owns (a baseline): temp file + rename, so a reader never sees half of it. */
export async function writeNew(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`)
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
