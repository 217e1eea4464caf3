// An independent reader: LibreOffice opens the workbook, prints it to PDF, and exports every
// sheet to CSV; the table sheets must hold what the CSV writer wrote. Registered with test.skip
// (counted on uvu's Skipped line, and said so) where LibreOffice is not installed (Debian:
// libreoffice-calc-nogui).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { writeTables } from '../../writers/writeTables.ts';
import { writeWorkbook } from '../../sheets/writeWorkbook.ts';
import { smallComparison, smallExtraction } from './fixtures/smallRun.ts';
import { smallSpec, tempDir } from './fixtures/smallWorkbook.ts';

const soffice = ['soffice', 'libreoffice']
  .flatMap((cmd) =>
    (process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, cmd)),
  )
  .find((path) => existsSync(path));

const SHEET_OF: Record<string, string> = {
  articles: 'Articles',
  sentences: 'Sentences',
  mentions: 'Mentions',
  dates: 'Dates',
  casualties: 'Casualties',
  quotes: 'Quotes',
  framing_salience: 'Salience',
  framing_frames: 'Frames',
  distinctive_terms: 'Distinctive terms',
  reuse: 'Reuse',
  candidates: 'Candidates',
};

const check = soffice ? test : test.skip;
if (!soffice) console.log('skipped: soffice not installed (Debian: libreoffice-calc-nogui)');

function convert(file: string, filter: string, outDir: string, profile: string): void {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

check('LibreOffice opens the workbook, prints it to PDF and reads the same rows as the CSV files', async () => {
  const dir = tempDir('soffice');
  const profile = tempDir('soffice-profile');
  const tables = await writeTables(dir, smallExtraction(), smallComparison());
  const workbook = await writeWorkbook(dir, await smallSpec(dir));

  convert(workbook, 'pdf', join(dir, 'pdf'), profile);
  const pdf = join(dir, 'pdf', 'framebook.pdf');
  assert.ok(existsSync(pdf) && statSync(pdf).size > 1000, 'no PDF');
  assert.is(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');

  // Every sheet to its own CSV (sheet -1), UTF-8 (76), comma-separated, quoted text.
  convert(
    workbook,
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    join(dir, 'lo'),
    profile,
  );
  for (const [table, sheet] of Object.entries(SHEET_OF)) {
    const ours = parse(
      readFileSync(
        tables.find((p) => p.endsWith(`/${table}.csv`))!,
        'utf8',
      ),
    ) as string[][];
    const theirs = parse(readFileSync(join(dir, 'lo', `framebook-${sheet}.csv`), 'utf8'), {
      relax_column_count: true,
    }) as string[][];
    const width = ours[0].length;
    const norm = (row: string[]) =>
      row
        .slice(0, width)
        .map((v) => (v === 'TRUE' ? 'true' : v === 'FALSE' ? 'false' : v.replace(/^'(?=[=+\-@])/, '')));
    // Shares are formatted as percentages, which LibreOffice's CSV export always shows as such:
    // "33%" stands for 0.3333 when the two agree to the shown precision.
    const shown = (row: string[], r: number) =>
      norm(row).map((v, c) => {
        const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(v);
        const exact = ours[r]?.[c];
        return pct &&
          exact !== undefined &&
          Math.abs(Number(exact) * 100 - Number(pct[1])) <= 0.05 + 0.5 * 10 ** -(pct[1].split('.')[1]?.length ?? 0) * 2
          ? exact
          : v;
      });
    assert.equal(theirs.map(shown), ours.map(norm), sheet);
  }
});

test.run();
