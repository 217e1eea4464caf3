// A page header naming a codebook outlet under another of its names gives the outlet's own name.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { readCodebook } from '../../readers/readCodebook.ts';
import { article } from '../../transforms/articles/index.ts';

const codebook = await readCodebook(join(import.meta.dirname, '..', '..', 'sheets', 'codebook.xlsx'));
const outletOf = (header: string) =>
  article(
    {
      article_id: 'x',
      file: 'x.txt',
      content: `${header}\n\nKerry and Lavrov meet in Geneva to discuss a Syria truce\n\nKerry met Lavrov on Friday to discuss the truce in Syria.`,
    } as never,
    undefined,
    codebook,
  ).outlet;

test('header variants of major outlets', () => {
  for (const [header, outlet] of [
    ['RT News', 'RT'],
    ['RT International', 'RT'],
    ['Al Jazeera English', 'Al Jazeera'],
    ['BBC News', 'BBC'],
    ['DW', 'Deutsche Welle'],
    ['VOA News', 'Voice of America'],
    ['The Guardian', 'The Guardian'],
    ['Sputnik International', 'Sputnik'],
    ['TASS', 'TASS'],
    ['Daily Sabah', 'Daily Sabah'],
    ['France24', 'France 24'],
  ]) {
    assert.is(outletOf(header), outlet, header);
  }
});

test('a headline that names an outlet in a sentence is no header', () => {
  assert.is.not(outletOf('RT says Kerry and Lavrov will meet in Geneva on Friday to talk'), 'RT');
});

test.run();
