// Rows of one sentence never share words: when a sentence states two proposals in clauses of their
// own ("Russia proposed a truce on Monday, while Turkey wants a buffer zone"; "...; the rebels would
// withdraw"; ", and the opposition demanded ...", clauseSpans.ts), each row's surface ends where the
// clause of the next row begins and starts where its own clause begins, the subject before the cue
// included. A later conjunct of one cue ("agreed to resume talks and to release prisoners") starts
// where the row before it ends, after the connective. A row alone in its sentence keeps its span:
// a clause no row reads may still be part of what it proposes ("..., and it would take effect on
// Monday"). Only narrows the span coordinated.ts set, and the words a whole-clause row's summary is
// read from; the proposer and the key are read elsewhere.
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import { clauseAt, clauseSpans } from '../../text/clauseSpans.ts';

const CONNECTIVE = /^[\s,;]*(?:(?:and|or|as\s+well\s+as|but\s+also|plus)\s+)?(?:also\s+)?/i;

export const ownSpans: Refiner<Draft> = (drafts) => {
  const out: Draft[] = [];
  drafts.forEach((d, i) => {
    const c = d.candidate,
      s = d.sentence;
    const spans = clauseSpans(s.masked);
    const clauseOf = (e: Draft) =>
      clauseAt(spans, Math.min(e.candidate.cueStart, e.candidate.contentStart ?? e.candidate.cueStart));
    const own = clauseOf(d);
    const before = out.at(-1)?.sentence === s ? out.at(-1) : undefined;
    const next = drafts[i + 1]?.sentence === s ? drafts[i + 1] : undefined;
    let start = d.start,
      end = d.end;
    if (before && clauseOf(before)[0] < own[0]) start = Math.max(start, own[0]);
    if (next && clauseOf(next)[0] > own[0])
      end = Math.min(end, clauseAt(spans, Math.max(c.cueEnd - 1, c.contentStart ?? 0))[1]);
    if (before && before.end > start && before.end < end) {
      start = before.end + (CONNECTIVE.exec(s.text.slice(before.end))?.[0].length ?? 0);
    }
    if (end <= start) [start, end] = [d.start, d.end];
    // A row read from the sentence's words up to its clause's end ends its summary there too.
    const text = s.text;
    const said = d.said === text.slice(0, d.to) && end > d.summaryFrom ? text.slice(0, end) : d.said;
    out.push({ ...d, start, end, said });
  });
  return out;
};
