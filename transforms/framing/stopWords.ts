// English function words left out of distinctive terms: articles, pronouns, auxiliaries,
// prepositions, conjunctions, and reporting filler ("said", "also") that every outlet uses and
// that says nothing about framing, and the Arabic article of transliterated names ("al" of "Al
// Nusra"). Content words ("regime", "strongman") are never here.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
a about above after again against ago all almost along already also although am among an and another any
are around as at back be because been before being below between both but by can cannot could did do
does doing done down during each either else even ever every few for from further had has have having he
her here hers herself him himself his how however i if in into is it its itself just last least less let
like many may me might more most much must my myself near neither never next no nor not now of off on once
one only onto or other others our ours ourselves out over own per perhaps rather said same says she should
since so some still such than that the their theirs them themselves then there these they this those though
through thus to too toward towards under until up upon us very via was we were what whatever when where
whether which while who whom whose why will with within without would yet you your yours yourself
also told say saying according mr mrs ms s t d ll m re ve
al el
`
    .trim()
    .split(/\s+/),
);
