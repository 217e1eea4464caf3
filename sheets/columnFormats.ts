// Number formats of the table sheets' columns, by column name: shares as percentages, counts and
// casualty figures with thousands separators, z-scores with two decimals. Offsets, indexes and
// ids keep plain digits; dates are dates (writeWorkbook's default for `date` columns).
export const PERCENT = '0.0%';
export const THOUSANDS = '#,##0';
export const TWO_DECIMALS = '0.00';

const FORMATS: Record<string, string> = {
  share: PERCENT,
  containment: PERCENT,
  similarity: PERCENT,
  figure: THOUSANDS,
  words: THOUSANDS,
  mentions: THOUSANDS,
  count: THOUSANDS,
  cues: THOUSANDS,
  direct: THOUSANDS,
  indirect: THOUSANDS,
  shared_shingles: THOUSANDS,
  articles: THOUSANDS,
  z: TWO_DECIMALS,
};

export function columnFormat(name: string): string | undefined {
  return FORMATS[name];
}
