// The output folder, checked before any work: it exists or can be created, and a file can be
// written in it. A run that cannot write its results stops with one line, not after the work.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../transforms/InputError.ts';
import { makeFolder } from './makeFolder.ts';

export async function checkOutFolder(out: string): Promise<void> {
  const probe = join(out, `.framebook-write-check-${process.pid}`);
  try {
    await makeFolder(out);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    throw new InputError({ file: out }, `cannot write the output folder (--out): ${code ?? message}`);
  }
}
