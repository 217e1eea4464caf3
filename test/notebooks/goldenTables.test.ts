// Golden CSV for every table the notebook writes on the sample corpus (corpus/ and its manifest):
// each `tables/<name>.csv`, extraction and comparison tables alike, must equal
// test/golden/tables/<name>.csv byte for byte. On a mismatch the new table is written beside the
// golden file as `<name>-changed.csv` (git-ignored) and the case fails.
//
// Regenerate every golden file (after a deliberate output change) with one command:
//   UPDATE_GOLDEN=1 npm test
// A missing golden file fails when CI is set; elsewhere it is written and the case passes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTION_TABLES, COMPARISON_TABLES } from '../../transforms/schema/index.ts';
import { compareGolden } from '../compareGolden.ts';
import { sampleRun } from './sampleRun.ts';

const GOLDEN = join(import.meta.dirname, '..', 'golden', 'tables');
const run = sampleRun();
const tablesDir = join(run.out, 'tables');
const written = existsSync(tablesDir)
  ? readdirSync(tablesDir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
  : [];

test('the sample run wrote every contract table', () => {
  assert.is(run.status, 0, run.stderr);
  for (const s of [...EXTRACTION_TABLES, ...COMPARISON_TABLES])
    assert.ok(written.includes(`${s.name}.csv`), `${s.name}.csv`);
});

for (const file of written) {
  test(`tables/${file} matches test/golden/tables/${file}`, () => {
    const { ok, message } = compareGolden(join(GOLDEN, file), readFileSync(join(tablesDir, file)));
    assert.ok(ok, message);
  });
}

test('every golden table is still written by the notebook', () => {
  const golden = existsSync(GOLDEN)
    ? readdirSync(GOLDEN).filter((f) => f.endsWith('.csv') && !f.includes('-changed.'))
    : [];
  assert.equal(
    golden.filter((f) => !written.includes(f)),
    [],
    'golden files with no table (delete them)',
  );
});

test.run();
