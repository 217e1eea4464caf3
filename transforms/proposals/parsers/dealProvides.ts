// A plan or deal as the subject of a verb that states its content: "the deal also provides for a
// demilitarised zone", "the plan envisages elections within 18 months", "the draft would see
// Moscow limit its strikes", "the agreement calls for". The proposer is the plan's author where
// the sentence names one, else the parties to the deal.
import type { Candidate } from '../Candidate.ts';

const PATTERN =
  /\b(?:plan|deal|agreement|accord|timetable|roadmap|proposal|framework|arrangement|truce|ceasefire|resolution|draft|blueprint|initiative|text|document|communiqu[eé]|declaration|statement)s?\b[^.;]{0,60}?\b(calls?\s+for|provides?\s+for|endorses|demands|urges|asks|sets?\s+a\s+(?:timetable|deadline|target)\s+(?:for|of)|envisages?|envisions?|includes|(?:would|will)\s+include|would\s+see|will\s+see|foresees?|stipulates?|sets?\s+out|lays?\s+out|requires?|would\s+require|obliges?)\b(?!\s*[.,;:]|\s*$)/gi;

export function dealProvides(sentence: string): Candidate[] {
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
