// A plan or deal as the subject of a verb that states its content: "the deal also provides for a
// demilitarised zone", "the plan envisages elections within 18 months", "the draft would see
// Moscow limit its strikes", "the agreement calls for". The proposer is the plan's author where
// the sentence names one, else the parties to the deal.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(?:plan|deal|agreement|accord|timetable|roadmap|proposal|framework|arrangement|truce|ceasefire|resolution|draft|blueprint|initiative|text|document|communiqu[eé]|declaration|statement)s?\b[^.;]{0,60}?\b(calls?\s+for|provides?\s+for|endorses|demands|urges|asks|sets?\s+a\s+(?:timetable|deadline|target)\s+(?:for|of)|envisages?|envisions?|includes|(?:would|will)\s+include|would\s+see|will\s+see|foresees?|stipulates?|sets?\s+out|lays?\s+out|requires?|would\s+require|obliges?)\b(?!\s*[.,;:]|\s*$)/gi;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'plan plans deal deals agreement agreements accord accords timetable timetables roadmap roadmaps ' +
    'proposal proposals framework frameworks arrangement arrangements truce truces ceasefire ceasefires ' +
    'resolution resolutions draft drafts blueprint blueprints initiative initiatives text texts document ' +
    'documents communique communiques declaration declarations statement statements communiqu',
  'call calls provide provides include includes endorses demands urges asks set sets envisage envisages envision ' +
    'envisions see foresee foresees stipulate stipulates lay lays require requires oblige obliges',
];

export const dealProvides: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    return [
      {
        cue: m[1].replace(/\s+/g, ' '),
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'dealProvides',
        role: 'deal',
      },
    ];
  }
  return [];
}
