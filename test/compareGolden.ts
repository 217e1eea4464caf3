// Compare what a test produced with its golden file. On a mismatch the new output is written
// beside the golden file as `<name>-changed.<ext>` (git-ignored) and the check fails.
// A missing golden file fails when CI is set; elsewhere it is written, said so, and the check
// passes (commit the new file). UPDATE_GOLDEN=1 rewrites every golden file instead of comparing.
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface GoldenResult {
  ok: boolean;
  message: string;
}

/** `<dir>/<name>-changed.<ext>` for `<dir>/<name>.<ext>` (`.vl.json` counts as one extension). */
export function changedPath(file: string): string {
  return file.replace(/(\.[a-z.]+)$/, '-changed$1');
}

export function compareGolden(file: string, actual: string | Buffer): GoldenResult {
  const changed = changedPath(file);
  const bytes = typeof actual === 'string' ? Buffer.from(actual) : actual;
  if (process.env.UPDATE_GOLDEN === '1') return written(file, changed, bytes, 'rewrote');
  if (!existsSync(file)) {
    if (process.env.CI) {
      writeFileSync(changed, bytes);
      return { ok: false, message: `no golden file ${file} (CI is set); see ${changed}` };
    }
    return written(file, changed, bytes, 'no golden file: wrote');
  }
  if (readFileSync(file).equals(bytes)) {
    rmSync(changed, { force: true });
    return { ok: true, message: 'same' };
  }
  writeFileSync(changed, bytes);
  return { ok: false, message: `${file} differs from its golden file; see ${changed} (UPDATE_GOLDEN=1 to accept)` };
}

function written(file: string, changed: string, bytes: Buffer, what: string): GoldenResult {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  rmSync(changed, { force: true });
  const message = `${what} ${file}`;
  console.log(`  ${message}`);
  return { ok: true, message };
}
