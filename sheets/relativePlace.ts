// A path as the About sheet shows it: relative to the project folder when inside it, else just
// its last part, so that the workbook does not change from one machine to another.
import { basename, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function relativePlace(path: string | null): string {
  if (!path) return '';
  const rel = relative(ROOT, resolve(path));
  if (rel === '') return '.';
  if (rel.startsWith('..') || resolve(rel) === rel) return basename(path);
  return rel.split(sep).join('/');
}
