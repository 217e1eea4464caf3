// A party at work on a proposal or a step of one, or given that task: "Saudi Arabia is
// assembling an opposition delegation", "Jordan, which is coordinating the list of terrorist
// groups", "the French are drafting a resolution", "Russia has been preparing a draft". Only with
// an actor as subject (named right before, or the noun a "which"/"who" clause is about) and only
// of the things a diplomatic process produces: "rebels were preparing an offensive" is war news.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { withCues } from '../withCues.ts';

const VERB = String.raw`assembling|preparing|drawing\s+up|drafting|putting\s+together|organi[sz]ing|coordinating|compiling|working\s+on|setting\s+up|forming|finali[sz]ing|tasked\s+with\s+(?:drawing\s+up|compiling|coordinating|preparing|drafting|organi[sz]ing|assembling)`;
const THING = String.raw`delegation|list|plan|proposal|draft|resolution|text|roadmap|road\s+map|framework|mechanism|map|meeting|conference|talks|round|team|document|agreement|deal|ceasefire|truce|initiative|negotiating\s+team|declaration|statement|timetable`;
const PATTERN = new RegExp(
  String.raw`\b((?:is|are|was|were|has\s+been|have\s+been|had\s+been|be)\s+(?:(?:now|currently|already|also|still)\s+)?(?:${VERB})|(?:was|were|is|are|been)\s+tasked\s+with\s+[a-z]+)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:${THING})s?\b`,
  'gi',
);
const RELATIVE = /,\s*(?:which|who)\s+$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'assembling preparing drawing drafting putting organizing organising coordinating compiling working ' +
    'setting forming finalizing finalising tasked',
];

export const preparing: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const last = ctx.mentions.filter((x) => !x.media && x.end <= at).at(-1);
    const relative = !!last && RELATIVE.test(sentence.slice(last.end, at));
    if (!relative && !hasActorSubject(sentence, at, ctx.mentions)) continue;
    return [
      {
        cue: m[1].replace(/\s+/g, ' '),
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'preparing',
        role: relative ? 'author' : undefined,
        authorSpan: relative ? [last!.start, last!.end] : undefined,
      },
    ];
  }
  return [];
}
