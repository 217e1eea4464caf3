// One line saying what is proposed: the words from the cue to the end of its clause, without
// the reporting tail, at most MAX characters.
const MAX = 140;
const TAIL = /\s*(?:,\s*(?:the\s+)?[A-Z][^,]*\s+(?:said|reported|says)|,\s*(?:according\s+to|citing)\b[^,]*)\s*[.]?\s*$/;

export function summaryOf(sentence: string, cueStart: number, type: string): string {
  let s = type === 'condition' && /^\s*in\s+(?:exchange|return)\s*,?\s*/i.test(sentence)
    ? sentence.replace(/^\s*in\s+(?:exchange|return)\s*,?\s*/i, '')
    : sentence.slice(cueStart);
  s = s.replace(TAIL, '').replace(/[\s.;:,"\u201d]+$/, '').replace(/\s+/g, ' ').trim();
  if (s.length > MAX) s = `${s.slice(0, MAX).replace(/\s+\S*$/, '')}…`;
  return s;
}
