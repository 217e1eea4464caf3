// One line saying what is proposed: the words from the cue (or from where the parser says the
// content begins) to the end of its clause, at most MAX characters. The clause ends at a comma
// that opens a side clause or an apposition (", as air strikes pounded...", ", after marathon
// talks", ", the start of the Muslim holiday", ", a Russian diplomatic source said").
const MAX = 140;
const MIN_CLAUSE = 20;
const SIDE_CLAUSE =
  /,\s+(?:as|while|which|where|who|whose|but|after|before|adding|saying|according|the|a|an|when|though|although|amid|despite|in\s+a|citing|he|she|they|it|its|his|their|with|including)\b|\s+[-\u2013\u2014]{1,2}\s+|;/i;
/** The attribution that closes a sentence: ", the ministry said", ", Israeli media reported
 *  Monday", ", government officials said on Sunday", ", according to ...". */
const TAIL =
  /\s*(?:,\s*(?:the\s+)?[A-Z][^,]*\s+(?:said|reported|says)|,\s*(?:[\w'\u2019.-]+\s+){1,5}(?:said|reported|says|told\s+reporters)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?|,\s*(?:according\s+to|citing)\b[^,]*)\s*[.]?\s*$/;

export function summaryOf(sentence: string, cueStart: number, type: string): string {
  let s =
    type === 'condition' && /^\s*in\s+(?:exchange|return)\s*,?\s*/i.test(sentence)
      ? sentence.replace(/^\s*in\s+(?:exchange|return)\s*,?\s*/i, '')
      : sentence.slice(cueStart);
  const side = SIDE_CLAUSE.exec(s.slice(MIN_CLAUSE));
  if (side) s = s.slice(0, MIN_CLAUSE + side.index);
  s = s
    .replace(TAIL, '')
    .replace(/[\s.;:,"\u201d]+$/, closingQuote)
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > MAX) s = `${s.slice(0, MAX).replace(/\s+\S*$/, '')}…`;
  return s;
}

/** The end of a summary stripped of stops and closing marks, except the mark that closes a quoted
 *  label the summary opened ("calling for \"restraint\""). */
function closingQuote(end: string, at: number, whole: string): string {
  const open = (whole.slice(0, at).match(/"/g)?.length ?? 0) % 2 === 1;
  return open && end.includes('"') ? '"' : '';
}
