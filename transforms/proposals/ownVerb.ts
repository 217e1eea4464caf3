// A later verb under one cue's "to" that states a proposal of its own: it governs a complement
// with a particle of its own, so it is not a second half of one act ("share intelligence and
// coordinate air strikes", one package of cooperation) but a further commitment:
//   - an infinitive of its own: "agreed to resume talks and work to curb exports", "and take steps
//     to", "and move to";
//   - cooperation on a matter: "and cooperate on", "and work together against";
//   - a deal on a matter: "and make deals on", "and reach an agreement on".
// Returns, for each such verb, where its connective starts and where the verb starts (offsets in
// the sentence), between `from` (the content of the cue's "to") and `end` (the clause's end).

const AND = /(?:,\s*|\s+)and\s+(?:also\s+)?(?=[a-z])/g;
const INFINITIVE =
  /^(?:work|move|seek|try|strive|act|take\s+(?:steps|measures|action)|join\s+forces)(?:\s+(?:together|jointly|closely|hard))?\s+to\s+([a-z][\w-]*)\b/;
const COOPERATE =
  /^(?:co-?operate|collaborate|work(?:\s+(?:together|jointly|closely))?|join\s+forces|partner)\s+(?:closely\s+)?(?:on|in|against|over)\b/;
const DEAL =
  /^(?:make|reach|strike|seek|sign|conclude|pursue|negotiate)\s+(?:an?\s+|new\s+|further\s+)?(?:deals?|agreements?|accords?|arrangements?)\s+(?:on|over|to|for|about)\b/;
const NOT_A_VERB = /^(?:a|an|the|its|their|his|her|our|this|these|those|all|any|some|to|of|in|on)$|(?:ed|ing)$/;

export function ownVerbs(sentence: string, from: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const rest = sentence.slice(from, end);
  for (const m of rest.matchAll(AND)) {
    const at = from + (m.index ?? 0),
      verb = at + m[0].length;
    const after = sentence.slice(verb, end);
    const infinitive = INFINITIVE.exec(after);
    if (infinitive && NOT_A_VERB.test(infinitive[1])) continue;
    if (infinitive || COOPERATE.test(after) || DEAL.test(after)) out.push([at, verb]);
  }
  return out;
}
