// The terms that say what an article reports: lower-cased content words (no stop words, no
// numbers alone) and the pairs of adjacent content words, which carry specific content
// ("command centre", "new york") better than words alone.
const STOP = new Set(
  "a an the and or but if then than that this these those there here of in on at by for from to with without into onto over under about after before during since until as is are was were be been being has have had do does did will would shall should can could may might must not no nor so such too very also just only even still yet its it it's he she they them their his her him we our us you your i me my who whom whose which what when where why how all any both each few more most other some own same said says say told tell according while because although though however against between through up down out off again further once one two three new last next first year years day days week weeks month months time mr mrs ms".split(
    ' ',
  ),
);

export function contentTerms(text: string): string[] {
  const words = (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z][a-z'\u2019-]*[a-z]|[a-z]/g) ?? []
  )
    .map((w) => w.replace(/['\u2019]s$/, ''))
    .filter((w) => w.length > 2 && !STOP.has(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return [...words, ...pairs];
}
