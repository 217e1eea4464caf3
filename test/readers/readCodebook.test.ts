import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readCodebook } from '../../readers/readCodebook.ts';
import { codebookFile, defaultSheets } from './fixtures/codebookFile.ts';

test('actors: id is the slug of the name, lists split on "; ", the name counts as an alias, rows keep their place', async () => {
  const file = await codebookFile(defaultSheets());
  const cb = await readCodebook(file);
  const russia = cb.actors.find((a) => a.name === 'Russia')!;
  assert.is(russia.actor_id, 'russia');
  assert.is(russia.type, 'state');
  assert.ok(russia.aliases.includes('the Kremlin'));
  assert.is(russia.camp, 'Russia side');
  assert.equal(russia.ref, { file, sheet: 'actors', row: 1 + 1 + cb.actors.indexOf(russia) });
  const assad = cb.actors.find((a) => a.actor_id === 'bashar-al-assad')!;
  assert.ok(assad.titles.includes('Syrian strongman'));
  assert.ok(cb.frames.find((f) => f.frame === 'Diplomacy')!.cues.includes('ceasefire'));
  assert.is(cb.casualtyTerms.find((t) => t.term === 'injured')!.kind, 'wounded');
  assert.is(cb.file, file);
});

test('headers match trimmed and in any case; columns in any order; optional columns may be absent', async () => {
  const sheets = defaultSheets();
  sheets.actors = [
    [' Type ', 'NAME', 'Aliases'],
    ['armed_group', 'Hamas', 'Islamic Resistance Movement'],
  ];
  sheets.outlets = [['Outlet'], ['Al Jazeera']];
  const cb = await readCodebook(await codebookFile(sheets));
  assert.equal(
    cb.actors.map((a) => [a.actor_id, a.type, a.aliases, a.camp, a.titles]),
    [['hamas', 'armed_group', ['Hamas', 'Islamic Resistance Movement'], '', []]],
  );
  assert.equal(
    cb.outlets.map((o) => [o.outlet, o.colour, o.aliases]),
    [['Al Jazeera', '', []]],
  );
});

test('rich text, formulas with results and numbers are read as text; empty rows are skipped', async () => {
  const sheets = defaultSheets();
  sheets.actors = [
    ['name', 'type', 'aliases', 'camp'],
    [
      { richText: [{ text: 'Hassan ', font: { bold: true } }, { text: 'Nasrallah' }] },
      'person',
      'Nasrallah; Hassan Nasrallah',
      'Russia side',
    ],
    [],
    [null, null, null, null],
    [
      { formula: 'UPPER("g7")', result: 'G7' },
      'organization',
      { formula: '"Group of Seven; G7"', result: 'Group of Seven; G7' },
      1,
    ],
  ];
  const cb = await readCodebook(await codebookFile(sheets));
  assert.equal(
    cb.actors.map((a) => [a.name, a.actor_id, a.aliases, a.camp, a.ref.row]),
    [
      ['Hassan Nasrallah', 'hassan-nasrallah', ['Nasrallah', 'Hassan Nasrallah'], 'Russia side', 2],
      ['G7', 'g7', ['Group of Seven', 'G7'], '1', 5],
    ],
  );
});

test('actor types are read case-insensitively; colours may be hex or CSS names', async () => {
  const sheets = defaultSheets();
  sheets.actors = [
    ['name', 'type', 'aliases'],
    ['Kurdish YPG', 'Armed_Group', "YPG; People's Protection Units"],
  ];
  sheets.outlets = [
    ['outlet', 'colour'],
    ['AFP', '#1F77B4'],
    ['Reuters', 'darkorange'],
    ['AP', '#abc'],
  ];
  const cb = await readCodebook(await codebookFile(sheets));
  assert.is(cb.actors[0].type, 'armed_group');
  assert.equal(
    cb.outlets.map((o) => o.colour),
    ['#1F77B4', 'darkorange', '#abc'],
  );
});

test.run();
