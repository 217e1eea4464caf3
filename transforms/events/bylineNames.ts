// The reporters and photographers an article credits: names on its byline lines ("By Matthew Lee
// and Vladimir Isachenkov, Associated Press", "Photo: Pavel Sergeyev"), lower-cased, whole and word
// by word, so that a reporter never names the event they covered.
const BYLINE = /^(?:by|photo(?:graph)?s?(?: by)?|reporting by|written by|edited by)\b[\s:]+(.{1,120})$/i;
const NAME = /\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*/gu;

export function bylineNames(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const line of text.split('\n')) {
      const byline = BYLINE.exec(line.trim());
      if (!byline) continue;
      for (const name of byline[1].match(NAME) ?? []) {
        const words = name.toLowerCase().split(/\s+/);
        out.add(words.join(' '));
        for (const w of words) out.add(w);
      }
    }
  return out;
}
