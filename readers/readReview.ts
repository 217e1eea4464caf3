// A reviewed workbook (one an earlier run wrote, edited in Excel or LibreOffice) as the user's
// decisions: on each extraction sheet the rows whose `review` cell says keep, drop or fix, with
// their id, span and editable values; on Candidates the rows whose `add as` cell is filled.
// Headers are found by name in row 1, so that reordered or added columns do no harm; a decision
// the sheet does not offer is an error naming its cell.
import ExcelJS from 'exceljs';
import { InputError } from '../transforms/InputError.ts';
import {
  ADD_AS_COLUMN,
  CANDIDATES_SHEET,
  REVIEW_CHOICES,
  REVIEW_COLUMN,
  REVIEWED_TABLES,
} from '../transforms/review/reviewedTables.ts';
import { reviewOf, type Review, type ReviewAddition, type ReviewRecord } from '../transforms/review/Review.ts';
import { cellText } from './codebook/cellText.ts';

export async function readReview(file: string): Promise<Review> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new InputError({ file }, `cannot read the review workbook: ${(e as Error).message}`);
  }
  const records: ReviewRecord[] = [];
  for (const t of REVIEWED_TABLES) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) continue;
    const col = headerColumns(ws);
    const review = col.get(REVIEW_COLUMN);
    if (review === undefined) continue;
    for (const key of [t.id, 'article_id']) {
      if (!col.has(key))
        throw new InputError(
          { file, sheet: t.sheet, row: 1 },
          `no "${key}" column; the review needs it to find the record`,
        );
    }
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const text = (key: string) => {
        const c = col.get(key);
        return c === undefined ? '' : cellText(row.getCell(c).value);
      };
      const decision = text(REVIEW_COLUMN).toLowerCase();
      if (!decision) return;
      if (!(REVIEW_CHOICES as readonly string[]).includes(decision)) {
        throw new InputError(
          { file, sheet: t.sheet, row: r, column: REVIEW_COLUMN },
          `"${text(REVIEW_COLUMN)}" is not a decision (allowed: ${REVIEW_CHOICES.join(', ')})`,
        );
      }
      const offset = (key: string) => (/^\d+$/.test(text(key)) ? Number(text(key)) : null);
      records.push({
        table: t.table,
        record_id: text(t.id),
        article_id: text('article_id'),
        start: offset('start'),
        end: offset('end'),
        decision,
        values: JSON.stringify(Object.fromEntries(t.editable.filter((k) => col.has(k)).map((k) => [k, text(k)]))),
        sheet: t.sheet,
        row: r,
      });
    });
  }

  const additions: ReviewAddition[] = [];
  const candidates = wb.getWorksheet(CANDIDATES_SHEET);
  if (candidates) {
    const col = headerColumns(candidates);
    if (col.has(ADD_AS_COLUMN)) {
      candidates.eachRow((row, r) => {
        if (r === 1) return;
        const text = (key: string) => {
          const c = col.get(key);
          return c === undefined ? '' : cellText(row.getCell(c).value);
        };
        if (!text(ADD_AS_COLUMN) || !text('name')) return;
        additions.push({
          name: text('name'),
          type: text('type'),
          aliases: text('aliases'),
          add_as: text(ADD_AS_COLUMN),
          sheet: CANDIDATES_SHEET,
          row: r,
        });
      });
    }
  }
  return reviewOf(file, records, additions);
}

/** Column numbers by header text (row 1). */
function headerColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  ws.getRow(1).eachCell((cell, c) => {
    const name = cellText(cell.value);
    if (name && !columns.has(name)) columns.set(name, c);
  });
  return columns;
}
