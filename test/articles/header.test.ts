// Header detection on the sample corpus, from the text alone (no manifest), against the gold's
// text-only values; and on header layouts of other outlets.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../readers/readCorpus.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { article } from '../../transforms/articles/index.ts';
import type { Outlet } from '../../transforms/codebook/Codebook.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLD = join(ROOT, 'test', 'gold');
const codebook = await readCodebook(join(ROOT, 'sheets', 'codebook.xlsx'));
const corpus = await readCorpus(join(ROOT, 'corpus'));

for (const file of corpus) {
  test(`sample ${file.article_id}: outlet, wire, date and headline as the text shows them`, () => {
    const gold = JSON.parse(readFileSync(join(GOLD, `${file.article_id}.json`), 'utf8'));
    const a = article(file, undefined, codebook);
    assert.is(a.outlet, gold.outlet_text ?? '', 'outlet');
    assert.is(a.wire, gold.wire ?? '', 'wire');
    assert.is(a.published, gold.published_text, 'published');
    assert.is(a.published_source, gold.published_text ? 'text' : 'unknown');
    assert.is(a.headline, gold.headline, 'headline');
    assert.ok(a.text!.startsWith(`${gold.headline}\n\n`));
  });
}

const outlet = (name: string, aliases: string[] = [], kind = 'independent'): Outlet => ({
  outlet: name,
  country: '',
  kind,
  colour: '',
  aliases,
  ref: { file: 'test', sheet: 'outlets', row: 2 },
});
const cb = {
  actors: codebook.actors,
  outlets: [outlet('Daily Sabah'), outlet('Middle East Eye', ['MEE']), outlet('Reuters', [], 'wire')],
};
const read = (content: string) => article({ article_id: 'x', file: 'x.txt', format: 'txt', content }, undefined, cb);
const BODY =
  'Russian and Turkish officials met in Ankara on Monday to discuss a ceasefire in northern Syria, the foreign ministry said in a statement.';

const HEADERS: {
  name: string;
  text: string;
  outlet: string;
  wire: string;
  published: string | null;
  headline: string;
}[] = [
  {
    name: 'codebook outlet line, Reuters body dateline',
    text: `Middle East Eye\n\nTurkey and Russia discuss Syria truce\n\nANKARA, Jan 9 (Reuters) - ${BODY}`,
    outlet: 'Middle East Eye',
    wire: 'Reuters',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'alias with a generic word',
    text: `MEE news\n\nTurkey and Russia discuss Syria truce\n\n${BODY}`,
    outlet: 'Middle East Eye',
    wire: '',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'unknown outlet above a headline, AP byline, US date',
    text: `The Beirut Observer\n\nTurkey and Russia discuss Syria truce\nBy Jane Doe (AP)\nJanuary 9, 2017\n\n${BODY}`,
    outlet: 'The Beirut Observer',
    wire: 'AP',
    published: '2017-01-09',
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'section label, Published line wins over Updated',
    text: `World\nTurkey and Russia discuss Syria truce\nUpdated: 10 January 2017 08:00 GMT\nPublished: Monday 9 January 2017 17:42 GMT\n\n${BODY}`,
    outlet: '',
    wire: '',
    published: '2017-01-09',
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'closing credit after the last sentence',
    text: `Turkey and Russia discuss Syria truce\n\n${BODY}\n\nThe talks will resume on Friday. (AFP)`,
    outlet: '',
    wire: 'AFP',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'source line, ISO date',
    text: `Turkey and Russia discuss Syria truce\n2017-01-09\n\n${BODY}\n\nSource: dpa`,
    outlet: '',
    wire: 'dpa',
    published: '2017-01-09',
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'story credit wins over an earlier photo credit',
    text: `Turkey and Russia discuss Syria truce\n\nA Turkish soldier near the border (Photo: Reuters)\n\nBy Staff Writer, Agence France-Presse\n\n${BODY}`,
    outlet: '',
    wire: 'AFP',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'a photo credit alone is the credit',
    text: `Turkey and Russia discuss Syria truce\n\nTurkish troops near al-Bab. (AFP/File)\n\n${BODY}`,
    outlet: '',
    wire: 'AFP',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'contribution note',
    text: `Turkey and Russia discuss Syria truce\n\n${BODY}\n\nReuters contributed to this report.`,
    outlet: '',
    wire: 'Reuters',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'outlet under the headline, above its date line',
    text: `US, Russia strike deal on Syria truce\nFrance 24\nLatest update : 2016-09-10\n\n${BODY}`,
    outlet: 'France 24',
    wire: '',
    published: '2016-09-10',
    headline: 'US, Russia strike deal on Syria truce',
  },
  {
    name: 'outlet under the headline, above its date, a dash dateline credits the wire',
    text: `Syria truce takes effect\nHürriyet Daily News\nBEIRUT \u2013 Agence France-Presse\nSeptember 12 2016\n\n${BODY}`,
    outlet: 'Hürriyet Daily News',
    wire: 'AFP',
    published: '2016-09-12',
    headline: 'Syria truce takes effect',
  },
  {
    name: 'outlet under the headline, above a byline',
    text: `Turkey and Russia discuss Syria truce\nThe Beirut Observer\nBy Jane Doe\n\n${BODY}`,
    outlet: 'The Beirut Observer',
    wire: '',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'an author under the headline is no outlet',
    text: `Turkey and Russia discuss Syria truce\nPavel Sergeyev\nMarch 25, 2016\n\n${BODY}`,
    outlet: '',
    wire: '',
    published: '2016-03-25',
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'a kicker under the headline with no date or byline after it is no outlet',
    text: `Turkey and Russia discuss Syria truce\nThe Daily Briefing\n\n${BODY}`,
    outlet: '',
    wire: '',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'dash dateline with a date: "GENEVA, Sept 9 - Reuters"',
    text: `Turkey and Russia discuss Syria truce\n\nGENEVA, Sept 9 - Reuters\n\n${BODY}`,
    outlet: '',
    wire: 'Reuters',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
  {
    name: 'wire credit line at the top is no outlet',
    text: `Reuters\n\nTurkey and Russia discuss Syria truce\n\n${BODY}`,
    outlet: '',
    wire: 'Reuters',
    published: null,
    headline: 'Turkey and Russia discuss Syria truce',
  },
];

for (const h of HEADERS) {
  test(`header: ${h.name}`, () => {
    const a = read(h.text);
    assert.equal(
      { outlet: a.outlet, wire: a.wire, published: a.published, headline: a.headline },
      { outlet: h.outlet, wire: h.wire, published: h.published, headline: h.headline },
    );
  });
}

test('the outlet line and section labels leave the text; date lines, bylines and captions stay', () => {
  const a = read(
    `Middle East Eye\nWorld\nTurkey and Russia discuss Syria truce\nBy Jane Doe (AP)\nJanuary 9, 2017\n\nA Turkish soldier (Photo: Reuters)\n\n${BODY}`,
  );
  assert.is(
    a.text,
    `Turkey and Russia discuss Syria truce\n\nBy Jane Doe (AP)\nJanuary 9, 2017\n\nA Turkish soldier (Photo: Reuters)\n\n${BODY}`,
  );
});

test('a section named after a state or a region is a label, whatever the state', () => {
  for (const label of ['Morocco', 'Libya', 'Syria', 'United States', 'Northern Africa', 'Western Asia']) {
    const a = read(`Daily Sabah\n${label}\nRescuers reach villages cut off by the quake\n\n${BODY}`);
    assert.is(a.headline, 'Rescuers reach villages cut off by the quake', label);
    assert.ok(a.text!.startsWith('Rescuers reach'), label);
  }
  // A headline that names a state is still the headline.
  assert.is(read(`Daily Sabah\nMorocco mourns its dead\n\n${BODY}`).headline, 'Morocco mourns its dead');
});

test.run();
