// Bench: how fast does Framebook go from a folder of articles to its tables?
// Builds a synthetic corpus by copying the sample articles N times (default 2,000 articles),
// then times each step of the notebook in one process and prints articles per second.
//
//   npm run bench                 2,000 articles
//   npm run bench -- 10000        10,000 articles
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readCodebook } from '../readers/readCodebook.ts';
import { readManifest } from '../readers/readManifest.ts';
import type { ManifestRow } from '../transforms/articles/ManifestRow.ts';
import { readCorpus } from '../readers/readCorpus.ts';
import { articles as buildArticles } from '../transforms/articles/index.ts';
import { events } from '../transforms/events/index.ts';
import { sentences as splitIntoSentences } from '../transforms/sentences/index.ts';
import { actors as extractActors } from '../transforms/actors/index.ts';
import { quotes as extractQuotes } from '../transforms/quotes/index.ts';
import { dates as extractDates } from '../transforms/dates/index.ts';
import { casualties as extractCasualties } from '../transforms/casualties/index.ts';
import { proposals as extractProposals } from '../transforms/proposals/index.ts';
import { framing } from '../transforms/framing/index.ts';
import { writeTables } from '../writers/writeTables.ts';

const root = resolve(import.meta.dirname, '..');
const wanted = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'framebook-bench-'));
const sample = readdirSync(join(root, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const sampleManifest = await readManifest(join(root, 'corpus', 'manifest.csv'));
// Each run of five copies is its own pair of events, as a real corpus has many small events.
const manifest: ManifestRow[] = [];
for (let i = 0; i < wanted; i++) {
  const f = sample[i % sample.length];
  const copy = `${String(i).padStart(6, '0')}_${f}`;
  writeFileSync(join(dir, copy), readFileSync(join(root, 'corpus', f)));
  const m = sampleManifest.find((r) => r.file === f);
  manifest.push({
    file: copy,
    outlet: m?.outlet ?? '',
    published: m?.published ?? '',
    url: '',
    event: `batch-${Math.floor(i / sample.length)}-${m?.published.slice(0, 7)}`,
    row: i + 2,
  });
}

const timings: [string, number][] = [];
async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  timings.push([label, performance.now() - t0]);
  return result;
}

const codebook = await timed('read codebook', () => readCodebook(join(root, 'sheets', 'codebook.xlsx')));
const files = await timed('read corpus', () => readCorpus(dir));
const articles = await timed('articles + events', () => events(buildArticles(files, manifest, codebook), manifest));
const sentences = await timed('sentences', () => splitIntoSentences(articles));
const { actors, mentions, candidates } = await timed('actors', () => extractActors(articles, sentences, codebook));
const quotes = await timed('quotes', () => extractQuotes(articles, sentences, mentions, codebook));
const dates = await timed('dates', () => extractDates(articles, sentences));
const casualties = await timed('casualties', () => extractCasualties(articles, sentences, codebook));
const proposals = await timed('proposals', () => extractProposals(articles, sentences, mentions, codebook));
const extraction = { articles, sentences, actors, mentions, candidates, dates, casualties, proposals, quotes };
const comparison = await timed('framing', () => framing(extraction, codebook));
await timed('write tables', () => writeTables(join(dir, 'out'), extraction, comparison));

const total = timings.reduce((s, [, ms]) => s + ms, 0);
console.log(`${wanted} articles, ${sentences.numRows()} sentences, ${mentions.numRows()} mentions`);
for (const [label, ms] of timings)
  console.log(
    `${label.padEnd(20)} ${ms.toFixed(0).padStart(8)} ms  ${(wanted / (ms / 1000)).toFixed(0).padStart(9)} articles/s`,
  );
console.log(
  `${'total'.padEnd(20)} ${total.toFixed(0).padStart(8)} ms  ${(wanted / (total / 1000)).toFixed(0).padStart(9)} articles/s`,
);
rmSync(dir, { recursive: true, force: true });
