// --watch: a change to a corpus file starts a run; Excel's lock file and the output folder do not.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ignoredChange, watchInputs } from '../../readers/watchInputs.ts';

test('Excel lock files and hidden files are no change; articles and workbooks are', () => {
  assert.ok(ignoredChange('/corpus/~$manifest.xlsx'));
  assert.ok(ignoredChange('/corpus/.DS_Store'));
  assert.not.ok(ignoredChange('/corpus/manifest.xlsx'));
  assert.not.ok(ignoredChange('/corpus/101_ahram_kerry.txt'));
});

test('a new article starts one run; a lock file and a file in the output folder start none', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-watch-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  const runs: string[] = [];
  const changed: string[] = [];
  let ran = () => {};
  const stop = await watchInputs(
    [dir],
    [out],
    async () => {
      runs.push('run');
      ran();
    },
    (line) => {
      if (line.startsWith('framebook: changed: ')) changed.push(line.slice('framebook: changed: '.length));
    },
  );
  try {
    writeFileSync(join(dir, '~$manifest.xlsx'), 'lock');
    writeFileSync(join(out, 'articles.csv'), 'a');
    const next = new Promise<void>((r) => (ran = r));
    writeFileSync(join(dir, '200_new.txt'), 'A new article.');
    await next;
    assert.equal(runs, ['run']);
    assert.equal(changed, [join(dir, '200_new.txt')]);
  } finally {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
