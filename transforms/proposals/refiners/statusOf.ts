// How the sentence reports a proposal: its fate where it says one ("had not been addressed",
// "denied", "rejected", "agreed"), else how it came out ("leaked document", "reported", "citing
// a draft"), else `proposed`.
const FATES: [RegExp, string][] = [
  [/\bnot\s+(?:been\s+|yet\s+been\s+)?(?:addressed|discussed|raised|on\s+the\s+agenda)\b/i, 'not addressed'],
  [
    /\b(?:rejected|rejects|resisted|resists|dismissed|dismisses|vetoed|vetoes|blocked\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:resolution|proposal|plan|draft|deal|motion)|refused\s+to\s+(?:accept|consider)|turned\s+down|opposed)\b/i,
    'rejected',
  ],
  [/(?<!\bnot\s|n['\u2019]t\s)\b(?:denied|denies|deny)\b/i, 'denied'],
  [/\b(?:agreed\s+(?:on|to)|accepted|approved|endorsed|signed\s+off)\b/i, 'agreed'],
];
const LEAKED = /\bleak(?:ed|s)?\b/i;
const REPORTED = /\b(?:reported|reportedly|according\s+to|citing|cited)\b/i;

/** The fate a sentence gives, or '' when it gives none. */
export function fateOf(sentence: string): string {
  for (const [pattern, fate] of FATES) if (pattern.test(sentence)) return fate;
  return '';
}

export function statusOf(sentence: string): string {
  return fateOf(sentence) || (LEAKED.test(sentence) ? 'leaked' : REPORTED.test(sentence) ? 'reported' : 'proposed');
}
