// Each chart shows the data it claims: the rows inlined in its spec are checked, value by value,
// against the fixture tables they were built from (test/fixtures/charts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chartSpecs } from '../../charts/index.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions, fixtureRows } from './fixtureTables.ts';
import { inlinedData } from './inlinedData.ts';

const specs = new Map(
  chartSpecs(fixtureExtraction(), fixtureComparison(), fixtureCodebook(), fixtureOptions()).map((s) => [
    s.name,
    s.spec,
  ]),
);
type Row = Record<string, unknown>;
const outletOf = new Map(fixtureRows('articles').map((a) => [a.article_id, a.outlet]));
const nameOf = new Map(fixtureRows('actors').map((a) => [a.actor_id, a.name]));
const data = (name: string, i = 0) => {
  const d = inlinedData(specs.get(name));
  assert.ok(d[i], `${name} has data ${i}`);
  return d[i];
};

/** Every fixture row appears once in the inlined rows (matched on `keys`) with the same `values`. */
function sameRows(inlined: Row[], table: Row[], keys: string[], values: string[]) {
  const id = (r: Row) => keys.map((k) => String(r[k])).join('|');
  assert.is(inlined.length, table.length, 'row count');
  const byId = new Map(inlined.map((r) => [id(r), r]));
  assert.is(byId.size, inlined.length, 'rows are unique');
  for (const t of table) {
    const r = byId.get(id(t));
    assert.ok(r, `row ${id(t)} is drawn`);
    for (const v of values) assert.equal(r[v], t[v], `${id(t)} ${v}`);
  }
}

test('actor-salience: every salience row, with its share, mentions and actor name', () => {
  const rows = data('actor-salience');
  sameRows(
    rows,
    fixtureRows('framing_salience'),
    ['outlet', 'actor_id'],
    ['share', 'mentions', 'in_headline', 'in_lead'],
  );
  for (const r of rows) assert.is(r.actor, nameOf.get(r.actor_id));
});

test('voices: every voices row, direct and indirect counts unchanged', () => {
  const rows = data('voices');
  sameRows(rows, fixtureRows('framing_voices'), ['outlet', 'speaker'], ['direct', 'indirect', 'share']);
  assert.is(rows.find((r) => r.speaker === '')?.speaker_name, 'Unidentified speaker');
});

test('labels: every descriptor row, with its count and connotation', () => {
  const rows = data('labels');
  sameRows(rows, fixtureRows('framing_labels'), ['outlet', 'actor_id', 'descriptor'], ['count', 'connotation']);
  assert.is(rows.find((r) => r.descriptor === 'Russian counterpart')?.tone, 'not in codebook');
});

test("casualty-figures: every figure, joined to its article's outlet", () => {
  const table = fixtureRows('casualties').map((r) => ({ ...r, outlet: outletOf.get(r.article_id) }));
  sameRows(data('casualty-figures'), table, ['casualty_id'], ['outlet', 'figure', 'qualifier', 'kind', 'surface']);
});

test('timeline: every resolved date with its outlet and span; an unresolved one is left out', () => {
  const table = fixtureRows('dates')
    .filter((r) => r.value)
    .map((r) => ({ ...r, outlet: outletOf.get(r.article_id) }));
  // The body is two panels (all references, close-up), each a layer of bands, ticks and diamonds.
  const body = (specs.get('timeline') as { vconcat: { vconcat: { layer: { data: { values: Row[] } }[] }[] }[] })
    .vconcat[0];
  const [overview, closeUpPanel] = body.vconcat.map((panel) => panel.layer.map((l) => l.data.values));
  const rows = overview.flat().filter((r) => r.date_id);
  sameRows(rows, table, ['date_id'], ['outlet', 'value', 'granularity']);
  assert.equal(rows.find((r) => r.value === '2011')?.period_end, '2012-01-01');
  assert.equal(rows.find((r) => r.value === '2011-03')?.period_start, '2011-03-01');
  const closeUp = closeUpPanel.flat().filter((r) => r.date_id);
  assert.ok(
    closeUp.length > 0 &&
      closeUp.every((r) => (r.period_start as string) >= '2016-06' && (r.period_start as string) < '2016-09'),
    'close-up: the weeks around publication',
  );
  const published = overview.flat().filter((r) => r.published);
  assert.equal(
    published.map((p) => [p.outlet, p.published]),
    fixtureRows('articles').map((a) => [a.outlet, a.published]),
  );
});

test('proposals: one cell per proposal and outlet, counting its statements, with a status the outlet reported', () => {
  const cells = data('proposals');
  const groups = new Map<string, Row[]>();
  for (const p of fixtureRows('proposals')) {
    const id = `${p.proposal_key}|${outletOf.get(p.article_id)}`;
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  assert.is(cells.length, groups.size);
  for (const c of cells) {
    const group = groups.get(`${c.proposal_key}|${c.outlet}`);
    assert.ok(group, `${c.proposal_key} ${c.outlet}`);
    assert.is(c.statements, group.length);
    assert.ok(
      group.some((p) => p.status === c.status),
      `${c.status} is reported`,
    );
  }
  // The New Arab stated the joint-action proposal twice, as proposed and as not addressed.
  assert.is(
    cells.find((c) => c.proposal_key === 'joint-military-action-against-is-and-nusra' && c.outlet === 'The New Arab')
      ?.status,
    'not addressed',
  );
});

test('frames: every frame with cues, with its share', () => {
  sameRows(
    data('frames'),
    fixtureRows('framing_frames').filter((r) => (r.cues as number) > 0),
    ['outlet', 'frame'],
    ['cues', 'share'],
  );
});

test("distinctive-terms: each outlet's ten highest z, unchanged", () => {
  const table = fixtureRows('distinctive_terms');
  const top = [...new Set(table.map((r) => r.outlet))].flatMap((o) =>
    table
      .filter((r) => r.outlet === o)
      .sort((a, b) => (b.z as number) - (a.z as number))
      .slice(0, 10),
  );
  sameRows(data('distinctive-terms'), top, ['outlet', 'term'], ['z', 'count']);
});

test('text-reuse: every reuse pair with its containment, and every aligned sentence with its status', () => {
  sameRows(data('text-reuse', 0), fixtureRows('reuse'), ['article_a', 'article_b'], ['containment', 'shared_shingles']);
  sameRows(data('text-reuse', 1), fixtureRows('alignment'), ['sentence_id'], ['article_id', 'status']);
});

test.run();
