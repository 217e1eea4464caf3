// A hedge kept with the figure: the words, in its sentence after it or in the next sentence, that
// say the figure may be wrong ("The actual figure may be much higher.").
const HEDGE =
  /[^.;]*\b(?:(?:actual|real|true)\s+(?:figure|toll|number)|(?:may|might|could|is\s+likely\s+to|are\s+likely\s+to)\s+be\s+(?:much\s+|far\s+|significantly\s+|considerably\s+)?(?:higher|lower)|underestimat\w*|impossible\s+to\s+verify|could\s+not\s+be\s+(?:independently\s+)?verified)\b[^.;]*[.;]?/i;

export function hedgeOf(rest: string, next: string): string {
  const m = HEDGE.exec(rest) ?? HEDGE.exec(next);
  return m ? m[0].trim() : '';
}
