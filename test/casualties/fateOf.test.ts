import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  ['The civil war has led to the death of more than 400,000 people.', ['400000 more than killed']],
  ['Protesters demanded justice for the killing of 12 demonstrators last week.', ['12 exact killed']],
  ['The prosecutor ordered the detention of nine current and former port officials.', ['9 exact detained']],
  ['The abduction of 30 schoolgirls shocked the country.', ['30 exact detained']],
  ['Families still ask about the disappearance of 43 students.', ['43 exact missing']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('a fate of things, or a count of charges, is no figure', () => {
  assert.equal(brief('The drought caused the death of 5,000 cattle.'), []);
  assert.equal(brief('He faces 7 counts of murder and three of attempted murder.'), []);
  assert.equal(brief('Police announced the arrest of a suspect after 3 days of searching.'), []);
});

test.run();
