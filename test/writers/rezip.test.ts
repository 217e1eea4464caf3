// Office packages re-zipped: the same bytes for the same entries, [Content_Types].xml first, text
// deflated, and images that are compressed already stored as they are (deflating them again in
// JavaScript cost most of a deck's time).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import JSZip from 'jszip';
import { rezip } from '../../writers/rezip.ts';

/** Each local entry's name and compression method (0 stored, 8 deflated), in file order. */
function entries(zip: Uint8Array): { name: string; method: number }[] {
  const b = Buffer.from(zip);
  const out: { name: string; method: number }[] = [];
  for (let at = 0; b.readUInt32LE(at) === 0x04034b50;) {
    const method = b.readUInt16LE(at + 8);
    const size = b.readUInt32LE(at + 18);
    const nameLength = b.readUInt16LE(at + 26);
    const extra = b.readUInt16LE(at + 28);
    out.push({ name: b.toString('utf8', at + 30, at + 30 + nameLength), method });
    at += 30 + nameLength + extra + size;
  }
  return out;
}

const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
const files = new Map<string, Uint8Array | string>([
  ['ppt/media/image-1-1.png', png],
  ['ppt/slides/slide1.xml', '<p:sld>'.repeat(500)],
  ['[Content_Types].xml', '<Types/>'],
]);

test('images stored, XML deflated, [Content_Types].xml first', async () => {
  assert.equal(entries(await rezip(files)), [
    { name: '[Content_Types].xml', method: 8 },
    { name: 'ppt/media/image-1-1.png', method: 0 },
    { name: 'ppt/slides/slide1.xml', method: 8 },
  ]);
});

test('every entry reads back as it went in; the same bytes twice', async () => {
  const a = await rezip(files);
  const zip = await JSZip.loadAsync(a);
  assert.equal(await zip.file('ppt/media/image-1-1.png')!.async('uint8array'), png);
  assert.is(await zip.file('ppt/slides/slide1.xml')!.async('string'), files.get('ppt/slides/slide1.xml'));
  assert.ok(Buffer.from(a).equals(Buffer.from(await rezip(files))));
});

test.run();
