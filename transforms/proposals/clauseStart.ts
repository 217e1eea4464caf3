// Where the clause holding `at` begins: just after the last verb of saying or "that" before it
// ("Kerry said the air force would...", "Washington's view that Assad could not..."), else the
// start of the sentence. A summary starts there when the proposal's subject comes before its cue.
const OPENER =
  /\b(?:said|says|say|told\s+\w+|insisted|insists|argued|stressed|added|adding|announced|warned|stated|declared|declaring|view|believes|believed|that)\s+(?:that\s+)?/gi;

export function clauseStart(sentence: string, at: number): number {
  let start = 0;
  for (const m of sentence.slice(0, at).matchAll(OPENER)) start = (m.index ?? 0) + m[0].length;
  return start;
}
