// Whether a row states part of a resolution's content: a resolution is one text voted as a
// whole, so what outlets report of it ("endorsing a road map for peace talks", "envisages talks
// between the government and the opposition in January", "asks the secretary-general to convene
// the parties") is one proposal, not several. A deal's terms are not folded so: each party's
// commitment under a deal is reported, and kept, as its own proposal.
// A row anchors when its sentence names the resolution as the subject of what it states, or
// when it continues the sentence before it with a pronoun ("It also asks ...").
const NAMES = /\b(?:resolution|the\s+text)\b/i;
const DEAL_PARSERS = new Set(['resolutionAdopted', 'dealProvides', 'underTheDeal']);
const CONTINUES = /^\s*(?:It|The\s+(?:text|resolution|document))\s+(?:also\s+)?[a-z]+/;

/** The anchor term to prepend to the row's key text, '' when none. */
export function resolutionAnchor(sentence: string, parser: string, previousAnchored: boolean): string {
  if (DEAL_PARSERS.has(parser) && NAMES.test(sentence)) return 'resolution-text';
  if (
    /\bresolution\s+(?:that\s+|which\s+)?(?:calls|calling|demands|demanding|urges|urging|asks|asking|endorses|endorsing|envisages|envisaging)\b/i.test(
      sentence,
    )
  )
    return 'resolution-text';
  if (previousAnchored && CONTINUES.test(sentence)) return 'resolution-text';
  return '';
}
