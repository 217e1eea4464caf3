import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { csvField, formatNumber, toCsv } from '../../writers/writeCsv.ts';

const cases: [unknown, string][] = [
  ['Kerry said', 'Kerry said'],
  ['Moscow, Russia', '"Moscow, Russia"'],
  ['"We are ready," Kerry said.', '"""We are ready,"" Kerry said."'],
  ['line one\nline two', '"line one\nline two"'],
  ['line one\r\nline two', '"line one\nline two"'],
  ['=SUM(A1)', "'=SUM(A1)"],
  ['+44 20 7946 0000', "'+44 20 7946 0000"],
  ['-- a pull quote', "'-- a pull quote"],
  ['@AFP', "'@AFP"],
  ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ['Kerry = top diplomat', 'Kerry = top diplomat'],
  [-5, '-5'],
  [280000, '280000'],
  [0.1 + 0.2, '0.3'],
  [1 / 3, '0.333333'],
  [1e-7, '0'],
  [123456789012, '123456789012'],
  [1e21, '1000000000000000000000'],
  [Number.NaN, ''],
  [null, ''],
  [undefined, ''],
  [true, 'true'],
  [false, 'false'],
  [['Moscow', 'the Kremlin'], 'Moscow; the Kremlin'],
  [new Date(Date.UTC(2016, 6, 14)), '2016-07-14'],
  ['', ''],
];

for (const [value, expected] of cases) {
  test(`cell ${JSON.stringify(value) ?? String(value)} -> ${expected}`, () => {
    assert.is(csvField(value), expected);
  });
}

test('numeric text in a number column is a number, in a text column neutralised text', () => {
  assert.is(csvField('-12', 'integer'), '-12');
  assert.is(csvField('-12', 'text'), "'-12");
});

test('negative numbers are never prefixed', () => {
  assert.is(formatNumber(-0.25), '-0.25');
  assert.is(formatNumber(-1e-9), '0');
});

test('a table: header, rows, "\\n" line ends, final newline, no BOM', () => {
  const csv = toCsv(
    [
      { name: 'outlet', values: ['AFP', 'The New Arab'] },
      { name: 'share', type: 'number', values: [0.5, 0.25] },
      { name: 'in_headline', type: 'boolean', values: [true, null] },
    ],
    2,
  );
  assert.is(csv, 'outlet,share,in_headline\nAFP,0.5,true\nThe New Arab,0.25,\n');
  assert.is.not(csv.charCodeAt(0), 0xfeff);
});

test('an empty table keeps its header', () => {
  assert.is(
    toCsv(
      [
        { name: 'event_id', values: [] },
        { name: 'outlet', values: [] },
      ],
      0,
    ),
    'event_id,outlet\n',
  );
});

test('a header that needs quoting is quoted', () => {
  assert.is(toCsv([{ name: 'a,b', values: [] }], 0), '"a,b"\n');
});

test.run();
