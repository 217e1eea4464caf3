// Quotes: the words between quotation marks; the speaker is the nearest name in a "said X" or
// "X said" next to them, in the same paragraph.
import type { Entity } from './entities.ts';
import type { Span } from './spans.ts';

export interface Quote extends Span {
  speaker: string;
  verb: string;
}

const QUOTED = /“([^”]+)”|"([^"]+)"/g;
const VERB = /\b(said|says|told|added|according to)\b/g;
const CAPITALISED = /^\s*((?:[A-Z][\p{L}'’.-]+\s?){1,3})/u;
const PRONOUN = /^(he|she|they|it|we|i|you)$/i;

/** A name next to the verb at `at`: an entity, else capitalised words after the verb. */
function nameNear(text: string, entities: Entity[], at: number, verb: string, lo: number, hi: number): string {
  const after = entities.find((e) => e.start >= at + verb.length && e.start <= at + verb.length + 40 && e.end <= hi);
  const before = entities.filter((e) => e.end <= at && e.end >= at - 30 && e.start >= lo).pop();
  const pick = [after, before]
    .filter((e) => e !== undefined)
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  if (pick) return pick.surface;
  const words = CAPITALISED.exec(text.slice(at + verb.length, hi))?.[1].trim() ?? '';
  return PRONOUN.test(words) ? '' : words;
}

export function findQuotes(text: string, entities: Entity[]): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const words = m[1] ?? m[2];
    const start = m.index + 1,
      end = start + words.length;
    const paraStart = text.lastIndexOf('\n', m.index) + 1;
    const paraEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    let speaker = '',
      verb = '';
    const tail = text.slice(end + 1, Math.min(paraEnd, end + 120));
    const v = new RegExp(VERB).exec(tail);
    if (v) {
      verb = v[1];
      speaker = nameNear(text, entities, end + 1 + v.index, v[1], end + 1, paraEnd);
    }
    if (!speaker) {
      const head = text.slice(Math.max(paraStart, m.index - 200), m.index);
      const last = [...head.matchAll(VERB)].pop();
      if (last) {
        verb = last[1];
        speaker = nameNear(text, entities, m.index - head.length + last.index, last[1], paraStart, m.index);
      }
    }
    out.push({ start, end, surface: words, speaker, verb: speaker ? verb : '' });
  }
  return out;
}
