// The review reader on a small workbook: decisions and additions read by header name, with the
// row's id, span and editable values; the same decisions from the file re-saved by LibreOffice
// (skipped, and said so, without soffice); a decision the sheet does not offer names its cell.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../sheets/writeWorkbook.ts';
import { readReview } from '../../readers/readReview.ts';
import { smallSpec, tempDir } from '../sheets/fixtures/smallWorkbook.ts';

const soffice = ['soffice', 'libreoffice']
  .flatMap((cmd) =>
    (process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, cmd)),
  )
  .find((path) => existsSync(path));

async function reviewed(decision = 'drop'): Promise<string> {
  const dir = tempDir('review');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await writeWorkbook(dir, await smallSpec(dir)));
  // Cells found by their column's header, as the reader finds them.
  const cell = (sheet: string, header: string, row: number) => {
    const ws = wb.getWorksheet(sheet)!;
    const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    return ws.getCell(row, headers.indexOf(header));
  };
  cell('Mentions', 'review', 3).value = decision;
  cell('Casualties', 'figure', 2).value = 290000;
  cell('Casualties', 'review', 2).value = 'fix';
  cell('Candidates', 'add as', 2).value = 'John Kerry';
  const file = join(dir, 'review.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const EXPECTED_RECORDS = [
  {
    table: 'mentions',
    record_id: 'wire-kerry-moscow:m1',
    start: 77,
    end: 87,
    decision: 'drop',
    values: { surface: 'John Kerry', actor_id: 'john-kerry', descriptor: 'US Secretary of State' },
    row: 3,
  },
  {
    table: 'casualties',
    record_id: 'wire-kerry-moscow:c0',
    start: 167,
    end: 207,
    decision: 'fix',
    values: { figure: '290000', qualifier: 'at least', kind: 'killed', victims: 'people', location: '', source: '' },
    row: 2,
  },
];

const summary = async (file: string) => {
  const review = await readReview(file);
  return {
    records: (review.records.objects() as Record<string, unknown>[]).map((r) => ({
      table: r.table,
      record_id: r.record_id,
      start: r.start,
      end: r.end,
      decision: r.decision,
      values: JSON.parse(String(r.values)),
      row: r.row,
    })),
    additions: (review.additions.objects() as Record<string, unknown>[]).map((a) => [a.name, a.add_as, a.row]),
  };
};

test('decisions and additions are read with their ids, spans and editable values', async () => {
  const got = await summary(await reviewed());
  assert.equal(got.records, EXPECTED_RECORDS);
  assert.equal(got.additions, [['Jordan', 'John Kerry', 2]]);
});

const check = soffice ? test : test.skip;
if (!soffice) console.log('skipped: soffice not installed (Debian: libreoffice-calc-nogui)');

check('a workbook re-saved by LibreOffice gives the same decisions', async () => {
  const file = await reviewed();
  const out = join(tempDir('review-lo'), 'lo');
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(tempDir('review-profile')).href}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const got = await summary(join(out, 'review.xlsx'));
  assert.equal(got.records, EXPECTED_RECORDS);
  assert.equal(got.additions, [['Jordan', 'John Kerry', 2]]);
});

test('a decision the sheet does not offer is an error naming its cell', async () => {
  try {
    await readReview(await reviewed('delete'));
    assert.unreachable('no error');
  } catch (e) {
    assert.match(
      (e as Error).message,
      /sheet Mentions, row 3, column review: "delete" is not a decision \(allowed: keep, drop, fix\)/,
    );
  }
});

test.run();
