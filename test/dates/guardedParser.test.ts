// chrono's parsers guarded by their cues (transforms/dates/guardedParser.ts, chronoCues.ts) find
// what they find unguarded, on every sentence of the sample, the dev corpus and the real-news dev
// set, and on sentences made to hold each cue ("last night", "the 3rd of Sept. 2016").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as chrono from 'chrono-node';
import { readCorpus } from '../../readers/readCorpus.ts';
import { readManifest } from '../../readers/readManifest.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { withWorld } from '../../transforms/codebook/withWorld.ts';
import { articlesAndEvents, sentencesOf } from '../../transforms/pipeline/index.ts';
import { guardedParser } from '../../transforms/dates/guardedParser.ts';
import { CHRONO_CUES } from '../../transforms/dates/chronoCues.ts';

const root = new URL('../../', import.meta.url).pathname;
const codebook = withWorld(await readCodebook(`${root}sheets/codebook.xlsx`, { warnings: [] }));
const reference = new Date(Date.UTC(2016, 1, 12, 12));
const guarded = chrono.casual.parsers.filter((p) => CHRONO_CUES[(p as object).constructor.name]);

/** What a chrono of this one parser finds in a text: spans and dates. */
function found(parser: chrono.Parser, text: string): string[] {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  return alone.parse(text, reference).map((r) => `${r.index} ${r.text} ${r.start.date().toISOString()}`);
}

function sameFound(texts: string[]): number {
  let n = 0;
  for (const p of guarded) {
    const cues = CHRONO_CUES[(p as object).constructor.name];
    for (const text of texts) {
      const open = found(p, text);
      assert.equal(found(guardedParser(p, cues), text), open, text);
      n += open.length;
    }
  }
  return n;
}

test('every parser listed is guarded', () => {
  assert.equal(guarded.length, Object.keys(CHRONO_CUES).length);
});

test('sentences made to hold the cues', () => {
  const made = [
    'Talks resumed last night and will continue tomorrow, officials said on Tuesday.',
    'The truce began on the 3rd of Sept. 2016 and ended 12 December.',
    'TONIGHT the council meets; the vote of 1st March was delayed till 2 MAY.',
    'No date here at all, only a market summary.',
    'Three days ago the envoy said the vote would come two weeks later, by the end of the month.',
    'On Saturday morning, a week before the deadline, Mon. 4 Jan. and the weekend of Sept 9 were named.',
  ];
  assert.ok(sameFound(made) >= 5);
});

for (const dir of ['corpus', 'test/devcorpus', 'test/realnews/dev']) {
  test(`every sentence of ${dir}`, async () => {
    const files = await readCorpus(`${root}${dir}`);
    const manifest = await readManifest(`${root}${dir}/manifest.csv`);
    const { articles } = articlesAndEvents({ files, manifest, codebook });
    const texts = sentencesOf({ articles }).sentences.array('text') as string[];
    assert.ok(texts.length > 40);
    assert.ok(sameFound(Array.from(texts)) > 0);
  });
}

test.run();
