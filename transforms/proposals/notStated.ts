// Whether a cue at `at` states no proposal of the story, whatever its verb: a question ("Will
// Morocco accept more aid?"), a hypothetical ("had he offered to resign", "would have pledged",
// "if Paris offers to send"), a negation ("did not offer to", "refused to invite", "never
// pledged"), or an act of another, earlier time ("Back in 2004, the king vowed to rebuild", "pledged
// years ago to", "had previously offered"). The general-news parsers (pledges, aid, appeals, invitations, decrees) share it.
const NEGATED =
  /\b(?:not|n['\u2019]t|never|no\s+longer|refused\s+to|declined\s+to|failed\s+to|yet\s+to|unable\s+to|denied\s+(?:that\s+)?(?:it\s+|he\s+|she\s+|they\s+)?(?:had\s+)?)\s+(?:(?:yet|formally|publicly|officially|ever|immediately|been|be|have|had)\s+)*$/i;
const HYPOTHETICAL =
  /\b(?:if|unless|whether|would\s+have|could\s+have|might\s+have|should\s+have|had\s+(?:he|she|it|they|we))\b/i;
const REMOTE_PAST =
  /\b(?:back\s+in\s+(?:19|20)\d\d|(?:years|decades)\s+(?:ago|earlier)|last\s+year|in\s+the\s+past|previously|at\s+the\s+time|once\s+had)\b/i;
const AGO_AFTER = /^[^,;.]{0,30}\b(?:years|decades)\s+ago\b/i;

/** The clause of the cue: from the last clause break before it. */
function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.search(/,[^,]*$/));
  return before.slice(cut + 1);
}

export function notStated(sentence: string, at: number): boolean {
  if (/\?\s*["\u201d']?\s*$/.test(sentence)) return true;
  const clause = clauseBefore(sentence, at);
  if (NEGATED.test(sentence.slice(Math.max(0, at - 60), at))) return true;
  // "Had Putin accepted ..., the talks would have ...", "Were Berlin to offer ..."
  if (/^\W*(?:Had|Were|Should)\s+\S/.test(sentence.slice(0, at))) return true;
  if (HYPOTHETICAL.test(clause) || /\b(?:would|could|might)\s+have\s*$/i.test(sentence.slice(0, at))) return true;
  return REMOTE_PAST.test(sentence.slice(0, at)) || AGO_AFTER.test(sentence.slice(at));
}
