// Malformed codebooks stop the run with one line naming the file, sheet, row and column.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCodebook } from '../../readers/readCodebook.ts';
import { InputError } from '../../transforms/InputError.ts';
import { codebookFile, defaultSheets, type Sheets } from './fixtures/codebookFile.ts';
import { tempDir } from '../sheets/fixtures/smallWorkbook.ts';

async function failure(sheets: Sheets): Promise<{ file: string; message: string }> {
  const file = await codebookFile(sheets);
  try {
    await readCodebook(file);
  } catch (e) {
    assert.instance(e, InputError);
    const message = (e as Error).message;
    assert.not.match(message, '\n');
    return { file, message };
  }
  assert.unreachable('expected an InputError');
  throw new Error('unreachable');
}

const cases: { name: string; change: (s: Sheets) => void; expected: string }[] = [
  {
    name: 'a missing sheet',
    change: (s) => {
      delete s.labels;
    },
    expected:
      'sheet labels: no such sheet (the codebook needs the sheets actors, frames, labels, casualty_terms, proposal_cues, outlets)',
  },
  {
    name: 'a missing required column',
    change: (s) => {
      s.actors[0] = ['name', 'type', 'camp'];
    },
    expected: 'sheet actors, row 1, column aliases: no such column in the header row (found: name, type, camp)',
  },
  {
    name: 'a missing frames column',
    change: (s) => {
      s.frames = [
        ['frame', 'cue words'],
        ['Military', 'strikes'],
      ];
    },
    expected: 'sheet frames, row 1, column cues: no such column in the header row (found: frame, cue words)',
  },
  {
    name: 'an empty actor name',
    change: (s) => {
      s.actors[3] = [null, 'person', 'Lavrov', 'Russia side', ''];
    },
    expected: 'sheet actors, row 4, column name: empty name; every actor needs one',
  },
  {
    name: 'an unknown actor type',
    change: (s) => {
      s.actors[2] = ['Vladimir Putin', 'persn', 'Putin', '', ''];
    },
    expected:
      'sheet actors, row 3, column type: unknown actor type "persn" (allowed: person, state, organization, armed_group, media, other)',
  },
  {
    name: 'an alias claimed by two actors',
    change: (s) => {
      s.actors.push(['Moscow City Council', 'organization', 'Moscow City Council; Moscow', '', '']);
    },
    expected: `sheet actors, row ${defaultSheets().actors.length + 1}, column aliases: alias "Moscow" is claimed by both Russia (row 20) and Moscow City Council (row ${defaultSheets().actors.length + 1})`,
  },
  {
    name: 'a duplicate actor name',
    change: (s) => {
      s.actors.push(['Russia', 'state', 'Russian Federation', '', '']);
    },
    expected: `sheet actors, row ${defaultSheets().actors.length + 1}, column name: actor "Russia" is already defined in row 20`,
  },
  {
    name: 'two names with the same id',
    change: (s) => {
      s.actors.push(['John  Kerry!', 'person', '', '', '']);
    },
    expected: `sheet actors, row ${defaultSheets().actors.length + 1}, column name: actor "John  Kerry!" has the same id "john-kerry" as "John Kerry" in row 2`,
  },
  {
    name: 'an invalid colour',
    change: (s) => {
      s.outlets[1][3] = 'blu';
    },
    expected:
      'sheet outlets, row 2, column colour: invalid colour "blu" (use a hex colour such as #1f77b4, a CSS colour name such as steelblue, or leave it empty)',
  },
  {
    name: 'a casualty kind outside the contract',
    change: (s) => {
      s.casualty_terms[2][1] = 'dead';
    },
    expected:
      'sheet casualty_terms, row 3, column kind: unknown casualty kind "dead" (allowed: killed, wounded, displaced, detained, missing, affected)',
  },
  {
    name: 'an empty casualty term',
    change: (s) => {
      s.casualty_terms[2][0] = '  ';
    },
    expected: 'sheet casualty_terms, row 3, column term: empty term',
  },
  {
    name: 'an empty label term',
    change: (s) => {
      s.labels[1] = [null, 'negative'];
    },
    expected: 'sheet labels, row 2, column term: empty term',
  },
  {
    name: 'an empty proposal cue',
    change: (s) => {
      s.proposal_cues[1] = ['', 'offer'];
    },
    expected: 'sheet proposal_cues, row 2, column cue: empty cue',
  },
  {
    name: 'an empty frame name',
    change: (s) => {
      s.frames[1][0] = '';
    },
    expected: 'sheet frames, row 2, column frame: empty frame',
  },
  {
    name: 'an empty outlet name',
    change: (s) => {
      s.outlets[2] = ['', 'France', 'wire'];
    },
    expected: 'sheet outlets, row 3, column outlet: empty outlet name',
  },
];

for (const c of cases) {
  test(`${c.name}: ${c.expected}`, async () => {
    const sheets = defaultSheets();
    c.change(sheets);
    const { file, message } = await failure(sheets);
    assert.is(message, `${file}, ${c.expected}`);
  });
}

test('a file that is not a workbook', async () => {
  const file = join(tempDir('codebook-bad'), 'codebook.xlsx');
  writeFileSync(file, 'name,type\nKerry,person\n');
  try {
    await readCodebook(file);
    assert.unreachable();
  } catch (e) {
    assert.instance(e, InputError);
    assert.match((e as Error).message, `${file}: cannot be read as an .xlsx workbook (`);
  }
});

test('a codebook that is not .xlsx', async () => {
  try {
    await readCodebook('codebook.csv');
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'codebook.csv: the codebook must be an .xlsx workbook');
  }
});

test.run();
