// Verbs that report speech in news English, in the forms news uses them. "called" and "agreed"
// are left out on purpose: "called them 'terrorists'" and "agreed to disagree" label, not quote.
const LEMMAS = [
  'say',
  'tell',
  'add',
  'insist',
  'warn',
  'stress',
  'announce',
  'declare',
  'note',
  'explain',
  'argue',
  'claim',
  'state',
  'ask',
  'reply',
  'respond',
  'write',
  'acknowledge',
  'admit',
  'confirm',
  'deny',
  'vow',
  'pledge',
  'promise',
  'predict',
  'suggest',
  'caution',
  'complain',
  'recall',
  'remark',
  'observe',
  'concede',
  'maintain',
  'assert',
  'allege',
  'charge',
  'contend',
  'emphasise',
  'emphasize',
  'reiterate',
  'repeat',
  'tweet',
  'report',
  'describe',
  'quote',
  'urge',
  'comment',
  'indicate',
  'signal',
  'hint',
  'boast',
  'scoff',
  'retort',
  'counter',
  'demand',
  'accuse',
  'threaten',
  'believe',
  'estimate',
];
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  signal: ['signalled', 'signaled', 'signalling'],
  reply: ['replied', 'replying'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
};

// Lemmas that are also common nouns ("the report said", "his claims", "state media"): only their
// -ed and -ing forms count as verbs.
const NOUNISH = new Set([
  'report',
  'claim',
  'state',
  'note',
  'comment',
  'demand',
  'estimate',
  'charge',
  'counter',
  'quote',
  'signal',
  'hint',
  'tweet',
  'repeat',
  'promise',
  'pledge',
  'vow',
  'reply',
  'caution',
  'remark',
  'boast',
  'retort',
  'urge',
  'threaten',
]);

function forms(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const past = `${stem}ed`,
    ing = `${stem}ing`;
  if (NOUNISH.has(lemma)) return [past, ing];
  return [lemma, lemma.endsWith('s') || lemma.endsWith('sh') ? `${lemma}es` : `${lemma}s`, past, ing];
}

/** Every form of every speech verb, lower-case, mapped to its lemma. */
export const SPEECH_VERBS: Map<string, string> = new Map(
  LEMMAS.flatMap((l) => forms(l).map((f) => [f, l] as [string, string])),
);

/** Verbs that take the reported clause directly ("insisted Putin had never..."), as opposed to "urge", "describe", "quote". */
export const CLAUSE_VERBS = new Set([
  'say',
  'tell',
  'add',
  'insist',
  'warn',
  'stress',
  'announce',
  'declare',
  'note',
  'explain',
  'argue',
  'claim',
  'state',
  'acknowledge',
  'admit',
  'confirm',
  'deny',
  'vow',
  'pledge',
  'promise',
  'predict',
  'suggest',
  'caution',
  'complain',
  'concede',
  'maintain',
  'assert',
  'allege',
  'charge',
  'contend',
  'emphasise',
  'emphasize',
  'reiterate',
  'report',
  'indicate',
  'believe',
  'estimate',
  'signal',
  'hint',
  'write',
  'tweet',
  'reply',
  'respond',
  'counter',
  'retort',
]);

/** Verdicts on words already seen (every word of every sentence is asked about; cleared when large). */
const seen = new Map<string, string | null>();

export function speechLemma(word: string): string | undefined {
  let lemma = seen.get(word);
  if (lemma === undefined) {
    if (seen.size > 50_000) seen.clear();
    seen.set(word, (lemma = SPEECH_VERBS.get(word.toLowerCase()) ?? null));
  }
  return lemma ?? undefined;
}
