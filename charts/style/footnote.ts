// The line under every chart: which corpus it comes from and when its articles were published.
// Built from the data only (no clock), so it is the same on every run.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Corpus: sample · 3 articles published 14–15 July 2016 · Framebook" */
export function footnote(corpusName: string, published: readonly (string | null)[]): string {
  const n = published.length;
  const articles = `${n} article${n === 1 ? '' : 's'}`;
  const range = dateRange(published.filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d)));
  return `Corpus: ${corpusName} · ${articles}${range ? ` published ${range}` : ', publication dates unknown'} · Framebook`;
}

/** "14 July 2016", "14–15 July 2016", "30 June – 2 July 2016", "15 December 2015 – 15 July 2016". */
export function dateRange(isoDays: readonly string[]): string {
  if (!isoDays.length) return '';
  const sorted = [...isoDays].sort();
  const [y1, m1, d1] = parts(sorted[0]);
  const [y2, m2, d2] = parts(sorted[sorted.length - 1]);
  if (y1 === y2 && m1 === m2) return d1 === d2 ? `${d1} ${MONTHS[m1]} ${y1}` : `${d1}–${d2} ${MONTHS[m1]} ${y1}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1]} – ${d2} ${MONTHS[m2]} ${y2}`;
  return `${d1} ${MONTHS[m1]} ${y1} – ${d2} ${MONTHS[m2]} ${y2}`;
}

function parts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))];
}
