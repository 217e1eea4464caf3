// Verbs that give the words quoted after them as the subject's own, though they report no clause:
// - naming: 'called the outcome "a significant step forward"', 'branded them "traitors"';
// - naming with "as": 'described the deal as "a good compromise"', 'condemned the revolt as a
//   treacherous "stab in the back"', 'dismissed the report as "fake news"';
// - speaking of: 'spoke of having "fought a tough battle"', 'talked about a "new chapter"'.
// Only a few words may stand between the verb and the quote, with no punctuation: a phrasal
// verb ("called for", "called off") or a clause boundary means the quote is something else.

const NAMING = /^(?:called|calls|dubbed|dubs|termed|terms|hailed|hails|branded|brands|labelled|labeled)$/;
const NAMING_AS =
  /^(?:described|describes|condemned|condemns|denounced|denounces|dismissed|dismisses|praised|praises|characterised|characterized|decried|decries|portrayed|portrays|hailed|branded|labelled|labeled)$/;
const SPEAKING_OF = /^(?:spoke|speaks|talked|talks)$/;

export function namesWords(text: string, verb: { text: string; end: number }, quoteOpen: number): boolean {
  const between = text.slice(verb.end, quoteOpen);
  if (/[,.;:!?"\u201c\u201d]/.test(between)) return false;
  const n = between.split(/\s+/).filter(Boolean).length;
  if (NAMING_AS.test(verb.text) && /\sas\s/.test(between) && n <= 8) return true;
  if (SPEAKING_OF.test(verb.text)) return /^\s+(?:of|about)\s/.test(between) && n <= 5;
  return NAMING.test(verb.text) && n <= 5 && !/^\s+(for|on|off|up|in|out|back|upon|it quits)\b/.test(between);
}
