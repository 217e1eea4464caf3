// The words of each line as hashes: as many as removeRepeats' words, and equal exactly where the
// words are equal, on every line of the sample and dev corpora and on hard cases.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { lineTokens } from '../../transforms/articles/lineTokens.ts';
import { words } from '../../transforms/articles/removeRepeats.ts';

const lines = ['corpus', 'test/devcorpus']
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
  )
  .flatMap((text) => text.split('\n'));
lines.push(
  "Rock'n'roll, Kerry’s ‘plan’ and l'Aquila's 3'5",
  'ΟΔΟΣ ΣΑΣ — \u{1d400}\u{1d401} x\u{1d7ce}1 İstanbul',
  "don' t, 'quoted', a'1, end'",
  '',
);

test('each line has as many hashes as words, and lines of the same words the same hashes', () => {
  const { start, hashes } = lineTokens(lines);
  const byWords = new Map<string, string>();
  lines.forEach((line, i) => {
    const w = words(line);
    const h = hashes.slice(start[i], start[i + 1]).join(',');
    assert.is(start[i + 1] - start[i], w.length, JSON.stringify(line));
    const key = w.join(' ');
    if (byWords.has(key)) assert.is(h, byWords.get(key), JSON.stringify(line));
    else byWords.set(key, h);
  });
  // Words that differ hash apart (no collision among the sample's words).
  const hashOf = new Map<string, number>();
  lines.forEach((line, i) =>
    words(line).forEach((w, k) => {
      const h = hashes[start[i] + k];
      assert.is(hashOf.get(w) ?? h, h);
      hashOf.set(w, h);
    }),
  );
  assert.is(new Set(hashOf.values()).size, hashOf.size);
});

test.run();
