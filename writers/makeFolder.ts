// Creates a folder and its missing parents one level at a time. Node's mkdir({ recursive: true })
// never returns under /proc on Linux (it loops on ENOENT): one mkdir per missing level fails at
// once instead.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    const found = await stat(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT' || dirname(d) === d) throw e;
      return null;
    });
    if (found?.isDirectory()) break;
    if (found) throw Object.assign(new Error(`${d} is a file, not a folder`), { code: 'ENOTDIR' });
    missing.unshift(d);
  }
  for (const d of missing)
    await mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
}
