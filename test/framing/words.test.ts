import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { words, WORD } from '../../transforms/framing/words.ts';

test('words: lower-cased runs of letters and digits', () => {
  assert.equal(words("Assad's 280,000 troops"), ['assad', 's', '280', '000', 'troops']);
  assert.equal(words(''), []);
  assert.equal(words(' -- , '), []);
});

test('the scanner finds the runs the pattern defines, in any script', () => {
  const texts = [
    'BEIRUT \u2014 Erdoğan, Şoygu and Zeid Ra\u2019ad Al Hussein met in İstanbul; ΣΟΦΙΑ said \u0661\u0662 died.',
    'Math \ud835\udc00\ud835\udc01 and emoji \ud83d\ude00 and a lone \ud800 surrogate; ﬁnal straße K\u212a.',
    'U.N.-brokered truce (2200 GMT) \u00ablarge-scale\u00bb aid\u00a0convoys\u2028next',
  ];
  for (const text of texts) assert.equal(words(text), text.toLowerCase().match(WORD) ?? [], text);
});

test.run();
