// The shared chart style: outlet colours, readable text on fills, the footnote's date range,
// calendar spans, title wrapping, legend ticks.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { outletColours, inkOn, OKABE_ITO } from '../../charts/style/palette.ts';
import { footnote, dateRange } from '../../charts/style/footnote.ts';
import { wrapLines } from '../../charts/style/wrapLines.ts';
import { periodOf } from '../../charts/periodOf.ts';
import { calendarAxis, closeUpWindow } from '../../charts/timeline.ts';
import { legendTicks } from '../../charts/style/legendTicks.ts';
import { humanise, proposalCells } from '../../charts/proposals.ts';
import type { Codebook } from '../../transforms/codebook/Codebook.ts';

const ref = { file: 'codebook.xlsx', sheet: 'outlets', row: 2 };
const codebook = (outlets: [string, string][]): Codebook => ({
  file: 'codebook.xlsx',
  actors: [],
  frames: [],
  labels: [],
  casualtyTerms: [],
  proposalCues: [],
  outlets: outlets.map(([outlet, colour]) => ({ outlet, colour, country: '', kind: '', aliases: [], ref })),
});

test('outlet colours: the codebook colour wins; the others take Okabe-Ito in codebook order, then alphabetically', () => {
  const colours = outletColours(
    codebook([
      ['Reuters', ''],
      ['Al Jazeera', '#aa0000'],
      ['BBC', ''],
    ]),
    ['Zeit', 'BBC', 'Al Jazeera', 'Reuters', 'Afrik'],
  );
  assert.equal(
    [...colours],
    [
      ['Reuters', OKABE_ITO[0]],
      ['Al Jazeera', '#aa0000'],
      ['BBC', OKABE_ITO[1]],
      ['Afrik', OKABE_ITO[2]],
      ['Zeit', OKABE_ITO[3]],
    ],
  );
});

test('the eighth outlet gets an ochre, not the pale yellow that vanishes on white', () => {
  const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const colours = outletColours(codebook([]), names);
  assert.is(colours.get('H'), '#A89A00');
  assert.not.ok([...colours.values()].includes('#F0E442'));
  assert.is(inkOn('#A89A00'), '#1a1a1a');
});

test('outlet colours do not depend on the order outlets are met in', () => {
  const cb = codebook([['BBC', '']]);
  assert.equal([...outletColours(cb, ['B', 'A', 'BBC'])].sort(), [...outletColours(cb, ['BBC', 'A', 'B'])].sort());
});

test('text on a fill: white on dark blue and black, near-black on yellow, orange and light blue', () => {
  assert.equal(['#0072B2', '#000000', '#08306b', '#F0E442', '#E69F00', '#56B4E9', '#ffffff'].map(inkOn), [
    'white',
    'white',
    'white',
    '#1a1a1a',
    '#1a1a1a',
    '#1a1a1a',
    '#1a1a1a',
  ]);
});

test('date ranges in words, without the clock or the locale', () => {
  assert.is(dateRange(['2016-07-15', '2016-07-14', '2016-07-15']), '14–15 July 2016');
  assert.is(dateRange(['2016-07-14']), '14 July 2016');
  assert.is(dateRange(['2016-06-30', '2016-07-02']), '30 June – 2 July 2016');
  assert.is(dateRange(['2015-12-15', '2016-07-15']), '15 December 2015 – 15 July 2016');
  assert.is(footnote('sample', ['2016-07-14', null]), 'Corpus: sample · 2 articles published 14 July 2016 · Framebook');
  assert.is(footnote('sample', [null]), 'Corpus: sample · 1 article, publication dates unknown · Framebook');
});

test('calendar spans of a day, a month (leap February, December) and a year', () => {
  assert.equal(periodOf('2016-07-14'), ['2016-07-14', '2016-07-15']);
  assert.equal(periodOf('2016-02-29'), ['2016-02-29', '2016-03-01']);
  assert.equal(periodOf('2016-02'), ['2016-02-01', '2016-03-01']);
  assert.equal(periodOf('2015-12'), ['2015-12-01', '2016-01-01']);
  assert.equal(periodOf('2011'), ['2011-01-01', '2012-01-01']);
  for (const v of ['', null, 'last week', '2016-7-4', '16-07-14']) assert.is(periodOf(v), null, String(v));
});

test('the time axis labels years, months or days depending on the span', () => {
  assert.is(calendarAxis(['2011-01-01', '2016-07-15']).format, '%Y');
  assert.is(calendarAxis(['2016-01-01', '2016-07-15']).format, '%b %Y');
  assert.is(calendarAxis(['2016-07-01', '2016-07-15']).format, '%d %b');
});

test('a close-up of the weeks around publication only when references reach far beyond them', () => {
  assert.equal(closeUpWindow(['2011-01-01', '2016-07-14'], ['2016-07-14', '2016-07-15']), ['2016-06-23', '2016-08-06']);
  assert.is(closeUpWindow(['2016-07-01', '2016-07-14', '2016-08-20'], ['2016-07-14']), null);
  assert.is(closeUpWindow(['2011-01-01'], []), null);
});

test('long titles break at spaces', () => {
  assert.equal(wrapLines('Which proposals each outlet reported, and how they fared', 30), [
    'Which proposals each outlet',
    'reported, and how they fared',
  ]);
  assert.equal(wrapLines('short', 30), ['short']);
});

test('legend ticks are round shares up to the largest', () => {
  assert.equal(legendTicks(0.38), [0, 0.1, 0.2, 0.3]);
  assert.equal(legendTicks(0.07), [0, 0.02, 0.04, 0.06]);
});

test('proposal cells: statements counted, the most decisive status kept, keys made readable', () => {
  const row = (outlet: string, status: string, start: number) => ({
    proposal_id: `p${start}`,
    article_id: 'a',
    sentence_id: 's',
    start,
    end: start + 1,
    surface: 'x',
    proposer: '',
    addressee: '',
    cue: 'offer',
    summary: 'x',
    status,
    proposal_key: 'joint-command-centre-jordan',
    parser: 'cueClause',
    outlet,
  });
  const cells = proposalCells([row('AFP', 'proposed', 1), row('AFP', 'rejected', 9), row('BBC', 'leaked', 3)]);
  assert.equal(
    cells.map((c) => [c.outlet, c.status, c.statements, c.proposal]),
    [
      ['AFP', 'rejected', 2, 'Joint command centre jordan'],
      ['BBC', 'leaked', 1, 'Joint command centre jordan'],
    ],
  );
  assert.is(humanise('us_russia-deal'), 'Us russia deal');
});

test.run();
