// A codebook cue that introduces what is proposed: a verb cue ("urged Moscow to", "called for",
// "set up", "ready to offer"), or a noun cue with its content after it ("proposal is to offer",
// "a proposal for direct military cooperation", "a roadmap that calls for", "a draft proposal
// from the United States", "their demand that Assad step down"). A noun with no content after it
// ("the peace plan.", "explore initiatives in more detail", "what Washington had to offer") is a
// mention of a proposal, not a statement of one.
// "set up" states a proposal only as something to come ("will set up", "to set up", "could set
// up"), not as a fact ("Moscow had set up a monitoring centre"); "suggested" only in an actor's
// mouth ("Kerry suggested", not "polls suggested"), and only of an action ("suggested a pause",
// not "suggested the cargo had caught fire").
import type { CueMatcher } from '../cueMatcher.ts';
import type { Parser } from '../Candidate.ts';
import { hasActorSubject } from '../hasActorSubject.ts';
import { statesClaim } from '../statesClaim.ts';
import { withCues } from '../withCues.ts';

const NOUNS = /^(?:proposals?|plans?|drafts?|roadmaps?|initiatives?|offers?|demands?|calls|creation of|need for)$/i;
// What may follow a noun cue and carry its content.
const CONTENT_AFTER_NOUN =
  /^\s*(?:(?:is|was|would\s+be|are|were)\s+to\b|for\b|that\b|to\s+[a-z]+|from\b|of\b|calling\s+for|which\s+would|under\s+which|whereby)/i;
const CONTENT_AFTER_CREATION = /^\s*(?:an?|the)\s+\S/i;
// A verb cue with nothing after it ("what Washington had to offer.") says nothing proposed.
// "a plan that Kerry described as...": a relative clause about the plan, not its content.
const RELATIVE_THAT =
  /^\s*that\s+[^,.;]{0,60}?\b(?:described|called|hailed|dubbed|termed|branded|welcomed|criticised|criticized)\b/i;
// A quotation mark before a word opens a quoted label that is the cue's content ("called for
// \"restraint\""); one before anything else closes a quotation.
const NOTHING_AFTER = /^\s*(?:[.,;:!?\u201d)]|"(?![\w\u201c])|$)/;

const leadingSpace = (s: string) => s.length - s.trimStart().length;
const TO_COME = /^(?:set\s+up|sets\s+up|setting\s+up)$/i;
const MODAL_BEFORE =
  /\b(?:will|would|could|should|can|might|may|shall|to|plans?|agreed|proposed|wants?)\s+(?:\w+\s+){0,2}$/i;
const NEEDS_ACTOR = /^(?:suggested|suggests|suggest)$/i;
// Verbs that also report a claim ("the ministry suggested the cargo had caught fire", "proposed
// that the strike was an accident"): a proposal only when what follows is an action.
const ALSO_CLAIMS = /^(?:suggested|suggests|suggest|proposed|proposes|propose)$/i;

export function cueClause(cues: CueMatcher): Parser {
  const read: Parser = (sentence, ctx) => {
    for (const m of sentence.matchAll(cues.pattern)) {
      const at = m.index ?? 0;
      const cue = m[0];
      const after = sentence.slice(at + cue.length);
      if (TO_COME.test(cue) && !MODAL_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) continue;
      if (NEEDS_ACTOR.test(cue) && !hasActorSubject(sentence, at, ctx.mentions)) continue;
      if (ALSO_CLAIMS.test(cue) && statesClaim(after)) continue;
      // "Kerry plans to travel": the verb, read by actorIntends (which knows travel is no plan).
      if (/^plans$/i.test(cue) && /^\s+to\s/i.test(after) && hasActorSubject(sentence, at, ctx.mentions)) continue;
      const verbUse = /\bto\s+$/i.test(sentence.slice(0, at)) && /^draft$/i.test(cue); // "efforts to draft a resolution"
      if (NOUNS.test(cue.replace(/\s+/g, ' ')) && !verbUse) {
        const ok = /^(?:creation of|need for)$/i.test(cue.replace(/\s+/g, ' '))
          ? CONTENT_AFTER_CREATION.test(after) || /^\s*\w/.test(after)
          : CONTENT_AFTER_NOUN.test(after);
        if (!ok || RELATIVE_THAT.test(after)) continue;
      } else if (NOTHING_AFTER.test(after) && !(at === leadingSpace(sentence) && /^\s*,/.test(after))) continue; // "In return, ..." opens its sentence
      const type = cues.typeOf(cue);
      if (!type) continue;
      return [{ cue, cueStart: at, cueEnd: at + cue.length, type, parser: 'cueClause' }];
    }
    return [];
  };
  return cues.words ? withCues([cues.words.join(' ')], read) : read;
}
