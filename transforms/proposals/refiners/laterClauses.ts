// A proposal in a clause of its own that the first reading of the sentence passed over: the
// parsers read a sentence once and the first cue wins (readSentence.ts), and clausePieces splits
// only after ", while", ", and", ", but" or ";". News English joins a second proposer's clause in
// more ways (clauseSpans.ts): "While Russia proposed a truce, Turkey wants a buffer zone", "Russia
// proposed a truce, with Turkey demanding a buffer zone", "..., after which the envoy called for
// talks", "... - the rebels said they would withdraw". Each clause of the sentence that holds no
// row's cue yet is read again on its own (the rest blanked); a cue found in it gives a row of its
// own, and the row before it ends where that clause begins. First among the refiners after
// dealTermsLast, so that proposers and the span refiners see every row of the sentence.
import type { Refiner } from '../../Extractor.ts';
import type { Candidate, Parser } from '../Candidate.ts';
import type { Draft } from '../Draft.ts';
import { clauseSpans } from '../../text/clauseSpans.ts';
import { blankOutside } from '../clausePieces.ts';
import { termClause } from '../parsers/termClause.ts';

export function laterClauses(parsers: Parser[]): Refiner<Draft> {
  return (drafts) => {
    const out: Draft[] = [];
    for (let i = 0; i < drafts.length;) {
      const s = drafts[i].sentence;
      let j = i;
      while (j < drafts.length && drafts[j].sentence === s) j++;
      out.push(...withClauses(drafts.slice(i, j), parsers));
      i = j;
    }
    return out;
  };
}

function withClauses(rows: Draft[], parsers: Parser[]): Draft[] {
  const s = rows[0].sentence;
  const spans = clauseSpans(s.masked);
  if (spans.length < 2) return rows;
  const ctx = { mentions: s.mentions, dealStated: s.dealBefore, termsNear: s.termsNear, spokesmen: s.spokesmen };
  const added: Draft[] = [];
  spans.forEach(([from, to], k) => {
    if (rows.some((d) => d.candidate.cueStart < to && d.candidate.cueEnd > from)) return;
    const view = blankOutside(s.masked, from, to);
    const cue = firstCue(parsers.map((p) => p(view, { ...ctx, raw: view }))).filter(
      (c) => c.cueStart >= from && c.cueEnd <= to && (c.contentStart ?? from) >= from,
    )[0];
    // A deal's term read from a bare "will" speaks only when nothing else in the sentence does; a
    // clause whose subject is a measure continues a deal its sentence states (termClause.ts).
    const deal = rows.some((d) => d.candidate.cueStart < from && d.candidate.type === 'plan');
    const connective = k > 0 ? s.masked.slice(spans[k - 1][1], from) : '';
    const found =
      cue && cue.parser !== 'dealTerms' ? cue : deal && k > 0 ? termClause(s.masked, from, to, connective) : undefined;
    if (!found) return;
    const own = s.mentions.filter((m) => m.start >= from && m.end <= to);
    added.push({ ...rows[0], candidate: found, from, to, view, own, multi: true, parser: found.parser });
  });
  if (!added.length) return rows;
  const all = [...rows, ...added].sort((a, b) => a.from - b.from || a.candidate.cueStart - b.candidate.cueStart);
  // Each row's clause ends where the next added clause begins; every row is now one of several.
  return all.map((d, k) => {
    const next = all.slice(k + 1).find((e) => e.from > d.from);
    const to = next && added.includes(next) ? Math.min(d.to, next.from) : d.to;
    if (to === d.to && d.multi) return d;
    const view = blankOutside(s.masked, d.from, to);
    return { ...d, to, multi: true, view, own: s.mentions.filter((m) => m.start >= d.from && m.end <= to) };
  });
}

/** The candidates whose cue comes first; ties to the parser listed first. */
function firstCue(found: Candidate[][]): Candidate[] {
  let best: Candidate | undefined;
  for (const list of found) for (const c of list) if (!best || c.cueStart < best.cueStart) best = c;
  return best ? [best] : [];
}
