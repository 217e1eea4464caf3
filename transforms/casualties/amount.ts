// Amounts of people as news writes them: digits ("12", "280,000", "1.5 million"), words ("six",
// "twenty-five", "a dozen"), and vague amounts, counted as CONTRACT.md says ("dozens" 12, "scores"
// 20, "hundreds" 100, "thousands" 1000, "hundreds of thousands" 100000, "millions" 1000000).
// AMOUNT is a regex source to embed in the parsers' patterns; amountValue reads what it matched.

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };
const VAGUE: Record<string, number> = {
  'dozens': 12, 'scores': 20, 'hundreds': 100, 'thousands': 1000, 'tens of thousands': 10_000,
  'hundreds of thousands': 100_000, 'millions': 1_000_000,
};

const WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?';
const SCALE = '(?:\\s+(?:hundred|thousand|million|billion))*';
/** An amount; never the start of a compound ("17-nation", "five-year-old") nor a year or a percentage. */
export const AMOUNT = `(?<![\\w,.-])(?:(?:hundreds|tens)\\s+of\\s+thousands|dozens|scores|hundreds|thousands|millions|a\\s+dozen|(?:a|an)\\s+(?:hundred|thousand|million)|(?:${DIGITS}|${WORD})${SCALE})(?![\\w%-]|[.,]\\d|\\s*(?:per\\s*cent|percent))`;

export function amountValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t in VAGUE) return VAGUE[t];
  if (t === 'a dozen') return 12;
  const words = t.split(' ');
  let value = 0;
  const head = words[0];
  if (/^[\d.,]+$/.test(head)) value = Number(head.replace(/,/g, ''));
  else if (head.includes('-')) value = head.split('-').reduce((s, w) => s + (UNITS[w] ?? NaN), 0);
  else value = UNITS[head] ?? NaN;
  for (const w of words.slice(1)) value *= SCALES[w] ?? NaN;
  return Number.isFinite(value) ? Math.round(value) : null;
}
