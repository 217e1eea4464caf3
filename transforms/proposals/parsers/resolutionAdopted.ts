// A body adopting a text that states what it asks for: "The Security Council unanimously adopted
// a resolution endorsing a road map for peace", "the council passed a resolution that demands an
// end to attacks", "ministers approved a statement calling for a ceasefire". The status is
// `agreed` (the text was adopted); the proposer is the body, the subject of the clause. A text
// adopted with nothing said of its content ("adopted a resolution on Syria.") is no statement of
// a proposal.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const TEXT = String.raw`resolution|statement|declaration|communiqu[eé]|text|document|motion`;
const STATES = String.raw`endors(?:ing|es)|calling\s+for|calls\s+for|demanding|demands|urging|urges|setting\s+out|sets\s+out|laying\s+out|lays\s+out|backing|backs|approving|approves|asking|asks|requiring|requires|establishing|establishes|envisag(?:ing|es)|authori[sz](?:ing|es)`;
const PATTERN = new RegExp(
  String.raw`\b(adopted|adopts|adopt|passed|passes|approved|approves|issued|issues|unanimously\s+backed|voted\s+(?:for|through))\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:${TEXT})\b[^.;]{0,50}?\b(?:that\s+|which\s+)?(?:${STATES})\b(?!\s*[.,;]|\s*$)`,
  'gi',
);
const FAILED = /\b(?:fail(?:ed|s)?\s+to|not|n['\u2019]t|never|unable\s+to|refused\s+to|blocked|vetoed)\s+(?:\w+\s+)?$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['adopted adopts adopt passed passes approved approves issued issues unanimously voted'];

export const resolutionAdopted: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  if (!/\b(?:adopt|pass|approv|issu|backed|voted)/i.test(sentence)) return [];
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (FAILED.test(sentence.slice(Math.max(0, at - 30), at))) continue;
    return [
      {
        cue: m[1].replace(/\s+/g, ' '),
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'resolutionAdopted',
        status: 'agreed',
      },
    ];
  }
  return [];
}
