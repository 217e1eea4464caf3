// What is not furniture, not a credit, not a publication date.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { article } from '../../transforms/articles/index.ts';
import { isFurnitureLine } from '../../transforms/articles/isFurnitureLine.ts';
import { isTagLine } from '../../transforms/articles/isTagLine.ts';

const noCodebook = { outlets: [], actors: [] };
const read = (content: string) =>
  article({ article_id: 'x', file: 'x.txt', format: 'txt', content }, undefined, noCodebook);

const SENTENCES = [
  'Share prices in Moscow fell sharply on Thursday.',
  'Related talks in Vienna ended without agreement.',
  'Watch what happens when the ceasefire expires, one diplomat said.',
  'Advertisements for the rally appeared across Damascus.',
  'Follow-up talks are expected next week.',
  'Image of the Syrian leader hung in every office.',
  'Photo opportunities were few.',
  'Text size and tone of the statement surprised diplomats.',
];
for (const s of SENTENCES) test(`not furniture: ${s}`, () => assert.not.ok(isFurnitureLine(s)));

for (const s of [
  'KERRY IN MOSCOW TO PUSH PEACE PLAN',
  'US frustration',
  'UN',
  'Moscow, Washington',
  'AFP , Thursday 14 Jul 2016',
])
  test(`not a tag line: ${s}`, () => assert.not.ok(isTagLine(s)));

test('an all-capitals headline stays the headline', () => {
  assert.is(
    read('KERRY MEETS PUTIN\n\nUS Secretary of State John Kerry met Vladimir Putin in Moscow on Tuesday.').headline,
    'KERRY MEETS PUTIN',
  );
});

test('an agency the text only mentions is no credit', () => {
  const a = read(
    'Kerry rules out regime change\n\nKerry told the Associated Press following the meeting that Washington was not seeking regime change.\n\nAn AFP correspondent saw smoke over Aleppo, Reuters reported.',
  );
  assert.is(a.wire, '');
});

test('a date in a body sentence or a caption is not the publication date', () => {
  const a = read(
    'Kerry in Moscow\n\nA file photo taken on March 3, 2014 shows Kerry in Geneva\n\nThe war began in March 2011. On December 15, 2015, Kerry met Putin in Moscow to discuss the peace process and the fate of Assad.',
  );
  assert.is(a.published, null);
  assert.is(a.published_source, 'unknown');
});

test('a numeric date that reads both ways is left alone; one that reads one way is taken', () => {
  assert.is(
    read('Kerry in Moscow\n05/06/2016\n\nBody of the article, long enough to be a paragraph of its own.').published,
    null,
  );
  assert.is(
    read('Kerry in Moscow\n15/12/2015\n\nBody of the article, long enough to be a paragraph of its own.').published,
    '2015-12-15',
  );
});

test('a short title-case headline naming an actor is not taken for an outlet', () => {
  const cb = {
    outlets: [],
    actors: [
      {
        actor_id: 'john-kerry',
        name: 'John Kerry',
        type: 'person' as const,
        aliases: ['Kerry'],
        camp: '',
        titles: [],
        ref: { file: 't', sheet: 'actors', row: 2 },
      },
    ],
  };
  const a = article(
    {
      article_id: 'x',
      file: 'x.txt',
      format: 'txt',
      content:
        'Kerry Meets Putin\n\nTalks focus on Syria ceasefire\n\nUS Secretary of State John Kerry met Vladimir Putin in Moscow on Tuesday.',
    },
    undefined,
    cb,
  );
  assert.is(a.outlet, '');
  assert.is(a.headline, 'Kerry Meets Putin');
});

test.run();
