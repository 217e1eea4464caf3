// The afternoon pipeline (bench/afternoon) on the sample corpus: every contract table, with the
// contract's header, and offsets that hold in the article text.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afternoon } from '../../bench/afternoon/afternoon.ts';

const root = resolve(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'framebook-afternoon-'));
afternoon(join(root, 'corpus'), out);

// As CONTRACT.md lists them, written out here so that a change on either side shows.
const CONTRACT: Record<string, string[]> = {
  articles: [
    'article_id',
    'file',
    'outlet',
    'wire',
    'published',
    'published_source',
    'headline',
    'event_id',
    'url',
    'words',
    'text',
  ],
  actors: ['actor_id', 'name', 'type', 'aliases', 'source'],
  mentions: [
    'mention_id',
    'article_id',
    'sentence_id',
    'start',
    'end',
    'surface',
    'actor_id',
    'descriptor',
    'in_headline',
    'parser',
  ],
  dates: [
    'date_id',
    'article_id',
    'sentence_id',
    'start',
    'end',
    'surface',
    'value',
    'granularity',
    'anchor',
    'parser',
  ],
  casualties: [
    'casualty_id',
    'article_id',
    'sentence_id',
    'start',
    'end',
    'surface',
    'figure',
    'qualifier',
    'kind',
    'victims',
    'location',
    'source',
    'parser',
  ],
  proposals: [
    'proposal_id',
    'article_id',
    'sentence_id',
    'start',
    'end',
    'surface',
    'proposer',
    'addressee',
    'cue',
    'summary',
    'status',
    'proposal_key',
    'parser',
  ],
  quotes: ['quote_id', 'article_id', 'sentence_id', 'start', 'end', 'speaker', 'text', 'kind', 'verb', 'parser'],
};
const unformula = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);
const read = (name: string): Record<string, string>[] =>
  parse(readFileSync(join(out, 'tables', `${name}.csv`), 'utf8'), { columns: true, cast: (v: string) => unformula(v) });
const header = (name: string) =>
  readFileSync(join(out, 'tables', `${name}.csv`), 'utf8')
    .split('\n')[0]
    .split(',');
const texts = new Map(read('articles').map((a) => [a.article_id, a.text]));

test('every contract table is written, its header starting with the contract columns in order', () => {
  for (const [name, columns] of Object.entries(CONTRACT)) {
    assert.ok(existsSync(join(out, 'tables', `${name}.csv`)), `${name}.csv`);
    assert.equal(header(name).slice(0, columns.length), columns, name);
  }
});

test('articles come from the manifest, with the headline as the first line of the text', () => {
  const a = read('articles').find((r) => r.article_id === '000_f41203b1d4e9921f');
  assert.is(a?.outlet, 'Ahram Online');
  assert.is(a?.published, '2016-07-14');
  assert.is(a?.headline, 'Kerry to push Putin on Syria peace, IS group fight');
  assert.ok(a?.text.startsWith(`${a?.headline}\n\n`));
});

test('mention, date, casualty and proposal surfaces are the text at start..end', () => {
  for (const table of ['mentions', 'dates', 'casualties', 'proposals']) {
    const rows = read(table);
    assert.ok(rows.length > 0, `${table} has rows`);
    for (const r of rows) {
      const at = texts.get(r.article_id)?.slice(Number(r.start), Number(r.end));
      assert.is(at, r.surface, `${table} ${r.article_id}@${r.start}`);
      assert.is(r.parser, 'afternoon');
    }
  }
});

test('quote text is the text at start..end, and mentions name actors in the actors table', () => {
  for (const q of read('quotes')) assert.is(texts.get(q.article_id)?.slice(Number(q.start), Number(q.end)), q.text);
  const actors = new Set(read('actors').map((a) => a.actor_id));
  const mentions = read('mentions');
  for (const m of mentions) assert.ok(actors.has(m.actor_id), m.actor_id);
  assert.ok(mentions.some((m) => m.surface === 'John Kerry' && m.actor_id === 'john-kerry'));
});

test.after(() => rmSync(out, { recursive: true, force: true }));
test.run();
