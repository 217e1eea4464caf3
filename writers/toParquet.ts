// One table as a Parquet file (hyparquet-writer, pure JavaScript), its columns typed from the
// schema: text as UTF-8 strings, integers as INT64, numbers as DOUBLE, booleans as BOOLEAN (plain
// encoding, which older Spark readers need) and dates as DATE. Floats are rounded as in the CSV
// (roundNumber), so that the two files hold the same numbers. Every column is optional (nullable).
// Same table, same bytes: the file holds no clock.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { TypedColumn } from './tableColumns.ts';
import { roundNumber } from './roundNumber.ts';

type Element = {
  name: string;
  type?: string;
  converted_type?: string;
  repetition_type?: string;
  num_children?: number;
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

const empty = (v: unknown) => v == null || (typeof v === 'number' && Number.isNaN(v)) || v === '';

/** Each value through `f`, in one pass over the column (no copy of it first). */
function mapped<T>(values: ArrayLike<unknown>, f: (v: unknown) => T): T[] {
  const out = new Array<T>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = f(values[i]);
  return out;
}

function converted(column: TypedColumn): { element: Element; data: unknown[]; encoding?: 'PLAIN' } {
  const values = column.values;
  const name = column.name;
  const optional = { repetition_type: 'OPTIONAL' };
  switch (column.type) {
    case 'integer':
      return {
        element: { name, type: 'INT64', ...optional },
        data: mapped(values, (v) => (empty(v) || !Number.isFinite(Number(v)) ? null : bigInt(Math.trunc(Number(v))))),
      };
    case 'number':
      return {
        element: { name, type: 'DOUBLE', ...optional },
        data: mapped(values, (v) => (empty(v) || !Number.isFinite(Number(v)) ? null : roundNumber(Number(v)))),
      };
    case 'boolean':
      return {
        element: { name, type: 'BOOLEAN', ...optional },
        data: mapped(values, (v) => (v == null ? null : v === true || v === 'true' || v === 1)),
        encoding: 'PLAIN',
      };
    case 'date':
      return {
        element: { name, type: 'INT32', converted_type: 'DATE', ...optional },
        data: mapped(values, dateOf),
      };
    default:
      return {
        element: { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', ...optional },
        data: mapped(values, (v) => (v == null || (typeof v === 'number' && Number.isNaN(v)) ? null : String(v))),
      };
  }
}

const DAY_MS = 86_400_000;

/**
 * A calendar date (never through the local time zone) as the DATE column stores it, days since
 * 1970-01-01 (what hyparquet-writer makes of a Date, without a Date for every cell), or null.
 */
function dateOf(v: unknown): number | null {
  if (v instanceof Date) return Number.isNaN(+v) ? null : Math.floor(v.getTime() / DAY_MS);
  const m = ISO_DAY.exec(String(v ?? ''));
  return m ? Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS) : null;
}

/** Small integers (counts, offsets, years) share one BigInt each instead of a new one per cell. */
const SMALL = 1 << 16;
const smallBigInts: bigint[] = [];

function bigInt(n: number): bigint {
  if (n < 0 || n >= SMALL) return BigInt(n);
  return (smallBigInts[n] ??= BigInt(n));
}

export function toParquet(columns: TypedColumn[]): Uint8Array {
  const parts = columns.map(converted);
  const schema: Element[] = [{ name: 'root', num_children: parts.length }, ...parts.map((p) => p.element)];
  const buffer = parquetWriteBuffer({
    schema: schema as never,
    columnData: parts.map((p) => ({
      name: p.element.name,
      data: p.data as never,
      ...(p.encoding ? { encoding: p.encoding } : {}),
    })),
    createdBy: 'framebook',
  });
  return new Uint8Array(buffer);
}
