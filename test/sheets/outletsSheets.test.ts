import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as aq from 'arquero';
import {
  ARTICLES,
  SENTENCES,
  ACTORS,
  MENTIONS,
  DATES,
  CASUALTIES,
  PROPOSALS,
  QUOTES,
  toTable,
} from '../../transforms/schema/index.ts';
import type { Codebook } from '../../transforms/codebook/Codebook.ts';
import type { Extraction } from '../../transforms/Extraction.ts';
import { framing } from '../../transforms/framing/index.ts';
import { outletsSheets, MAX_OUTLETS_SHEETS } from '../../sheets/outletsSheets.ts';
import { outletsSheetNames } from '../../sheets/outlets/outletsSheetNames.ts';
import { writeWorkbookFile } from '../../sheets/writeWorkbook.ts';

const ref = { file: 'codebook.xlsx', sheet: 's', row: 2 };
const codebook: Codebook = {
  file: 'codebook.xlsx',
  actors: [],
  casualtyTerms: [],
  proposalCues: [],
  outlets: [],
  frames: [
    { frame: 'Military', cues: ['strike*'], ref },
    { frame: 'Diplomacy', cues: ['talks'], ref },
  ],
  labels: [{ term: 'strongman', connotation: 'negative', ref }],
};
const text1 = 'Kerry seeks talks\n\nKerry flew to Moscow for talks with Putin on Thursday. Air strikes continued.';
const text2 =
  'Talks in Moscow\n\nKerry flew to Moscow for talks with Putin on Thursday. The Syrian strongman Assad said nothing.';
const extraction: Extraction = {
  articles: toTable(ARTICLES, [
    {
      article_id: 'a1',
      outlet: 'Ahram Online',
      event_id: 'kerry-moscow-2016-07',
      text: text1,
      headline: 'Kerry seeks talks',
      words: 14,
    },
    {
      article_id: 'b1',
      outlet: 'The New Arab',
      event_id: 'kerry-moscow-2016-07',
      text: text2,
      headline: 'Talks in Moscow',
      words: 17,
    },
    {
      article_id: 'c1',
      outlet: 'Expatica',
      event_id: 'a-very-long-event-label-that-goes-on',
      text: 'Alone\n\nNothing else.',
      headline: 'Alone',
      words: 3,
    },
  ]),
  sentences: toTable(SENTENCES, [
    { sentence_id: 'a1:s0', article_id: 'a1', paragraph: 0, index: 0, text: 'Kerry seeks talks' },
    {
      sentence_id: 'a1:s1',
      article_id: 'a1',
      paragraph: 1,
      index: 1,
      text: 'Kerry flew to Moscow for talks with Putin on Thursday.',
    },
    { sentence_id: 'a1:s2', article_id: 'a1', paragraph: 1, index: 2, text: 'Air strikes continued.' },
    { sentence_id: 'b1:s0', article_id: 'b1', paragraph: 0, index: 0, text: 'Talks in Moscow' },
    {
      sentence_id: 'b1:s1',
      article_id: 'b1',
      paragraph: 1,
      index: 1,
      text: 'Kerry flew to Moscow for talks with Putin on Thursday.',
    },
    {
      sentence_id: 'b1:s2',
      article_id: 'b1',
      paragraph: 1,
      index: 2,
      text: 'The Syrian strongman Assad said nothing.',
    },
    { sentence_id: 'c1:s0', article_id: 'c1', paragraph: 0, index: 0, text: 'Alone' },
  ]),
  actors: toTable(ACTORS, [
    { actor_id: 'john-kerry', name: 'John Kerry' },
    { actor_id: 'bashar-al-assad', name: 'Bashar al-Assad' },
  ]),
  mentions: toTable(MENTIONS, [
    { article_id: 'a1', sentence_id: 'a1:s0', actor_id: 'john-kerry', in_headline: true, descriptor: '' },
    { article_id: 'b1', sentence_id: 'b1:s1', actor_id: 'john-kerry', in_headline: false, descriptor: '' },
    {
      article_id: 'b1',
      sentence_id: 'b1:s2',
      actor_id: 'bashar-al-assad',
      in_headline: false,
      descriptor: 'Syrian strongman',
    },
  ]),
  candidates: aq.table({ name: [], type: [], count: [] }),
  dates: toTable(DATES, []),
  casualties: toTable(CASUALTIES, [
    { article_id: 'b1', start: 1, figure: 84, kind: 'killed', qualifier: 'at least', source: '' },
  ]),
  proposals: toTable(PROPOSALS, [
    {
      article_id: 'a1',
      start: 1,
      proposal_key: 'joint-command-centre-jordan',
      summary: 'joint command centre in Jordan',
      status: 'leaked',
      cue: 'proposal',
    },
  ]),
  quotes: toTable(QUOTES, []),
};
const sheets = outletsSheets(extraction, framing(extraction, codebook), codebook);

test('one sheet per event, with a valid unique name', () => {
  assert.equal(
    sheets.map((s) => s.name),
    ['Outlets a-very-long-event-label', 'Outlets kerry-moscow-2016-07'],
  );
  assert.equal(outletsSheetNames(['x/y', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2']), [
    'Outlets x-y',
    'Outlets aaaaaaaaaaaaaaaaaaaaaaa',
    'Outlets aaaaaaaaaaaaaaaaaaa (2)',
  ]);
});

test('outlets are the columns and every section is there', () => {
  const s = sheets[1];
  assert.equal(
    s.blocks.map((b) => b.title),
    [
      'Coverage',
      'Salience',
      'First named',
      'Voices',
      'Labels',
      'Frames',
      'Distinctive terms',
      'Casualty figures',
      'Largest casualty figure by kind',
      'Proposals',
      'Text reuse',
      'Sentences',
      'Omissions',
    ],
  );
  for (const b of s.blocks)
    assert.equal(
      b.columns.slice(1).map((c) => c.header),
      ['Ahram Online', 'The New Arab'],
      b.title,
    );
});

test('cells say how each outlet told it', () => {
  const block = (title: string) => sheets[1].blocks.find((b) => b.title === title)!;
  assert.equal(block('Salience').rows, [
    { label: 'John Kerry', o0: 1, o1: 0.5 },
    { label: 'Bashar al-Assad', o0: null, o1: 0.5 },
  ]);
  assert.equal(block('Salience').heat, { columns: ['o0', 'o1'], min: 0 });
  assert.equal(block('First named').rows[0], { label: 'John Kerry', o0: 'headline', o1: 'lead' });
  assert.equal(block('Labels').rows, [{ label: 'Bashar al-Assad', o0: null, o1: 'Syrian strongman (negative)' }]);
  assert.equal(block('Casualty figures').rows, [{ label: '84 killed', o0: null, o1: 'at least' }]);
  assert.equal(block('Largest casualty figure by kind').rows, [{ label: 'killed', o0: null, o1: 84 }]);
  // Native charts beside the blocks: salience, voices, frames and the largest figures, each a block's outlet columns.
  assert.equal(
    sheets[1].charts!.map((c) => [sheets[1].blocks[c.block].title, c.series]),
    [
      ['Salience', ['o0', 'o1']],
      ['Frames', ['o0', 'o1']],
      ['Largest casualty figure by kind', ['o0', 'o1']],
    ],
  );
  assert.equal([sheets[1].freeze, sheets[1].print], [true, { orientation: 'landscape', pagesWide: 1, pagesTall: 2 }]);
  assert.equal(block('Proposals').rows, [
    { label: 'joint command centre in Jordan', o0: 'leaked ("proposal")', o1: null },
  ]);
  assert.equal(
    block('Omissions').rows.map((r) => [r.label, r.o0, r.o1]),
    [
      ['actor: Bashar al-Assad', 'LEFT OUT', 'reported'],
      ['figure: 84 killed', 'LEFT OUT', 'reported'],
      ['proposal: joint command centre in Jordan', 'reported', 'LEFT OUT'],
    ],
  );
  const reuse = block('Text reuse').rows;
  assert.is(reuse.length, 2);
  assert.ok((reuse[0].o1 as number) > 0 && reuse[0].o0 === null);
});

test('the sheets render into a workbook that reads back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'outlets-'));
  try {
    const file = await writeWorkbookFile(join(dir, 'outlets.xlsx'), { sheets });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Outlets kerry-moscow-2016-07')!;
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') texts.push(c.value);
      }),
    );
    for (const title of [
      'Salience',
      'Voices',
      'Labels',
      'Frames',
      'Casualty figures',
      'Proposals',
      'Text reuse',
      'Omissions',
    ])
      assert.ok(texts.includes(title), title);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corpus of more events than the workbook has room for gets Outlets sheets for its largest events', () => {
  // Sixty one-article events, then one event of two articles: the sheets go to the two-article
  // event and 49 of the others.
  const many = [
    ...Array.from({ length: 60 }, (_, i) => ({ article_id: `x${i}`, outlet: 'Expatica', event_id: `e${i}` })),
    { article_id: 'y1', outlet: 'Expatica', event_id: 'big' },
    { article_id: 'y2', outlet: 'The New Arab', event_id: 'big' },
  ].map((a) => ({ ...a, text: 'Alone\n\nNothing else.', headline: 'Alone', words: 3 }));
  const wide: Extraction = {
    ...extraction,
    articles: toTable(ARTICLES, many),
    sentences: toTable(SENTENCES, []),
    mentions: toTable(MENTIONS, []),
    casualties: toTable(CASUALTIES, []),
    proposals: toTable(PROPOSALS, []),
  };
  const names = outletsSheets(wide, framing(wide, codebook), codebook).map((s) => s.name);
  assert.is(names.length, MAX_OUTLETS_SHEETS);
  assert.ok(names.includes('Outlets big'));
  assert.is(names.filter((n) => /^Outlets e\d+$/.test(n)).length, MAX_OUTLETS_SHEETS - 1);
});

test.run();
