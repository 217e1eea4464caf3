// A synthetic corpus of any size built from the sample (corpus/): its five articles copied in
// batches, each batch a week after the one before (so that every batch is its own pair of events),
// each copy with an outlet drawn from a fixed list and its date moved by up to a day, both from a
// seeded generator (the same corpus for the same size). The manifest has no event column: the
// notebook groups the articles itself, as it does for a real corpus.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

const OUTLETS = [
  'Ahram Online',
  'Expatica',
  'The New Arab',
  'Citizens International',
  'Daily Courier',
  'Morning Ledger',
  'Harbour Times',
  'Evening Standard Wire',
];

/** mulberry32: a small seeded generator, so that the corpus is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Writes `size` articles and a manifest.csv into `dir` (created); returns `dir`. */
export function syntheticCorpus(dir: string, size: number, seed = 11): string {
  mkdirSync(dir, { recursive: true });
  const sampleDir = join(root, 'corpus');
  const files = readdirSync(sampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const published = new Map(
    readFileSync(join(sampleDir, 'manifest.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map(([file, , date]) => [file, date]),
  );
  const random = seeded(seed);
  const lines = ['file,outlet,published,url,event'];
  for (let i = 0; i < size; i++) {
    const f = files[i % files.length];
    const batch = Math.floor(i / files.length);
    const copy = `${String(i).padStart(6, '0')}_${f}`;
    writeFileSync(join(dir, copy), readFileSync(join(sampleDir, f)));
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)];
    const date = shiftDay(published.get(f) ?? '2016-07-14', batch * 7 + Math.floor(random() * 2));
    lines.push(`${copy},${outlet},${date},,`);
  }
  writeFileSync(join(dir, 'manifest.csv'), `${lines.join('\n')}\n`);
  return dir;
}
