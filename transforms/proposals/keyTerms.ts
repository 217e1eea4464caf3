// The words that say what a proposal is, for recognising the same proposal across articles:
// content words, lower-cased and stemmed ("cooperation", "cooperate" -> "cooper"), without the
// cue words, with phrasings of one idea folded into one term ("step down", "be removed", "must
// go", "resign" -> "departure"; "truce", "cessation of hostilities" -> "ceasefire"), and without
// the words of how a proposal is reported rather than what it is ("took effect", "largely held",
// "agreed", "brokered"). Returns each stem with the word that reads best for it.
const FOLD: [RegExp, string][] = [
  // A concession is not the demand it softens: "would not have to resign" keeps the leader on.
  [/\b(?:would\s*(?:not|n['\u2019]?t)|need\s*(?:not|n['\u2019]t)|(?:does|do|did)\s*(?:not|n['\u2019]t))\s+(?:have\s+to\s+|need\s+to\s+)?(?:resign|step\s+(?:down|aside)|go|leave\s+(?:office|power))\b/gi, ' stay-on '],
  [/\b(?:step(?:s|ped|ping)?\s+(?:down|aside)|stand(?:s|ing)?\s+down|resign(?:s|ed|ing|ation)?|be(?:ing)?\s+removed|removal|must\s+go|leave\s+(?:office|power)|ouster|departure|regime\s+change)\b/gi, ' departure '],
  [/\bco-?operat(?:ion|e|ing)\b/gi, ' cooperation '],
  [/\bcentre\b|\bcenter\b/gi, ' centre '],
  [/\b(?:cease-?fires?|truces?|cessation\s+of\s+hostilities|halt\s+(?:to\s+)?the\s+fighting|stop\s+the\s+fighting)\b/gi, ' ceasefire '],
  [/\bdemilitari[sz]ed?\b/gi, ' demilitarised '],
  [/\b(?:(?:can|could|should|must|will|would)\s*(?:not|n['\u2019]t)\s+(?:be\s+part\s+of|have\s+(?:a|any)\s+(?:role|place)\s+in|play\s+(?:a|any)\s+role\s+in)|(?:can\s+)?have\s+no\s+(?:role|place|future)\s+in)\b/gi, ' departure '],
  [/\b(?:face\s+to\s+face|direct\s+(?:talks|negotiations)|(?:at|around)\s+(?:one|the\s+same)\s+table)\b/gi, ' direct-talks '],
  [/\b(?:restrain(?:s|ed|ing)?|rein(?:s|ed)?\s+in|(?:keep|keeps|kept)\s+(?:\S+\s+){1,3}in\s+check)\b/gi, ' restrain '],
];
const STOP = new Set(('a an the and or but if of in on at by for from to with into onto over under about after before during since until as is are was were be been being has have had do does did will would shall should can could may might must not no so such its it their his her him they them he she we our us you your this that these those there which who what when where while also any all both each more most other some own same than then too very just only said says told according its key new further closer close direct'
  + ' against between among during within without across towards toward upon via hours earlier later today two-day next last month week year'
  + ' sides side parties party warring all both took take takes taken taking effect held hold holds largely reported begin begins began across first full day days early late least also once still reportedly'
  + ' agreed agree agreement deal deals brokered under expected ready hoped hope hopes wants wanted promised pledged able'
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
