// The words that say what a proposal is, for recognising the same proposal across articles:
// content words, lower-cased and stemmed ("cooperation", "cooperate" -> "cooper"), without the
// cue words, with phrasings of one idea folded into one term ("step down", "be removed", "must
// go", "resign" -> "departure"). Returns each stem with the word that reads best for it.
const FOLD: [RegExp, string][] = [
  [/\b(?:step(?:s|ped|ping)?\s+(?:down|aside)|stand(?:s|ing)?\s+down|resign(?:s|ed|ing|ation)?|be(?:ing)?\s+removed|removal|must\s+go|leave\s+(?:office|power)|ouster|departure|regime\s+change)\b/gi, ' departure '],
  [/\bco-?operat(?:ion|e|ing)\b/gi, ' cooperation '],
  [/\bcentre\b|\bcenter\b/gi, ' centre '],
];
const STOP = new Set(('a an the and or but if of in on at by for from to with into onto over under about after before during since until as is are was were be been being has have had do does did will would shall should can could may might must not no so such its it their his her him they them he she we our us you your this that these those there which who what when where while also any all both each more most other some own same than then too very just only said says told according its key new further closer close direct'
  + ' against between among during within without across towards toward upon via hours earlier later today two-day next last month week year'
  + ' proposal proposals plan plans offer offers offered offering ready draft roadmap initiative demand demanded demanding demands called calls call calling urged urge urges urging pressed pressing press push need creation want wants set up exchange return required putting together put').split(' '));

const stem = (w: string) => (w.length > 5 ? w.replace(/(?:ations?|ate[sd]?|ating|ions?|ing|ed|es|s|e)$/, '') : w);

/** At most this many terms from the start of the text: the object of the cue, not its tail. */
const MAX_TERMS = 12;

/** `names` folds the codebook's aliases into one term per actor ("Moscow", "the Kremlin" -> "russia"). */
export function keyTerms(text: string, names?: { pattern: RegExp; idOf(alias: string): string }): { stem: string; word: string }[] {
  let t = ` ${(names ? text.replace(names.pattern, (a) => ` ${names.idOf(a)} `) : text).toLowerCase().replace(/[\u2019']/g, "'")} `;
  for (const [p, r] of FOLD) t = t.replace(p, r);
  return (t.match(/[a-z][a-z-]*[a-z]/g) ?? [])
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w))
    .slice(0, MAX_TERMS)
    .map((word) => ({ stem: stem(word), word }));
}
