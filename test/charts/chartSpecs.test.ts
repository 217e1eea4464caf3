// The chart set for a corpus of several events: one file per chart and event, each drawing its
// own event's rows only, with an outlet keeping its colour across events.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  ARTICLES,
  EVENTS,
  FRAMING_SALIENCE,
  FRAMING_VOICES,
  FRAMING_LABELS,
  FRAMING_FRAMES,
  DISTINCTIVE_TERMS,
  REUSE,
  ALIGNMENT,
  toTable,
  type ColumnSpec,
  type TableSchema,
} from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { chartSpecs, chartPlan, skippedLine, CHARTS, slug, largestEvents } from '../../charts/index.ts';
import type { EventTables } from '../../charts/eventTables.ts';
import { fixtureExtraction, fixtureComparison, fixtureCodebook, fixtureOptions, fixtureRows } from './fixtureTables.ts';
import { inlinedData } from './inlinedData.ts';

const NEW_ARAB = '002_bebb996841db2655';
const moved = (r: Record<string, unknown>) =>
  r.outlet === 'The New Arab' || r.article_id === NEW_ARAB ? { ...r, event_id: 'Nice attack, 2016' } : r;
const table = <C extends Record<string, ColumnSpec>>(
  schema: TableSchema<C>,
  keep: (r: Record<string, unknown>) => boolean = () => true,
) => toTable(schema, fixtureRows(schema.name).filter(keep).map(moved) as never);
const notNewArab = (r: Record<string, unknown>) =>
  ![r.article_a, r.article_b, r.article_id, r.best_article_id].includes(NEW_ARAB);

const extraction = { ...fixtureExtraction(), articles: table(ARTICLES) };
const comparison = {
  ...fixtureComparison(),
  framing_salience: table(FRAMING_SALIENCE),
  framing_voices: table(FRAMING_VOICES),
  framing_labels: table(FRAMING_LABELS),
  framing_frames: table(FRAMING_FRAMES),
  distinctive_terms: table(DISTINCTIVE_TERMS),
  reuse: table(REUSE, notNewArab),
  alignment: table(ALIGNMENT, notNewArab),
  article_outlets: articleOutlets(extraction.articles),
};
const specs = chartSpecs(extraction, comparison, fixtureCodebook(), fixtureOptions());
const byName = new Map(specs.map((s) => [s.name, s]));

test('one overview, then one file per chart and event, named <chart>-<event slug>', () => {
  assert.is(slug('Nice attack, 2016'), 'nice-attack-2016');
  assert.equal(
    specs.map((s) => s.name),
    ['events-overview', ...CHARTS.flatMap((c) => [`${c.name}-kerry-moscow-2016-07`, `${c.name}-nice-attack-2016`])],
  );
});

test('the overview counts the articles of each event by outlet', () => {
  assert.equal(inlinedData(byName.get('events-overview')?.spec)[0], [
    { event: 'kerry-moscow-2016-07', outlet: 'Ahram Online', articles: 1 },
    { event: 'kerry-moscow-2016-07', outlet: 'Expatica', articles: 1 },
    { event: 'Nice attack, 2016', outlet: 'The New Arab', articles: 1 },
  ]);
  assert.is(chartPlan(extraction, comparison, fixtureCodebook(), fixtureOptions()).skipped, null);
  assert.is(
    skippedLine(40, 12),
    'Charts cover the 12 events with the most articles of 40: the per-event charts of the other 28 events were skipped (their rows are in every table).',
  );
});

test('with an events table, subtitles and the overview name each event by its readable name', () => {
  const events = toTable(EVENTS, [
    { event_id: 'kerry-moscow-2016-07', name: 'Kerry talks, 14–15 Jul 2016' },
    { event_id: 'Nice attack, 2016', name: 'Kerry talks, 14–15 Jul 2016' },
  ] as never);
  const named = chartSpecs({ ...extraction, events }, comparison, fixtureCodebook(), fixtureOptions());
  const voices = named.find((s) => s.name === 'voices-kerry-moscow-2016-07')!;
  assert.match(JSON.stringify(voices.spec), /Event: Kerry talks, 14–15 Jul 2016 \(kerry-moscow-2016-07\) · 2 outlets/);
  const overview = inlinedData(named.find((s) => s.name === 'events-overview')?.spec)[0];
  assert.equal(
    [...new Set(overview.map((r) => r.event))],
    ['Kerry talks, 14–15 Jul 2016 (kerry-moscow-2016-07)', 'Kerry talks, 14–15 Jul 2016 (Nice attack, 2016)'],
    'two events of one name keep their ids beside it',
  );
  const unique = chartSpecs(
    { ...extraction, events: toTable(EVENTS, [{ event_id: 'kerry-moscow-2016-07', name: 'Kerry talks' }] as never) },
    comparison,
    fixtureCodebook(),
    fixtureOptions(),
  );
  assert.match(
    JSON.stringify(unique.find((s) => s.name === 'voices-kerry-moscow-2016-07')!.spec),
    /Event: Kerry talks · /,
  );
});

test("each event's charts draw that event's outlets only", () => {
  for (const s of specs.filter((c) => c.name !== 'events-overview')) {
    const outlets = new Set(
      inlinedData(s.spec)
        .flat()
        .map((r) => r.outlet)
        .filter(Boolean),
    );
    const expected = s.name.endsWith('nice-attack-2016') ? ['The New Arab'] : ['Ahram Online', 'Expatica'];
    for (const o of outlets) assert.ok(expected.includes(o as string), `${s.name} draws ${o}`);
  }
  const figures = inlinedData(byName.get('casualty-figures-nice-attack-2016')?.spec)[0].map((r) => r.figure);
  assert.equal(figures, [84, 280000, 11000000]);
});

test('the footnote gives each event its own articles and dates', () => {
  assert.ok(
    JSON.stringify(byName.get('frames-nice-attack-2016')?.spec).includes(
      'Corpus: sample-corpus · 1 article published 15 July 2016',
    ),
  );
  assert.ok(
    JSON.stringify(byName.get('frames-kerry-moscow-2016-07')?.spec).includes(
      'Corpus: sample-corpus · 2 articles published 14–15 July 2016',
    ),
  );
});

test('an outlet keeps its colour from event to event', () => {
  const colourOf = (name: string) => {
    const json = JSON.stringify(byName.get(name)?.spec);
    const m = /"domain":\["[^\]]*The New Arab[^\]]*\],"range":\[([^\]]*)\]/.exec(json);
    assert.ok(m, name);
    return m[1];
  };
  assert.is(colourOf('timeline-nice-attack-2016'), '"#009E73"');
  assert.ok(
    JSON.stringify(byName.get('timeline-kerry-moscow-2016-07')?.spec).includes('"range":["#0072B2","#E69F00"]'),
  );
});

test('text reuse of a one-article event says there is nothing to compare', () => {
  assert.ok(JSON.stringify(byName.get('text-reuse-nice-attack-2016')?.spec).includes('Nothing to compare'));
});

test('a corpus of many events gets charts for its largest events only, in their order', () => {
  const tables = (n: number) => ({ articles: Array.from({ length: n }) }) as unknown as EventTables;
  const byEvent = new Map([
    ['a', tables(1)],
    ['b', tables(3)],
    ['c', tables(2)],
    ['d', tables(3)],
    ['e', tables(1)],
  ]);
  assert.equal([...largestEvents(byEvent, 3).keys()], ['b', 'c', 'd']);
  assert.equal([...largestEvents(byEvent, 9).keys()], ['a', 'b', 'c', 'd', 'e']);
});

test.run();
