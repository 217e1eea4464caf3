// Writes to a temporary name beside the target, then renames: a failed run never leaves half a file.
import { writeFile, rename } from 'node:fs/promises';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}
