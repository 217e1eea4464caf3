// Who the sentence credits for the figure, as written: "according to the UN", "by official UN
// estimates", "..., the Syrian Observatory for Human Rights said", "..., the health ministry said",
// "The Observatory said ...".
const PATTERNS = [
  /\baccording\s+to\s+((?:the\s+)?[^,.;]+?)(?=\s*(?:[,.;]|$|\bwhich\b|\bwho\b))/i,
  /\bby\s+((?:(?:official|latest|conservative|government|independent|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+)*estimates(?:\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][\w\s-]*?)?)(?=\s*(?:[,.;]|$))/,
  /,\s*((?:the\s+)?[A-Z][^,;"\u201c\u201d]*?)\s+(?:said|says|reported|reports|estimated|estimates|told\s+\w+)\s*\.?$/,
  // a source named in lower case: "..., the health ministry said", "..., local activists say"
  /,\s*((?:the\s+|local\s+|state\s+)?(?:[a-z-]+\s+){0,2}(?:ministry|monitor|army|military|government|police|officials?|activists|authorities|agency|observatory|sources|medics|doctors|witnesses|residents|rescuers|spokes(?:man|woman|person)|media|television|news\s+agency))\s+(?:said|says|reported|reports|estimated|estimates)\s*\.?$/,
  /^((?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:for|of|on|the|[A-Z][\w'\u2019-]*))*)\s+(?:said|says|reported|reports|estimated|estimates)\b/,
];
const PRONOUN = /^(?:it|he|she|they|we|i|this|that)$/i;

export function sourceOf(sentence: string): string {
  for (const p of PATTERNS) {
    const m = p.exec(sentence.trim());
    if (m && !PRONOUN.test(m[1].trim())) return m[1].trim();
  }
  return '';
}
