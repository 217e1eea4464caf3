// A measure an actor demands, seeks or stresses, named by its noun: "Hamas demands the lifting of the
// siege", "the movement is seeking an end to the blockade", "Putin stressed the importance of
// constitutional reform", "Kiev insists on the withdrawal of heavy weapons". Only in an actor's mouth
// ("protesters sought the release" names no actor) and only of a measure to come: "demands the
// release of" asks for it, "Israel withdrew its troops" reports a done act and matches nothing.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { withCues } from '../withCues.ts';

const DEMAND =
  /\b(demands|demanded|is\s+demanding|are\s+demanding|seeks|is\s+seeking|are\s+seeking|sought|insists\s+on|insisted\s+on|pressed\s+for|is\s+pressing\s+for|pushed\s+for|is\s+pushing\s+for)\s+(?:an?\s+|the\s+)?(?:(?:immediate|full|complete|swift|total|permanent|unconditional)\s+)?(?:end|lifting|removal|release|withdrawal|opening|reopening|return|resignation|halt|easing|restoration|guarantees?)\s+(?:to|of|that|for)\b/gi;
const STRESS =
  /\b(stress(?:es|ed|ing)?|underlin(?:es|ed|ing)|emphasi[sz](?:es|ed|ing)|underscor(?:es|ed|ing))\s+the\s+(?:importance|necessity|need)\s+(?:of|for)\b/gi;
// Words that may stand between the subject and the verb ("went on to stress", "also stressed").
const LEAD = /(?:\b(?:went\s+on|moved|sought|was\s+quick)\s+to\s+|\balso\s+|\bagain\s+)$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'demands demanded demanding seeks seeking sought insists insisted pressed pressing pushed pushing stress ' +
    'stresses stressed stressing underlines underlined underlining emphasises emphasised emphasising emphasizes ' +
    'emphasized emphasizing underscores underscored underscoring',
  'end lifting removal release withdrawal opening reopening return resignation halt easing restoration guarantee ' +
    'guarantees importance necessity need',
];

export const demandedMeasure: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const [re, type] of [
    [DEMAND, 'demand'],
    [STRESS, 'call'],
  ] as const) {
    for (const m of sentence.matchAll(re)) {
      const at = m.index ?? 0;
      const lead = LEAD.exec(sentence.slice(0, at));
      if (!hasActorSubject(sentence, lead ? lead.index : at, ctx.mentions)) continue;
      return [{ cue: m[1], cueStart: at, cueEnd: at + m[1].length, type, parser: 'demandedMeasure' }];
    }
  }
  return [];
}
