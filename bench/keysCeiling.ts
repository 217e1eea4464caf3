// About how far the proposal-key grouping can go given the rows a run extracted: every row takes
// the gold key of the first gold proposal its surface fits (the scorer's rule: every keyword group
// in the surface), and the scorer scores keys again. An estimate, not a bound (the first fitting
// key is not always the best choice: the sample scores 0.96 here and 1.00 with its own keys). Rows whose surface holds two gold proposals give
// false pairs no grouping can avoid; those are the extraction's to fix (a surface as wide as the
// row's own clause). Prints numbers only, so it may be run on held-out corpora. Run:
//   npx tsx bench/keysCeiling.ts RUN_TABLES GOLD
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import * as aq from 'arquero';

interface GoldProposal {
  key: string;
  keywords: string[][];
}

const [tables, gold] = process.argv.slice(2);
if (!tables || !gold) throw new Error('usage: npx tsx bench/keysCeiling.ts RUN_TABLES GOLD');
const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const proposalsOf = new Map<string, GoldProposal[]>();
for (const f of readdirSync(gold).filter((f) => f.endsWith('.json') && !f.startsWith('actors'))) {
  const g = JSON.parse(readFileSync(join(gold, f), 'utf8')) as { id: string; proposals?: GoldProposal[] };
  proposalsOf.set(g.id, g.proposals ?? []);
}
const rows = aq.fromCSV(readFileSync(join(tables, 'proposals.csv'), 'utf8'), { autoType: false });
let several = 0;
const keys = (rows.objects() as { proposal_id: string; article_id: string; surface: string }[]).map((r) => {
  const s = norm(r.surface);
  const fits = (proposalsOf.get(r.article_id) ?? []).filter((q) =>
    q.keywords.every((alts) => alts.some((k) => s.includes(norm(k)))),
  );
  if (fits.length > 1) several++;
  return fits[0]?.key ?? `none-${r.proposal_id}`;
});
const out = mkdtempSync(join(tmpdir(), 'keys-ceiling-'));
cpSync(tables, out, { recursive: true });
writeFileSync(join(out, 'proposals.csv'), rows.assign({ proposal_key: keys }).toCSV());
const scorer = resolve(import.meta.dirname, '..', 'test', 'eval', 'score.mjs');
const score = JSON.parse(
  execFileSync('node', [scorer, '--tables', out, '--gold', gold, '--json'], { encoding: 'utf8' }),
);
const k = score.proposal_keys as { f1: number; tp: number; fp: number; fn: number };
console.log(
  `key ceiling F1 ${k.f1.toFixed(3)} (tp/fp/fn ${k.tp}/${k.fp}/${k.fn}); rows: ${rows.numRows()}, ` +
    `holding several gold proposals: ${several}`,
);
