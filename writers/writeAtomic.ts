// Write a file under a temporary name, then rename it: a failed run leaves the previous file
// whole instead of half a file. A file held open by another program (Excel leaves a "~$" lock
// file beside a workbook it has open; Windows refuses the rename with EBUSY or EPERM) is left
// alone: the new file goes beside it as "name (1).ext", with a line on stderr saying so.
import { access, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { makeFolder } from './makeFolder.ts';

const LOCKED = new Set(['EBUSY', 'EPERM', 'EACCES']);
const MAX_COPIES = 20;

/** What a file is written from: text, bytes, or pieces of text written as they come. */
export type FileData = string | Uint8Array | Iterable<string>;

export async function writeAtomic(path: string, data: FileData): Promise<string> {
  return moveIntoPlace(await writeTemporary(path, data), path);
}

/** Writes `data` beside `path` under a temporary name (removed again if writing fails) and returns that name. */
export async function writeTemporary(path: string, data: FileData): Promise<string> {
  await makeFolder(dirname(path));
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return temp;
}

/** Renames a temporary file to `path`, or beside it when `path` is held open; returns where it went. */
export async function moveIntoPlace(temp: string, path: string): Promise<string> {
  try {
    for (let copy = 0; ; copy++) {
      const target = copy === 0 ? path : numbered(path, copy);
      const locked = await hasLockFile(target);
      if (!locked) {
        const moved = await rename(temp, target).then(
          () => true,
          (e: NodeJS.ErrnoException) => {
            if (!LOCKED.has(e.code ?? '') || copy >= MAX_COPIES) throw e;
            return false;
          },
        );
        if (moved) {
          if (copy > 0) process.stderr.write(`framebook: ${path} is open in another program; wrote ${target}\n`);
          return target;
        }
      } else if (copy >= MAX_COPIES) throw new Error(`${path} and ${MAX_COPIES} numbered copies are all locked`);
    }
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** "framebook.xlsx" -> "framebook (1).xlsx". */
export function numbered(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)} (${n})${ext}`);
}

async function hasLockFile(path: string): Promise<boolean> {
  return access(join(dirname(path), `~$${basename(path)}`)).then(
    () => true,
    () => false,
  );
}
