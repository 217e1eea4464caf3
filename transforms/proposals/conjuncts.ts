// The proposals one cue states at once: "agreed to a cessation of hostilities ... and to a rapid
// expansion of humanitarian aid", "demanded that sieges be lifted and that air strikes stop",
// "endorses a roadmap for talks ..., a ceasefire, and a transition leading to elections". Each
// conjunct is a proposal of its own, with its own row and key.
//
// The rule, so that one proposal with "and" inside it stays one row:
//   - a particle repeated: the cue's own "to", "for", "on" or "that" is said again before the
//     next conjunct ("to X and to Y", "for X and for Y", "that X and that Y"). With "to", both
//     conjuncts must be of the same kind (two verbs, or two noun phrases): "agreed to send aid to
//     Aleppo and to Homs" repeats the preposition of "to Aleppo", not the cue's "to"; or a verb
//     after a noun phrase ("agreed to a truce and to expand aid"), unless the noun phrase holds an
//     infinitive the verb continues ("agreed to a plan to send aid and to ship food");
//   - a list of three or more noun phrases right after the cue, each opened by a determiner
//     ("a roadmap ..., a ceasefire, and a transition ...");
//   - a later verb under the cue's "to" that governs a complement of its own (ownVerb.ts: "agreed to
//     resume talks and work to curb exports", "vowed to restore contacts and cooperate on drugs").
// Not split: two noun phrases under one article or verb ("a ceasefire and Geneva-based talks on a
// transition", the content of one roadmap; "a joint command and control centre"), verbs sharing
// one "to" ("offered to share intelligence and coordinate air strikes": one package of
// cooperation, no particle of their own), "both X and Y", and subjects ("Moscow and Washington urged ...").
// Offsets are in the sentence; `end` excludes the connective and trailing commas.

import { ownVerbs } from './ownVerb.ts';
import { trimEnd, insideBrackets } from '../text/clauseSpans.ts';

export interface Coordination {
  /** Where the first conjunct begins (the cue's words run up to here). */
  headEnd: number;
  /** Each conjunct's content: start (after "and to" / "and that") and end. */
  parts: [number, number][];
  rule: 'particle' | 'list' | 'verb';
}

const DETERMINER = /^(?:a|an|the|its|their|his|her|our|this|these|those|all|any|some|more|further|new)$/i;
const NOT_VERB = /^(?:[A-Z]|\d)|(?:ed|ing)$/;
const VERB_ING = /^(?:bring|sing|ring|string)$/i;
const WINDOW = 50;
const INFINITIVE = /\bto\s+(?!(?:a|an|the|its|their|his|her|our|this|these|those|all|any|some)\b)[a-z]+\b/i;

/** The conjuncts of the cue's content, or null when it states one proposal. `end` bounds the
 *  clause (the sentence or the segment holding the cue). */
export function coordination(sentence: string, cueStart: number, cueEnd: number, end: number): Coordination | null {
  return (
    repeatedParticle(sentence, cueStart, cueEnd, end) ??
    nounList(sentence, cueEnd, end) ??
    semicolonList(sentence, cueEnd, end)
  );
}

function repeatedParticle(sentence: string, cueStart: number, cueEnd: number, end: number): Coordination | null {
  const window = sentence.slice(cueStart, Math.min(end, cueEnd + WINDOW));
  for (const m of window.matchAll(/\b(to|for|on|that)\s+(?=\S)/gi)) {
    const at = cueStart + (m.index ?? 0);
    if (/[,.;:]/.test(sentence.slice(cueEnd, at))) break;
    const p = m[1].toLowerCase();
    const headEnd = at + m[0].length;
    const kind = kindOf(sentence.slice(headEnd, end), p);
    if (kind === 'none') continue;
    const next = new RegExp(
      String.raw`(?:,\s*|\s+)(?:and|as\s+well\s+as|but\s+also)\s+(?:also\s+)?${p}\s+(?=\S)`,
      'gi',
    );
    const starts: [number, number][] = [];
    const rest = sentence.slice(headEnd, end);
    for (const n of rest.matchAll(next)) {
      const from = headEnd + (n.index ?? 0),
        content = from + n[0].length;
      if (insideBrackets(sentence, headEnd, from)) continue;
      if (/\bboth\s+[^,]*$/i.test(sentence.slice(headEnd, from))) continue;
      const next = kindOf(sentence.slice(content, end), p);
      // "agreed to a truce and to expand aid": a verb after a noun phrase under the cue's "to" is
      // no repeated preposition, unless the noun phrase holds an infinitive it continues ("a plan
      // to send aid and to ...").
      const verbAfterNoun =
        p === 'to' && kind === 'np' && next === 'verb' && !INFINITIVE.test(sentence.slice(headEnd, from));
      if (next !== kind && !verbAfterNoun) continue;
      starts.push([from, content]);
    }
    // A verb or a clause after the particle starts the content: particles further on are its
    // own ("agreed to send aid to Aleppo and to Homs"), only adjuncts ("on Friday") are skipped.
    // Verbs that share the cue's "to" are each a proposal when the later one governs a complement
    // of its own ("to resume talks and work to curb exports").
    if (!starts.length && kind === 'verb') {
      const verbs = ownVerbs(sentence, headEnd, end);
      if (!verbs.length) return null;
      return { headEnd, parts: partsOf(sentence, headEnd, verbs, end), rule: 'verb' };
    }
    if (!starts.length && kind !== 'np') return null;
    if (!starts.length) continue;
    return { headEnd, parts: partsOf(sentence, headEnd, starts, end), rule: 'particle' };
  }
  return null;
}

/** What follows a particle: a verb ("to let aid in"), a noun phrase ("to a ceasefire"), a clause
 *  ("that sieges be lifted"), or nothing the rule reads. */
function kindOf(after: string, particle: string): 'verb' | 'np' | 'clause' | 'none' {
  const word = /^\s*([\w'-]+)/.exec(after)?.[1] ?? '';
  if (!word) return 'none';
  if (particle === 'that') return 'clause';
  if (particle !== 'to') return 'np';
  if (DETERMINER.test(word)) return 'np';
  if (NOT_VERB.test(word) && !VERB_ING.test(word)) return /^[A-Z\d]/.test(word) ? 'np' : 'none';
  return 'verb';
}

const ITEM = String.raw`(?:a|an|the|its|their|his|her|our|new|further|more)\s+[^,;:()]{1,100}?`;
const LIST = new RegExp(
  String.raw`^\s*(${ITEM})((?:,\s*${ITEM}){1,6}),?\s+and\s+(${ITEM})(?=[,.;:]|\s+[-\u2013\u2014]|$)`,
  'i',
);

function nounList(sentence: string, cueEnd: number, end: number): Coordination | null {
  // The list opens right after the cue, or after its particle ("calls for a ..., a ... and a ...").
  const lead = /^\s*(?:(?:for|on|to|upon)\s+)?/i.exec(sentence.slice(cueEnd, end))![0];
  const from = cueEnd + lead.length;
  const m = LIST.exec(sentence.slice(from, end));
  if (!m) return null;
  const items: [number, number][] = [];
  const first = from + (m.index ?? 0) + m[0].indexOf(m[1]);
  items.push([first, trimEnd(sentence, first, first + m[1].length)]);
  let at = first + m[1].length;
  for (const piece of m[2].split(',')) {
    if (!piece.trim()) continue;
    const start = sentence.indexOf(piece.trim(), at);
    items.push([start, trimEnd(sentence, start, start + piece.trim().length)]);
    at = start + piece.trim().length;
  }
  const last = sentence.indexOf(m[3], at);
  items.push([last, trimEnd(sentence, last, last + m[3].length)]);
  return { headEnd: from, parts: items, rule: 'list' };
}

/** Where a list set off by semicolons may open: right after the cue or its particle, or after the
 *  verb or colon that introduces its items ("demands, which include ...", "the terms are: ..."). */
const SEMI_LEAD =
  /^(?:\s*(?:(?:for|on|to|upon)\s+)?|[^;]{0,80}?(?:\b(?:include|includes|included|including|are|were)\s+|:\s*))(?=(?:a|an|the|its|their|his|her|our|new|further|more)\s)/i;
const SEMI_ITEM = String.raw`(?:a|an|the|its|their|his|her|our|new|further|more)\s+[^;]{1,200}?`;
/** A clause, not a noun phrase: a subject of a few words and its verb ("the rebels would withdraw"). */
const CLAUSE_ITEM =
  /^\s*(?:and\s+)?\S+\s+(?:\S+\s+){0,3}?(?:will|would|wants?|wanted|said|says|is|are|was|were|has|have|had|must|should|could|can)\b/i;
/** Three or more items, each opened by a determiner, set off by semicolons; the last after "and". */
const SEMI_LIST = new RegExp(
  String.raw`^(${SEMI_ITEM})((?:;\s*${SEMI_ITEM}){1,6});\s*(?:and\s+)?(${SEMI_ITEM})\s*[.]?\s*$`,
  'i',
);

/** A list whose items hold commas of their own, so set off by semicolons ("demands, which include
 *  an end to the blockade; the release of prisoners; and the extension of fishing rights"). */
function semicolonList(sentence: string, cueEnd: number, end: number): Coordination | null {
  const lead = SEMI_LEAD.exec(sentence.slice(cueEnd, end));
  if (!lead) return null;
  const from = cueEnd + lead[0].length;
  const list = sentence.slice(from, end);
  if (!SEMI_LIST.test(list) || list.split(';').some((item) => CLAUSE_ITEM.test(item))) return null;
  const items: [number, number][] = [];
  let at = from;
  for (const piece of sentence.slice(from, end).split(';')) {
    const start = at + (/^\s*(?:and\s+)?/i.exec(piece)?.[0].length ?? 0);
    items.push([start, trimEnd(sentence, start, at + piece.length)]);
    at += piece.length + 1;
  }
  return { headEnd: from, parts: items, rule: 'list' };
}

/** The conjuncts between `headEnd` and `end`, given where each later one's connective and content start. */
function partsOf(sentence: string, headEnd: number, starts: [number, number][], end: number): [number, number][] {
  const parts: [number, number][] = [];
  let begin = headEnd;
  for (const [from, content] of starts) {
    parts.push([begin, trimEnd(sentence, begin, from)]);
    begin = content;
  }
  parts.push([begin, trimEnd(sentence, begin, end)]);
  return parts;
}
