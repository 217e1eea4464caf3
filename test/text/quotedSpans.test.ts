import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { quotedSpans } from '../../transforms/text/quotedSpans.ts';

const quoted = (text: string) => quotedSpans(text).map((q) => text.slice(q.start, q.end));

test('straight and curly double marks, whole or partial', () => {
  assert.equal(quoted('The talks "have a target date of August," de Mistura said.'), ['have a target date of August,']);
  assert.equal(quoted('“We are not there yet,” Kerry said. “There are issues.”'), [
    'We are not there yet,',
    'There are issues.',
  ]);
});

test('single marks, with apostrophes inside and a misused opening mark as the closer', () => {
  assert.equal(quoted('‘Only the Syrian people define who’s going to be the president,’ he said.'), [
    'Only the Syrian people define who’s going to be the president,',
  ]);
  assert.equal(quoted('‘Both you and I have committed to deal with Syria, ‘ Kerry said.'), [
    'Both you and I have committed to deal with Syria,',
  ]);
  assert.equal(quoted("He said 'the rebels' positions are weak' and left."), ["the rebels' positions are weak"]);
});

test('a quote a paragraph leaves open ends with the paragraph; the next opening mark is a new row', () => {
  assert.equal(quoted('He said: "We will go on.\n\n"And we will win," he added.'), [
    'We will go on.',
    'And we will win,',
  ]);
});

test('a quotation that lost its closing mark at the end of a sentence ends there; a stray mark mid-sentence does not', () => {
  assert.equal(quoted('"We are leaving today. "We will be back when it is safe."'), [
    'We are leaving today.',
    'We will be back when it is safe.',
  ]);
  assert.equal(quoted('He said "the so-called "moderate" groups were armed.'), ['moderate']);
});

test('single marks inside a double quotation are a quote within the quote', () => {
  assert.equal(quoted('"They call it a \'moderate\' opposition," Lavrov said.'), [
    "They call it a 'moderate' opposition,",
  ]);
});

test.run();
