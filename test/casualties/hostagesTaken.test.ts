import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  ['In 1996 rebels took some 500 guests hostage at the ambassador’s residence.', ['500 about detained']],
  ['The hijackers were holding 40 passengers hostage on the tarmac.', ['40 exact detained']],
  ['Gunmen stormed the hotel, seizing dozens of hostages.', ['12 exact detained']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('hostages freed are no hostages taken', () => {
  assert.equal(brief('Negotiators secured the release of the hostage after 3 weeks.'), []);
});

test.run();
