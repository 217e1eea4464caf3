// End to end: the main notebook on the sample corpus, run as a user runs it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTION_TABLES, COMPARISON_TABLES } from '../../transforms/schema/index.ts';
import { notebook, sampleRun } from './sampleRun.ts';

const scratch = mkdtempSync(join(tmpdir(), 'framebook-e2e-'));

// The shared sample run, and a second run with the default flags (corpus/ and its manifest).
const sample = sampleRun();
const first = sample.out,
  second = join(scratch, 'second');
const runs = [sample, notebook('--out', second)];

test('the notebook runs on the sample corpus and writes every table, the workbook and the charts', () => {
  for (const r of runs) assert.is(r.status, 0, r.stderr);
  for (const s of [...EXTRACTION_TABLES, ...COMPARISON_TABLES])
    assert.ok(existsSync(join(first, 'tables', `${s.name}.csv`)), `${s.name}.csv`);
  assert.ok(existsSync(join(first, 'framebook.xlsx')));
  for (const ext of ['vl.json', 'svg', 'png'])
    assert.ok(
      existsSync(join(first, 'charts', `actor-salience.${ext}`)) ||
        readdirSync(join(first, 'charts')).some((f) => f.startsWith('actor-salience') && f.endsWith(ext)),
      `actor-salience .${ext}`,
    );
  assert.ok(existsSync(join(first, 'report.html')));
});

test('every CSV starts with its contract header, in order', () => {
  for (const s of [...EXTRACTION_TABLES, ...COMPARISON_TABLES]) {
    const header = readFileSync(join(first, 'tables', `${s.name}.csv`), 'utf8')
      .split('\n')[0]
      .split(',');
    assert.equal(header.slice(0, s.names.length), s.names, s.name);
  }
});

test('two runs on the same input give byte-identical tables, workbook and PNGs', () => {
  const files = [
    ...readdirSync(join(first, 'tables')).map((f) => join('tables', f)),
    'framebook.xlsx',
    ...readdirSync(join(first, 'charts')).map((f) => join('charts', f)),
    'report.html',
  ];
  for (const f of files)
    assert.ok(readFileSync(join(first, f)).equals(readFileSync(join(second, f))), `${f} differs between runs`);
});

test('unusable input stops the run with one line naming the file, and exit status 1', () => {
  const bad = join(scratch, 'bad-manifest.csv');
  writeFileSync(bad, 'outlet,published\nAFP,2016-07-14\n');
  const r = notebook('--manifest', bad, '--out', join(scratch, 'bad'));
  assert.is(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.match(lines[lines.length - 1], /^framebook: .*bad-manifest\.csv.*file/);
  assert.not.match(r.stderr, /\bat .*\.ts:\d+/, 'no stack trace');

  const missing = notebook('--corpus', join(scratch, 'no-such-folder'));
  assert.is(missing.status, 1);
  assert.match(missing.stderr, /framebook: .*no-such-folder: no such corpus folder/);
});

test.after(() => rmSync(scratch, { recursive: true, force: true }));
test.run();
