// Every date names the parser that found it: ours by name, chrono's own after its class, a date
// merged from two results after the first (dates/parserTag.ts). Sentences from the sample corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { datesIn } from './parse.ts';

const PUBLISHED = '2016-03-24';
const found = (sentence: string) => datesIn(sentence, PUBLISHED).map((d) => `${d.surface}=${d.parser}`);

const cases: [string, string[]][] = [
  [
    'Efforts to bring an end to the war have taken on greater urgency since the emergence of the Islamic State group, ' +
      'which seized control of large parts of Syria and neighbouring Iraq in mid-2014.',
    ['mid-2014=partOfYearParser'],
  ],
  [
    'Secretary of State John Kerry met Russian President Vladimir Putin at the Kremlin on Thursday for talks on ending ' +
      "Syria's five-year civil war, seeking to build on a partial truce that has largely held since late February.",
    ['on Thursday=chrono/ENWeekdayParser', 'late February=partOfMonthParser'],
  ],
  [
    'After spending last week at climate talks outside the French capital, Kerry arrived early Tuesday in Moscow.',
    ['last week=chrono/ENRelativeDateFormatParser', 'Tuesday=chrono/ENWeekdayParser'],
  ],
  ["Syria's conflict began in 2011 with the repression of anti-government demonstrations.", ['in 2011=yearParser']],
  ['The talks resumed on Friday, March 4, 2016 in Geneva.', ['on Friday, March 4, 2016=chrono/ENWeekdayParser']],
];
for (const [sentence, want] of cases)
  test(`parser: ${sentence.slice(0, 50)}`, () => assert.equal(found(sentence), want));

test('no date is left without a parser name', () => {
  const all = cases.flatMap(([s]) => datesIn(s, PUBLISHED));
  assert.ok(all.length > 0);
  assert.ok(
    all.every((d) => d.parser && d.parser !== 'chrono'),
    all.map((d) => d.parser).join(', '),
  );
});

test.run();
