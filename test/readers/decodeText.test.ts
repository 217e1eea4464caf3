import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeText } from '../../readers/decodeText.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

test('Windows-1252: curly quotes, dashes, euro sign and accents', () => {
  // “café” – €5 ’
  const d = decodeText(bytes(0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x92));
  assert.is(d.encoding, 'windows-1252');
  assert.is(d.text, '\u201ccaf\u00e9\u201d \u2013 \u20ac5 \u2019');
});

test('UTF-8 stays UTF-8, with or without its BOM', () => {
  const utf8 = new TextEncoder().encode('caf\u00e9 \u201cquoted\u201d');
  assert.equal(decodeText(utf8), { text: 'caf\u00e9 \u201cquoted\u201d', encoding: 'utf-8' });
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), {
    text: 'caf\u00e9 \u201cquoted\u201d',
    encoding: 'utf-8',
  });
});

test('UTF-16 without a BOM is recognised by its NUL bytes, both byte orders', () => {
  const le = bytes(0x4b, 0, 0x65, 0, 0x72, 0, 0x72, 0, 0x79, 0, 0x19, 0x20, 0x73, 0);
  const be = bytes(0, 0x4b, 0, 0x65, 0, 0x72, 0, 0x72, 0, 0x79, 0x20, 0x19, 0, 0x73);
  assert.equal(decodeText(le), { text: 'Kerry\u2019s', encoding: 'utf-16le' });
  assert.equal(decodeText(be), { text: 'Kerry\u2019s', encoding: 'utf-16be' });
});

test('an empty file is an empty text', () => {
  assert.equal(decodeText(bytes()), { text: '', encoding: 'utf-8' });
});

test.run();
