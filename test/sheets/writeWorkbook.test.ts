import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeWorkbook } from '../../sheets/writeWorkbook.ts';
import { dumpWorkbook } from './fixtures/dumpWorkbook.ts';
import { goldenJson } from './fixtures/goldenJson.ts';
import { smallSpec, tempDir } from './fixtures/smallWorkbook.ts';

test("the small run's workbook matches its golden dump (test/golden/workbook/small.json)", async () => {
  const dir = tempDir('golden');
  const file = await writeWorkbook(dir, await smallSpec(dir));
  assert.is(file, join(dir, 'framebook.xlsx'));
  const { ok, message } = goldenJson('workbook/small', await dumpWorkbook(file));
  assert.ok(ok, message);
});

test('the same spec written twice gives the same bytes', async () => {
  const one = tempDir('det1');
  const two = tempDir('det2');
  const a = await readFile(await writeWorkbook(one, await smallSpec(one)));
  const b = await readFile(await writeWorkbook(two, await smallSpec(two)));
  assert.ok(a.equals(b), 'bytes differ');
});

test('no stray temporary file is left beside the workbook', async () => {
  const dir = tempDir('tmpname');
  await writeWorkbook(dir, await smallSpec(dir));
  const { readdirSync } = await import('node:fs');
  assert.equal(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('chart images are two-cell anchors (tl and br) without editAs', async () => {
  const dir = tempDir('anchor');
  const zip = await JSZip.loadAsync(await readFile(await writeWorkbook(dir, await smallSpec(dir))));
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  assert.not.match(drawing, 'editAs');
  assert.not.match(drawing, 'oneCellAnchor');
  assert.is(drawing.match(/<xdr:twoCellAnchor>/g)?.length, 1);
  assert.match(drawing, /<xdr:from><xdr:col>0<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>2<\/xdr:row>/);
  // 960 x 540 px from row 3: 15 columns of 64 px, 27 rows of 20 px.
  assert.match(
    drawing,
    /<xdr:to><xdr:col>15<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>29<\/xdr:row><xdr:rowOff>0<\/xdr:rowOff><\/xdr:to>/,
  );
});

test('zip entries carry a fixed date and [Content_Types].xml comes first', async () => {
  const dir = tempDir('zip');
  const zip = await JSZip.loadAsync(await readFile(await writeWorkbook(dir, await smallSpec(dir))));
  const names = Object.keys(zip.files);
  assert.is(names[0], '[Content_Types].xml');
  assert.equal(names.slice(1), [...names.slice(1)].sort());
  for (const name of names) assert.is(zip.files[name].date.toISOString(), '1980-01-01T00:00:00.000Z', name);
});

test.run();
