// The clauses a news sentence joins: where one clause ends and the next, with a subject of its own,
// begins. News English joins them with a semicolon ("Russia wants a truce; Turkey wants a buffer
// zone"), a contrast (", while", ", whereas", ", but", ", although", ", even as", ", though"), a
// relative that opens a clause of its own (", after which she confirmed", ", at which point"),
// ", with" before a subject and its -ing verb (", with Turkey demanding a buffer zone"), ", and",
// ", as" or a dash before a new subject and its verb (", and the rebels would withdraw"), or the
// comma that closes an opening clause of contrast before the main clause's subject and verb
// ("While Russia proposed a truce, Turkey wants a buffer zone"). A relative that
// qualifies a noun (", which would be monitored by the UN") stays in its noun's clause. A comma alone, an "and"
// without a comma, or an "and" that joins two nouns ("a ceasefire between the army and the rebels",
// "Jordan, Turkey and Qatar") never ends a clause. Boundaries inside brackets are skipped; quotes
// should be blanked by the caller when their words are not the sentence's own.
//
// Returns the clauses as [from, to) offsets in the sentence, in text order, covering it: `from` is
// the clause's first word (after its connective), `to` the end of its last word (before the comma
// or semicolon that closes it; the last clause keeps the sentence's closing stop).

const CONTRAST =
  /,\s+(?:while|whereas|but|although|though|even\s+as|whereupon|(?:after|following|upon|before)\s+which|at\s+which\s+point)\s+(?=\S)|;\s*(?:and\s+|but\s+|while\s+)?(?=\S)/gi;
const AND = /,\s+and\s+(?=\S)|,\s+as\s+(?=\S)|\s+[-\u2013\u2014]{1,2}\s+(?:and\s+|while\s+)?(?=\S)/gi;
/** A contrast with no comma before it. */
const BARE_CONTRAST = /(?<=[^\s,;])\s+(?:while|whereas)\s+(?=\S)/gi;
/** ", with the rebels demanding ...": a subject and its -ing verb, a clause of its own. */
const WITH = /,\s+with\s+(?=(?:[\w'\u2019.-]+\s+){1,5}?(?:also\s+)?[a-z]+ing\b)/gi;
/** A sentence that opens on a subordinate clause ("While Russia proposed a truce, Turkey ..."). */
/** A condition or a time ("If the truce holds, ...", "Once aid arrives, ...") is part of what is proposed. */
const OPENER = /^\s*(?:while|whereas|although|though|even\s+though)\s/i;
const FINITE =
  'said|says|told|will|would|could|should|must|can|may|might|has|have|had|is|are|was|were|wants?|wanted|called|urged|demanded|proposed|proposes|offered|insisted|insists|agreed|agrees|rejected|refused|refuses|pledged|vowed|promised|announced|added|planned|hoped|seeks|sought|warned|asked|accused|signalled|signaled|suggested|suggests';
/** A subject of a few words without a comma, then a finite verb: what makes ", and" open a clause.
 *  Forms that are also nouns ("demands", "calls", "plans") are left out. */
const SUBJECT_VERB = new RegExp(
  String.raw`^(?:(?:he|she|they|it|we|i)\s+|(?:[\w'\u2019.-]+\s+){1,5}?)(?:also\s+|later\s+|then\s+)?(?:${FINITE})\b`,
  'i',
);
/** A verb in the words before ", and": a list of subjects ("Russia, Iran, and Turkey have agreed") has none. */
const HAS_VERB = new RegExp(String.raw`\b(?:${FINITE})\b|\b[a-z]+ed\b`);

export function clauseSpans(sentence: string): [number, number][] {
  const cuts: [number, number][] = [];
  for (const m of sentence.matchAll(CONTRAST)) cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of sentence.matchAll(AND)) {
    const from = (m.index ?? 0) + m[0].length;
    const before =
      sentence
        .slice(0, m.index ?? 0)
        .split(/[;]|,\s+(?:while|whereas|but)\s/)
        .at(-1) ?? '';
    if (HAS_VERB.test(before) && SUBJECT_VERB.test(sentence.slice(from, from + 80))) cuts.push([m.index ?? 0, from]);
  }
  for (const m of sentence.matchAll(WITH)) cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // "Hamas seeks an end to the blockade while Israel wants Hamas to disarm": a contrast without its
  // comma opens a clause only before a subject and its finite verb ("while visiting Cairo" does not).
  for (const m of sentence.matchAll(BARE_CONTRAST)) {
    const from = (m.index ?? 0) + m[0].length;
    if (HAS_VERB.test(sentence.slice(0, m.index ?? 0)) && SUBJECT_VERB.test(sentence.slice(from, from + 80)))
      cuts.push([m.index ?? 0, from]);
  }
  if (OPENER.test(sentence))
    for (const m of sentence.matchAll(/,\s+(?=\S)/g)) {
      const from = (m.index ?? 0) + m[0].length;
      if (!SUBJECT_VERB.test(sentence.slice(from, from + 80))) continue;
      cuts.push([m.index ?? 0, from]);
      break;
    }
  cuts.sort((a, b) => a[0] - b[0]);
  const lead = sentence.length - sentence.trimStart().length;
  const spans: [number, number][] = [];
  let from = lead;
  for (const [at, next] of cuts) {
    if (at < from || insideBrackets(sentence, from, at)) continue;
    spans.push([from, trimEnd(sentence, from, at)]);
    from = next;
  }
  spans.push([from, sentence.trimEnd().length]);
  return spans;
}

/** The clause that holds offset `at`. */
export function clauseAt(spans: [number, number][], at: number): [number, number] {
  return spans.find(([, to], i) => at < to || i === spans.length - 1) ?? spans[0];
}

/** `end` moved back over spaces and punctuation, not past `start`. */
export function trimEnd(sentence: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:.]/.test(sentence[e - 1])) e--;
  return e;
}

/** Whether offset `at` lies inside brackets opened after `from`. */
export function insideBrackets(sentence: string, from: number, at: number): boolean {
  const s = sentence.slice(from, at);
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}
