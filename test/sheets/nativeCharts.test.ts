// The native charts of the workbook, read back from the zip (test/sheets/fixtures/readNativeCharts.ts
// parses the parts without the writer's code): each series points at the cells of its block, and
// its cached values are the values of those cells.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../sheets/writeWorkbook.ts';
import { insertDrawing } from '../../sheets/workbook/nativeCharts.ts';
import { readNativeCharts } from './fixtures/readNativeCharts.ts';
import { smallSpec, tempDir } from './fixtures/smallWorkbook.ts';

test('the Outlets sheet carries a native bar chart whose series point at its salience block, with cached values', async () => {
  const dir = tempDir('charts');
  const file = await writeWorkbook(dir, await smallSpec(dir));
  const zip = await JSZip.loadAsync(await readFile(file));
  const charts = await readNativeCharts(zip);
  assert.is(charts.length, 1);
  const [chart] = charts;
  assert.is(chart.sheet, 'Outlets kerry-moscow');
  assert.is(chart.title, 'Share of actor mentions, by outlet');
  assert.is(chart.barDir, 'bar');
  assert.equal(
    chart.series.map((s) => [s.nameRef, s.name, s.catRef, s.valRef]),
    [
      ["'Outlets kerry-moscow'!$B$5", ['AFP'], "'Outlets kerry-moscow'!$A$6:$A$7", "'Outlets kerry-moscow'!$B$6:$B$7"],
      [
        "'Outlets kerry-moscow'!$C$5",
        ['The Daily'],
        "'Outlets kerry-moscow'!$A$6:$A$7",
        "'Outlets kerry-moscow'!$C$6:$C$7",
      ],
    ],
  );
  assert.equal(
    chart.series.map((s) => s.values),
    [
      [1, 0],
      [0.5, 0.5],
    ],
  );
  assert.equal(chart.series[0].categories, ['John Kerry', 'Vladimir Putin']);
  assert.is(chart.series[0].formatCode, '0%');

  // The cached values are what the referenced cells hold.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Outlets kerry-moscow')!;
  for (const s of chart.series) {
    const [from, to] = s.valRef.split('!')[1].replace(/\$/g, '').split(':');
    const col = from.replace(/\d+/g, '');
    const cells = [];
    for (let r = Number(from.replace(/\D+/g, '')); r <= Number(to.replace(/\D+/g, '')); r++)
      cells.push(ws.getCell(`${col}${r}`).value);
    assert.equal(cells, s.values);
  }

  // The parts are declared, and the charts sit to the right of the blocks.
  const types = await zip.file('[Content_Types].xml')!.async('string');
  assert.match(
    types,
    'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
  );
  assert.match(types, /PartName="\/xl\/drawings\/drawing2\.xml"/);
  assert.ok(chart.anchor.from[0] >= 3, 'chart overlaps the blocks');
});

test('the drawing element goes before tableParts and extLst, after pageSetup', () => {
  const sheet =
    '<worksheet><sheetData/><pageSetup orientation="landscape"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst/></worksheet>';
  assert.is(
    insertDrawing(sheet, 'rId2'),
    '<worksheet><sheetData/><pageSetup orientation="landscape"/><drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst/></worksheet>',
  );
  assert.is(
    insertDrawing('<worksheet><sheetData/></worksheet>', 'rId1'),
    '<worksheet><sheetData/><drawing r:id="rId1"/></worksheet>',
  );
});

test.run();
