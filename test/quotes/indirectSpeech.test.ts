import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { indirectSpeech } from '../../transforms/quotes/parsers/indirectSpeech.ts';

const reported = (s: string) =>
  indirectSpeech(s, 0, s.length).map((r) => [
    r.verb,
    s.slice(r.start, r.end),
    s.slice(r.subjectStart, r.subjectEnd).trim(),
  ]);

test('subject, speech verb, reported clause', () => {
  assert.equal(
    reported('Speaking to NBC News in Damascus, Assad insisted Putin and Lavrov had never raised the issue.'),
    [['insisted', 'Putin and Lavrov had never raised the issue', 'Speaking to NBC News in Damascus, Assad']],
  );
  assert.equal(reported('But the Kremlin said on Friday a US proposal had not been addressed.'), [
    ['said', 'a US proposal had not been addressed', 'But the Kremlin'],
  ]);
  assert.equal(reported('Kerry said that he hoped to address the crises.'), [
    ['said', 'he hoped to address the crises', 'Kerry'],
  ]);
  assert.equal(reported('Lavrov told reporters in Geneva that a deal was close.'), [
    ['told', 'a deal was close', 'Lavrov'],
  ]);
});

test('clause first, attribution last', () => {
  assert.equal(
    reported('Air strikes killed at least 12 civilians on Thursday, the Syrian Observatory for Human Rights said.'),
    [['said', 'Air strikes killed at least 12 civilians on Thursday', 'the Syrian Observatory for Human Rights']],
  );
});

test.run();
