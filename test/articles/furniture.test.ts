import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { article } from '../../transforms/articles/index.ts';
import { isFurnitureLine } from '../../transforms/articles/isFurnitureLine.ts';
import { isTagLine } from '../../transforms/articles/isTagLine.ts';

const noCodebook = { outlets: [], actors: [] };
const text = (content: string) =>
  article({ article_id: 'x', file: 'x.txt', format: 'txt', content }, undefined, noCodebook).text;

const FURNITURE = [
  'Advertisement',
  'ADVERTISEMENT',
  'Share',
  'Share this article',
  'Facebook Twitter Email',
  'Short link:',
  'Short link: https://ara.tv/abc12',
  '4 min read',
  '3 minute read',
  'Text size A A A',
  'Font size: A- A+',
  'Reading time: 5 minutes',
  'Read more',
  'Read more: Kerry lands in Moscow',
  'Related Articles',
  'Click here to subscribe',
  'Follow us on Twitter @example',
  'Sign up for our daily newsletter',
  'Tags: Syria, Russia, Kerry',
  '© 2016 Example Media',
  'Story continues below advertisement',
  'Listen to this article',
];

for (const line of FURNITURE) test(`furniture: ${line}`, () => assert.ok(isFurnitureLine(line)));

for (const line of ['KERRY PUTIN RUSSIA', 'SYRIA | RUSSIA | UNITED STATES', 'Syria, Russia, Kerry, Lavrov'])
  test(`tag line: ${line}`, () => assert.ok(isTagLine(line)));

test('furniture lines, tag lists, the repeated headline and a pull quote with its attribution go', () => {
  const body1 =
    'Kerry called for stepping up cooperation between the United States and Russia to thwart extremist groups.';
  const body2 =
    '"Nowhere is there a greater hotbed and incubator for these terrorists than in Syria," Kerry said after observing a minute of silence.';
  const body3 = 'Lavrov said the talks had been useful, but gave no details of any agreement.';
  const got = text(
    [
      'Share',
      '',
      'Kerry urges cooperation with Russia',
      '',
      'Kerry urges cooperation with Russia',
      '4 min read',
      '',
      body1,
      '',
      'Advertisement',
      '',
      body2,
      '',
      'Nowhere is there a greater hotbed and incubator for these terrorists than in Syria.',
      '- John Kerry',
      '',
      body3,
      '',
      'Read more: Kerry lands in Moscow',
      '',
      'KERRY PUTIN RUSSIA',
      '',
      'Short link:',
    ].join('\n'),
  );
  assert.is(got, ['Kerry urges cooperation with Russia', body1, body2, body3].join('\n\n'));
});

test('a teaser that repeats the start of a body sentence goes', () => {
  const got = text(
    'Kerry in Moscow to push Syrian peace plan\n\nUS officials expressed frustration that Assad is trying to set his own rules\n\nKerry flew in to Moscow on Tuesday.\n\nUS officials expressed frustration that Assad is trying to set his own rules about which opponents he is prepared to talk to.',
  );
  assert.is(
    got,
    'Kerry in Moscow to push Syrian peace plan\n\nKerry flew in to Moscow on Tuesday.\n\nUS officials expressed frustration that Assad is trying to set his own rules about which opponents he is prepared to talk to.',
  );
});

test('hard-wrapped paragraphs are joined; Unicode and spaces normalised', () => {
  const got = text(
    'Talks\u00a0resume  in Geneva \r\n\r\n\r\n\r\nThe talks between the government and the opposition will resume\r\nin Geneva next week, the UN envoy said on Thursday, after a pause of\r\nseveral weeks that followed a surge in fighting around Aleppo.\u200b  \r\n',
  );
  assert.is(
    got,
    'Talks resume in Geneva\n\nThe talks between the government and the opposition will resume in Geneva next week, the UN envoy said on Thursday, after a pause of several weeks that followed a surge in fighting around Aleppo.',
  );
});

test.run();
