// Places that look like people: two capitalised words before "said" are no person when they have
// the shape of a place's name ("San ...", "... Bay", "... County") or follow a preposition of place.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { speakerName } from '../../transforms/actors/parsers/speakerName.ts';
import { agedName } from '../../transforms/actors/parsers/agedName.ts';
import { wordsIn } from '../../transforms/text/words.ts';

const names = (parse: typeof speakerName, text: string) => parse(text, wordsIn(text)).map((d) => d.name);

test("a place's shape: an opener or a head of place names", () => {
  assert.equal(names(speakerName, 'San Lorenzo said it would send help.'), []);
  assert.equal(names(speakerName, 'Officials said Pine Valley County said nothing.'), []);
  assert.equal(names(speakerName, '"We are ready," said Cedar Bay.'), []);
  assert.equal(names(agedName, 'The storm hit Cedar Bay, 40, and Port Elmer, 12, again.'), []);
});

test('a name after a preposition of place is no speaker', () => {
  assert.equal(names(speakerName, 'Police in Green Harrow said seven died.'), []);
  assert.equal(names(speakerName, 'Officials at Castle Brook said the bridge fell.'), []);
});

test('people still speak: names of the same length, or after other words', () => {
  assert.equal(names(speakerName, 'Maria Lund said the bridge fell.'), ['Maria Lund']);
  assert.equal(names(speakerName, '"We are ready," said Maria Lund.'), ['Maria Lund']);
  assert.equal(names(speakerName, 'Park Min-jun said the talks were over.'), ['Park Min-jun']);
});

test.run();
