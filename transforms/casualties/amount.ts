// Amounts of people as news writes them: digits ("12", "280,000", "1.5 million"), words ("six",
// "twenty-five", "a dozen", "two dozen", "two and a half million"), fractions of a scale ("half a
// million", "a quarter of a million", "three quarters of a million"), and vague amounts, counted as
// docs/CONTRACT.md says ("dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1000, "hundreds of
// thousands" 100000, "millions" 1000000; "several hundred" and "a few thousand" count as their
// scale, like "hundreds" and "thousands").
// AMOUNT is a regex source to embed in the parsers' patterns; amountValue reads what it matched.

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  dozen: 12,
  several: 1,
  few: 1,
};
const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
};
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, quarters: 0.25, thirds: 1 / 3 };
const VAGUE: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  'tens of thousands': 10_000,
  'hundreds of thousands': 100_000,
  millions: 1_000_000,
};

const WORD =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?';
const SCALE_WORD = '(?:hundred|thousand|million|billion)';
const SCALE = `(?:\\s+${SCALE_WORD})*`;
// "half a million", "a quarter of a million", "three quarters of a million", "a third of a million"
const FRACTION = `(?:(?:a|one)\\s+(?:half|third|quarter)|half|(?:two|three)[\\s-](?:thirds|quarters))\\s+(?:of\\s+)?(?:a\\s+|one\\s+)?(?:million|billion|thousand)`;
// "a dozen", "two dozen", "several hundred", "a few thousand", "two and a half million"
const MULTIPLE = `(?:a|${WORD})\\s+dozen|(?:several|a\\s+few)\\s+(?:dozen|${SCALE_WORD})|(?:${WORD}|${DIGITS})\\s+and\\s+a\\s+half\\s+${SCALE_WORD}`;
/** An amount; never the start of a compound ("17-nation", "five-year-old"), an age ("aged 12"), a year or a percentage. */
export const AMOUNT = `(?<![\\w,.-])(?<!\\b(?:aged?|ages|age\\s+of|ages\\s+of)\\s+)(?:(?:hundreds|tens)\\s+of\\s+thousands|dozens|scores|hundreds|thousands|millions|${FRACTION}|${MULTIPLE}|(?:a|an)\\s+(?:hundred|thousand|million)|(?:${DIGITS}|${WORD})${SCALE})(?![\\w%-]|[.,]\\d|\\s*(?:per\\s*cent|percent))`;

/** A quick test before the parsers run: does the text hold anything AMOUNT could match? */
export const MAY_HOLD_AMOUNT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|scores|hundreds?|thousands?|millions?|billions?|half|third|quarters?|thirds)\b/i;

export function amountValue(text: string): number | null {
  const t = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/-(?=quarters|thirds)/, ' ')
    .trim();
  if (t in VAGUE) return VAGUE[t];
  const words = t.split(' ').filter((w) => w !== 'of' && w !== 'and');
  let value: number;
  let rest: string[];
  const fraction = words.findIndex((w) => w in FRACTIONS);
  if (fraction >= 0) {
    // "a quarter a million" once "of" is gone: the count of parts times the part, then the scale.
    const count = fraction === 0 ? 1 : wordValue(words[0]);
    value = count * FRACTIONS[words[fraction]];
    rest = words.slice(fraction + 1).filter((w) => w !== 'a' && w !== 'one');
    // "two and a half million": the whole number before the half.
    if (words[fraction] === 'half' && fraction >= 2 && words[fraction - 1] === 'a') {
      value = wordValue(words[0]) + 0.5;
    }
  } else {
    value = wordValue(words[0]);
    rest = words.slice(1);
    if (words[0] === 'a' && words[1] === 'few') rest = words.slice(2);
  }
  for (const w of rest) value *= SCALES[w] ?? NaN;
  return Number.isFinite(value) ? Math.round(value) : null;
}

function wordValue(word: string): number {
  if (/^[\d.,]+$/.test(word)) return Number(word.replace(/,/g, ''));
  if (word.includes('-')) return word.split('-').reduce((s, w) => s + (UNITS[w] ?? NaN), 0);
  return UNITS[word] ?? NaN;
}
