#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);

// src/run/write-file.ts
import { lstat, open, readFile, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
var TEMP_MARK = ".headroom-tmp-";
var WriteRefused = class extends Error {
};
async function writeVerified(file, before, after, root) {
  const real = await realpath(file);
  const link = (await lstat(file)).isSymbolicLink();
  if ((link || real !== path.resolve(file)) && !isInside(real, await realpath(root))) {
    const shown = path.relative(await realpath(root), real);
    throw new WriteRefused(
      `is ${link ? "a link" : "in a linked folder that leads"} to ${shown}, outside the working folder; not written`
    );
  }
  const onDisk = await readFile(real);
  if (!onDisk.equals(Buffer.from(before, "utf8"))) {
    throw new WriteRefused("changed on disk since it was read, or is not UTF-8 text; not written");
  }
  const { mode } = await stat(real);
  const temp = await tempPathFor(real);
  const handle = await open(temp, "wx", mode & 4095);
  try {
    await handle.writeFile(after, "utf8");
    await handle.chmod(mode & 4095);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => void 0);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, real);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
}
async function removeLeftovers(files, cwd) {
  const dirs = new Set(files.map((f) => path.dirname(path.resolve(cwd, f))));
  const root = await realpath(cwd).catch(() => cwd);
  let removed = 0;
  for (const dir of dirs) {
    const real = await realpath(dir).catch(() => void 0);
    if (real === void 0 || real !== dir && !isInside(real, root)) continue;
    const names = await readdir(dir).catch(() => []);
    for (const name of names) {
      if (name.startsWith(".") && name.includes(TEMP_MARK)) {
        const file = path.join(dir, name);
        if (await inFlight(file, name)) continue;
        await unlink(file).then(
          () => removed++,
          () => void 0
        );
      }
    }
  }
  return removed;
}
var IN_FLIGHT_MS = 10 * 60 * 1e3;
async function inFlight(file, name) {
  const pid = Number(/headroom-tmp-(\d+)-/.exec(name)?.[1]);
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return false;
  }
  const info = await stat(file).catch(() => void 0);
  return info !== void 0 && Date.now() - info.mtimeMs < IN_FLIGHT_MS;
}
async function tempPathFor(file) {
  const { randomBytes } = await import("node:crypto");
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString("hex")}`
  );
}
function isInside(child, parent) {
  const relative = path.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
async function writeNew(file, text) {
  const temp = await tempPathFor(file);
  const handle = await open(temp, "wx", 420);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file).catch(async (error) => {
    await unlink(temp).catch(() => void 0);
    throw error;
  });
}
async function createNew(file) {
  const temp = await tempPathFor(file);
  const handle = await open(temp, "wx", 420);
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  return {
    async write(text) {
      await handle.appendFile(text, "utf8");
    },
    async commit() {
      await handle.sync();
      await close();
      await rename(temp, file).catch(async (error) => {
        await unlink(temp).catch(() => void 0);
        throw error;
      });
    },
    async abort() {
      await close().catch(() => void 0);
      await unlink(temp).catch(() => void 0);
    }
  };
}

export {
  TEMP_MARK,
  WriteRefused,
  writeVerified,
  removeLeftovers,
  writeNew,
  createNew
};
