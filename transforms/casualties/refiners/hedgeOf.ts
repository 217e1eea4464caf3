// A hedge kept with the figure: the words, in its sentence after it or in the next sentence, that
// say the figure may be wrong ("The actual figure may be much higher."). The hedge is the whole
// clause (between full stops or semicolons) that holds the first hedging phrase; the phrase is
// found first and the clause grown around it, so the work is linear in the sentence's length.
const HEDGE =
  /\b(?:(?:actual|real|true)\s+(?:figure|toll|number)|(?:may|might|could|is\s+likely\s+to|are\s+likely\s+to)\s+be\s+(?:much\s+|far\s+|significantly\s+|considerably\s+)?(?:higher|lower)|underestimat\w*|impossible\s+to\s+verify|could\s+not\s+be\s+(?:independently\s+)?verified)\b/i;

export function hedgeOf(rest: string, next: string): string {
  return clauseOf(rest) || clauseOf(next);
}

function clauseOf(text: string): string {
  const m = HEDGE.exec(text);
  if (!m) return '';
  const start = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf(';', m.index)) + 1;
  const stop = /[.;]/g;
  stop.lastIndex = m.index + m[0].length;
  const end = stop.exec(text);
  return text.slice(start, end ? end.index + 1 : text.length).trim();
}
