// Native charts added to a written workbook package (exceljs writes none): per sheet, a drawing
// part with its rels, one chart part per chart, the sheet's <drawing r:id> in the place the
// schema gives it, and content-type overrides for the new parts. A sheet has one drawing, so
// charts go on sheets without images.
import type { SheetCharts } from './NativeChart.ts';
import { chartXml } from './chartXml.ts';
import { drawingXml } from './drawingXml.ts';
import { escapeXml } from './escapeXml.ts';

export type { SheetCharts };

type Files = Map<string, Uint8Array | string>;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** Worksheet elements that come after <drawing>, in schema order. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

export function addNativeCharts(files: Files, sheets: readonly SheetCharts[]): void {
  let drawing = highest(files, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let chart = highest(files, /^xl\/charts\/chart(\d+)\.xml$/);
  const overrides: string[] = [];
  for (const { sheet, charts } of sheets) {
    if (!charts.length) continue;
    const sheetPath = sheetFile(files, sheet);
    const sheetXml = text(files, sheetPath);
    if (/<drawing\b/.test(sheetXml))
      throw new Error(`sheet "${sheet}" already has a drawing: native charts go on sheets without images`);
    drawing++;
    const relIds = charts.map((_, i) => `rId${i + 1}`);
    const chartRels = charts.map((c, i) => {
      chart++;
      files.set(`xl/charts/chart${chart}.xml`, chartXml(c));
      overrides.push(`<Override PartName="/xl/charts/chart${chart}.xml" ContentType="${CHART_TYPE}"/>`);
      return `<Relationship Id="${relIds[i]}" Type="${REL}/chart" Target="../charts/chart${chart}.xml"/>`;
    });
    files.set(`xl/drawings/drawing${drawing}.xml`, drawingXml(charts, relIds));
    files.set(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relsXml(chartRels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${DRAWING_TYPE}"/>`);

    const relsPath = sheetPath.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
    const rels = files.has(relsPath) ? text(files, relsPath) : relsXml([]);
    const id = `rId${highestRelId(rels) + 1}`;
    files.set(
      relsPath,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/></Relationships>`,
      ),
    );
    files.set(sheetPath, insertDrawing(sheetXml, id));
  }
  if (overrides.length) {
    const types = text(files, '[Content_Types].xml');
    files.set('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  }
}

/** The sheet XML with <drawing r:id> before the first element the schema puts after it. */
export function insertDrawing(sheetXml: string, relId: string): string {
  const tag = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(sheetXml);
    if (m && m.index < at) at = m.index;
  }
  return sheetXml.slice(0, at) + tag + sheetXml.slice(at);
}

/** The worksheet part of a sheet name, through xl/workbook.xml and its rels. */
function sheetFile(files: Files, name: string): string {
  const workbook = text(files, 'xl/workbook.xml');
  const sheet = new RegExp(`<sheet [^>]*name="${escapeRegex(escapeXml(name))}"[^>]*/>`).exec(workbook);
  const id = sheet && /r:id="([^"]+)"/.exec(sheet[0]);
  if (!id) throw new Error(`no sheet "${name}" in the workbook`);
  const rel = new RegExp(`<Relationship [^>]*Id="${id[1]}"[^>]*/>`).exec(text(files, 'xl/_rels/workbook.xml.rels'));
  const target = rel && /Target="([^"]+)"/.exec(rel[0]);
  if (!target) throw new Error(`no part for sheet "${name}"`);
  return target[1].startsWith('/') ? target[1].slice(1) : `xl/${target[1]}`;
}

function relsXml(relationships: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS}">${relationships.join('')}</Relationships>`;
}

function highest(files: Files, pattern: RegExp): number {
  let n = 0;
  for (const name of files.keys()) {
    const m = pattern.exec(name);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return n;
}

function highestRelId(rels: string): number {
  let n = 0;
  for (const m of rels.matchAll(/\bId="rId(\d+)"/g)) n = Math.max(n, Number(m[1]));
  return n;
}

function text(files: Files, name: string): string {
  const data = files.get(name);
  if (data == null) throw new Error(`no ${name} in the package`);
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
