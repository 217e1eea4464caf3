// A tag list a page prints after (or before) an article, copied as one line of capitalised
// names: "KERRY PUTIN RUSSIA", "Syria | Russia | United States". Not a headline: a headline has
// function words ("KERRY IN MOSCOW TO PUSH PEACE PLAN") or a verb in lower case.

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'from',
  'with',
  'by',
  'as',
  'and',
  'or',
  'but',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'had',
  'will',
  'would',
  'not',
  'no',
  'over',
  'after',
  'before',
  'into',
  'says',
  'said',
  'after',
  'amid',
  'against',
  'who',
  'what',
  'why',
  'how',
]);

export function isTagLine(line: string): boolean {
  const text = line.trim();
  if (/[.!?:;"\u201c\u201d]$/.test(text) || /\d/.test(text)) return false;
  // "Syria | Russia | United States", "Syria, Russia, Kerry" with separators on a short line
  const pieces = text.split(/\s*[|•·,]\s*/).filter(Boolean);
  if (pieces.length >= 3 && pieces.every((p) => /^\p{Lu}[\p{L}'\u2019.-]*( \p{Lu}[\p{L}'\u2019.-]*){0,3}$/u.test(p)))
    return !pieces.some(hasFunctionWord);
  // "KERRY PUTIN RUSSIA": two or more words, all in capitals, no function word
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 12) return false;
  return words.every((w) => /^[\p{Lu}][\p{Lu}'\u2019&-]*$/u.test(w)) && !hasFunctionWord(text);
}

function hasFunctionWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/\s+/)
    .some((w) => FUNCTION_WORDS.has(w));
}
