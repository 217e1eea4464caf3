// A second independent reader: openpyxl (Debian's python3-openpyxl, with python3-pil to load
// images) drops images whose anchors break the format. Registered with test.skip (counted on
// uvu's Skipped line, and said so) where absent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { writeWorkbook } from '../../sheets/writeWorkbook.ts';
import { smallSpec, tempDir } from './fixtures/smallWorkbook.ts';

const SCRIPT = `
import json, sys, openpyxl, PIL
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: {
  'images': [[type(i.anchor).__name__, i.anchor._from.row, i.anchor.to.row, i.anchor.to.col] for i in ws._images],
  'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref,
  'scales': [str(cf.sqref) for cf in ws.conditional_formatting],
  'tables': {name: ws.tables[name].ref for name in ws.tables},
  'validations': [[str(dv.sqref), dv.type, dv.formula1] for dv in ws.data_validations.dataValidation],
  'print': [ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.print_title_rows],
} for ws in wb.worksheets}))
`;

function python(): string | null {
  for (const cmd of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(cmd, ['-c', 'import openpyxl, PIL'], { stdio: 'ignore' });
      return cmd;
    } catch {
      /* next */
    }
  }
  return null;
}

const py = python();
const check = py ? test : test.skip;
if (!py) console.log('skipped: python3 with openpyxl and PIL not installed (Debian: python3-openpyxl python3-pil)');

check(
  'openpyxl loads the workbook with its chart image, tables, frozen headers, drop-downs and colour scales',
  async () => {
    const dir = tempDir('openpyxl');
    const file = await writeWorkbook(dir, await smallSpec(dir));
    const sheets = JSON.parse(execFileSync(py!, ['-c', SCRIPT, file], { encoding: 'utf8' }));
    assert.equal(sheets.Charts.images, [['TwoCellAnchor', 2, 29, 15]]);
    assert.is(sheets.Articles.freeze, 'A2');
    // Tables, not sheet-level filters: every table sheet holds one Table over its rows.
    assert.is(sheets.Articles.filter, null);
    assert.equal(sheets.Articles.tables, { Articles: 'A1:L3' });
    const tables = [
      'Articles',
      'Sentences',
      'Actors',
      'Mentions',
      'Dates',
      'Casualties',
      'Proposals',
      'Quotes',
      'Candidates',
      'Salience',
      'Voices',
      'Labels',
      'Frames',
      'Distinctive terms',
      'Reuse',
      'Alignment',
      'Omissions',
    ];
    for (const name of tables) assert.is(Object.keys(sheets[name].tables).length, 1, name);
    assert.equal(sheets['Distinctive terms'].tables, { DistinctiveTerms: 'A1:E3' });
    assert.equal(sheets.Mentions.validations, [['L2:L5', 'list', '"keep,drop,fix"']]);
    assert.equal(sheets.Articles.print, ['landscape', 1, '$1:$1']);
    assert.is(sheets['Outlets kerry-moscow'].freeze, 'B2');
    assert.equal(sheets.Salience.scales, ['E2:E4']);
    assert.equal(sheets['Outlets kerry-moscow'].scales, ['B6:B7 C6:C7', 'B11:B12']);
  },
);

test.run();
