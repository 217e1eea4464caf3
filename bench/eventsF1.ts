// Events pairwise F1 of the grouping, and of grouping by publication day alone (same day = same
// event), on annotated corpora with their manifest's event column emptied. Several corpora given
// together are grouped as one corpus. Run:
//   npx tsx bench/eventsF1.ts [--events coarser|normal|finer] [--details] CORPUS[:GOLD] [CORPUS[:GOLD]...]
// (--details lists the gold events the grouping splits, by their articles' numbers)
// GOLD defaults to CORPUS/gold. Prints one line per grouping: precision, recall, F1, tp/fp/fn.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as aq from 'arquero';
import { readCodebook } from '../readers/readCodebook.ts';
import { readManifest } from '../readers/readManifest.ts';
import { readCorpus } from '../readers/readCorpus.ts';
import { articles as buildArticles } from '../transforms/articles/index.ts';
import { events } from '../transforms/events/index.ts';
import { GRANULARITIES, type EventGranularity } from '../transforms/events/granularity.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const details = args.includes('--details') && !!args.splice(args.indexOf('--details'), 1);
const at = args.indexOf('--events');
const granularity = (at >= 0 ? args.splice(at, 2)[1] : 'normal') as EventGranularity;
if (!GRANULARITIES.includes(granularity)) throw new Error(`--events wants ${GRANULARITIES.join('|')}`);

const codebook = await readCodebook(join(root, 'sheets', 'codebook.xlsx'));
const parts: aq.ColumnTable[] = [];
const gold = new Map<string, string>();
for (const arg of args) {
  const [corpus, goldDir = join(arg, 'gold')] = arg.split(':');
  const manifestFile = join(corpus, 'manifest.csv');
  const manifest = (await readManifest(existsSync(manifestFile) ? manifestFile : null)).map((m) => ({
    ...m,
    event: '',
  }));
  parts.push(buildArticles(await readCorpus(corpus), manifest, codebook));
  for (const f of readdirSync(goldDir).filter((f) => /^\d.*\.json$/.test(f))) {
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { id: string; event: string };
    gold.set(g.id, g.event);
  }
}
const articles = parts.reduce((a, b) => a.concat(b));
const grouped = events(articles, [], granularity).objects() as {
  article_id: string;
  event_id: string;
  published: string | Date;
}[];
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
const byDate = (articles.objects() as { article_id: string; published: unknown }[]).map((a) => ({
  article_id: a.article_id,
  event_id: day(a.published),
}));
report(`grouping (${granularity})`, grouped);
if (details) {
  // Each gold event the grouping splits, with the events its articles fell into.
  const groupsOf = new Map<string, Map<string, string[]>>();
  for (const r of grouped.filter((r) => gold.has(r.article_id))) {
    const g = gold.get(r.article_id)!;
    if (!groupsOf.has(g)) groupsOf.set(g, new Map());
    const m = groupsOf.get(g)!;
    m.set(r.event_id, [...(m.get(r.event_id) ?? []), r.article_id.slice(0, 3)]);
  }
  for (const [g, m] of groupsOf)
    if (m.size > 1) console.log(`  split ${g}: ${[...m.values()].map((ids) => ids.join(',')).join(' | ')}`);
}
report('same publication day', byDate);

function report(name: string, rows: { article_id: string; event_id: string }[]): void {
  const kept = rows.filter((r) => gold.has(r.article_id));
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++) {
      const same = gold.get(kept[i].article_id) === gold.get(kept[j].article_id);
      const pred = !!kept[i].event_id && kept[i].event_id === kept[j].event_id;
      if (same && pred) tp++;
      else if (same) fn++;
      else if (pred) fp++;
    }
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1),
    f1 = (2 * p * r) / (p + r || 1);
  console.log(`${name.padEnd(24)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (${tp}/${fp}/${fn})`);
}
