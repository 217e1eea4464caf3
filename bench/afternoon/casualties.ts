// Casualty counts: one regular expression, a number (or number word) followed within a few words
// by a casualty word.
import type { Span } from './spans.ts';

export interface Casualty extends Span {
  figure: number;
  qualifier: string;
  kind: string;
}

const WORDS: Record<string, number> = {
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
  hundred: 100,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1000000,
};
const QUALIFIERS: Record<string, string> = {
  'at least': 'at least',
  'more than': 'more than',
  over: 'more than',
  about: 'about',
  nearly: 'about',
  almost: 'about',
  some: 'about',
  around: 'about',
  'up to': 'up to',
  'fewer than': 'fewer than',
};
const KINDS: [RegExp, string][] = [
  [/^(killed|dead|died|deaths|lives)$/i, 'killed'],
  [/^(wounded|injured)$/i, 'wounded'],
  [/^missing$/i, 'missing'],
  [/^(displaced|homeless|fled)$/i, 'displaced'],
  [/^(detained|arrested)$/i, 'detained'],
];

const NUMBER = `\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(WORDS).join('|')}`;
const CASUALTY = new RegExp(
  `\\b(?:(${Object.keys(QUALIFIERS).join('|')})\\s+)?(${NUMBER})(\\s+(?:million|thousand|of thousands))?` +
    `(?:\\s+[\\w'’-]+){0,4}?\\s+` +
    '(killed|dead|died|deaths|lives|wounded|injured|missing|displaced|homeless|fled|detained|arrested)\\b',
  'gi',
);

function figureOf(number: string, scale: string | undefined): number {
  const base = WORDS[number.toLowerCase()] ?? Number(number.replace(/,/g, ''));
  const s = (scale ?? '').trim().toLowerCase();
  if (s === 'million') return Math.round(base * 1000000);
  if (s === 'thousand') return Math.round(base * 1000);
  if (s === 'of thousands') return base * 1000;
  return base;
}

export function findCasualties(text: string): Casualty[] {
  return [...text.matchAll(CASUALTY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    surface: m[0],
    figure: figureOf(m[2], m[3]),
    qualifier: m[1] ? QUALIFIERS[m[1].toLowerCase()] : 'exact',
    kind: KINDS.find(([re]) => re.test(m[4]))?.[1] ?? 'affected',
  }));
}
