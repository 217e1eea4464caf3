// A descriptor is a label, not a clause: at most eight words as a reader counts them (a hyphen or an
// apostrophe splits a word: "Russia's", "71-year-old"). A longer label ends where a place, a time or
// a relative clause or a purpose follows its head ("main surviving suspect in the Paris attacks in
// November" -> "main surviving suspect"); several labels at one mention keep the first that fit together.

export const MAX_LABEL_WORDS = 8;

export const labelWords = (label: string) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean).length;

const TAIL = /\s(?:in|at|on|for|near|during|after|before|since|from|who|whom|which|that|where|when)\s/;

/** The label cut to its head when it is too long: before the first place, time or clause; else its first words. */
export function cutLabel(label: string): string {
  if (labelWords(label) <= MAX_LABEL_WORDS) return label;
  const tail = TAIL.exec(label);
  const head = tail ? label.slice(0, tail.index) : label;
  if (labelWords(head) <= MAX_LABEL_WORDS) return head;
  const words = head.split(' ');
  while (words.length > 1 && labelWords(words.join(' ')) > MAX_LABEL_WORDS) words.pop();
  return words.join(' ').replace(/\s+(?:of|for|the|a|an|and|in|at)$/, '');
}

/** The labels of one mention joined with "; ", each cut to fit, the later ones dropped when together they do not. */
export function joinLabels(labels: string[]): string {
  const kept: string[] = [];
  for (const label of [...new Set(labels.map(cutLabel))]) {
    if (labelWords([...kept, label].join(' ')) <= MAX_LABEL_WORDS) kept.push(label);
  }
  return kept.join('; ');
}
