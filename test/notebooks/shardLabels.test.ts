// A split run of a corpus whose manifest labels its events: each shard names a labelled event by its
// label (shard.json carries the labels), and the merge, which builds the events table again from the
// joined articles, names them the same way.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notebook, root } from './sampleRun.ts';
import type { ShardInfo } from '../../transforms/pipeline/ShardInfo.ts';

const scratch = mkdtempSync(join(tmpdir(), 'framebook-shard-labels-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const corpus = join(scratch, 'corpus');
cpSync(join(root, 'corpus'), corpus, { recursive: true });
const lines = readFileSync(join(corpus, 'manifest.csv'), 'utf8').trim().split('\n');
const LABELS = ['Moscow talks', 'Aleppo truce'];
// The first two articles get one label, the next two the other, the last none.
writeFileSync(
  join(corpus, 'manifest.csv'),
  `${[lines[0], ...lines.slice(1).map((l, i) => (i < 4 ? l.replace(/,$/, `,${LABELS[i >> 1]}`) : l))].join('\n')}\n`,
);
const shardDirs = [1, 2].map((i) => join(scratch, `shard${i}`));
const runs = shardDirs.map((out, k) => notebook('--corpus', corpus, '--out', out, '--shard', `${k + 1}/2`, '--quiet'));
const merged = join(scratch, 'merged');
const mergeRun = notebook('--merge', ...shardDirs, '--out', merged, '--quiet');

const eventRows = (dir: string) =>
  readFileSync(join(dir, 'tables', 'events.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);

test('shards name labelled events by their labels, and the merge names them the same', () => {
  for (const r of [...runs, mergeRun]) assert.is(r.status, 0, r.stderr);
  for (const dir of shardDirs) {
    const info = JSON.parse(readFileSync(join(dir, 'shard.json'), 'utf8')) as ShardInfo;
    assert.equal(info.event_labels, [...LABELS].sort());
  }
  const rows = eventRows(merged);
  assert.equal(rows, shardDirs.flatMap(eventRows).sort());
  for (const label of LABELS) {
    const row = rows.find((r) => r.startsWith(`${label},`));
    assert.ok(row, `an event with id ${label}`);
    assert.match(row!, new RegExp(`^${label},"${label}, \\d`));
  }
});

test.run();
