// Proposals: offers, plans, demands, calls and conditions, one row per sentence that states one.
//
// Parsers (one phrasing family each; the first that finds something in a sentence wins):
//   cueClause  a codebook cue that introduces what is proposed ("urged Moscow to", "a proposal
//              for", "In exchange, ... would be required to")
//   notUntil   a refusal until a condition is met ("should not take place until")
// Refiners, in order:
//   isFateOnly   a sentence that only tells a stated proposal's fate adds no row; its fate sets
//                the status of the rows of the proposal before it
//   proposerOf   who proposes and to whom, from the sentence's actor mentions (a condition takes
//                the proposer of the proposal before it, so it runs in text order)
//   statusOf, summaryOf
//   proposalKeys last, over the whole corpus: the same proposal in several articles, one key
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { PROPOSALS, SENTENCES, MENTIONS, toTable, rowsOf, type Proposal } from '../schema/index.ts';
import { cueMatcher } from './cueMatcher.ts';
import { cueClause } from './parsers/cueClause.ts';
import { notUntil } from './parsers/notUntil.ts';
import { isFateOnly } from './refiners/fateOnly.ts';
import { fateOf, statusOf } from './refiners/statusOf.ts';
import { proposerOf } from './refiners/proposerOf.ts';
import { summaryOf } from './refiners/summaryOf.ts';
import { proposalKeys } from './proposalKeys.ts';
import { actorNames } from './actorNames.ts';
import type { SentenceMention } from './Candidate.ts';

const MAX_SURFACE = 500;

export type ProposalRow = Proposal & { parser: string };

export function proposals(articles: ColumnTable, sentences: ColumnTable, mentions: ColumnTable, codebook: Codebook): ColumnTable {
  const parsers = [cueClause(cueMatcher(codebook)), notUntil];
  const media = new Set(codebook.actors.filter((a) => a.type === 'media').map((a) => a.actor_id));
  const articleIds = new Set(articles.array('article_id') as string[]);
  const bySentence = new Map<string, SentenceMention[]>();
  const sentenceStart = new Map(rowsOf(SENTENCES, sentences).map((s) => [s.sentence_id ?? '', s.start ?? 0]));
  for (const m of rowsOf(MENTIONS, mentions)) {
    const at = sentenceStart.get(m.sentence_id ?? '');
    if (at === undefined || !m.actor_id) continue;
    const list = bySentence.get(m.sentence_id ?? '') ?? [];
    list.push({ start: (m.start ?? 0) - at, end: (m.end ?? 0) - at, actor_id: m.actor_id, surface: m.surface ?? '', descriptor: m.descriptor ?? '', media: media.has(m.actor_id) });
    bySentence.set(m.sentence_id ?? '', list);
  }
  const rows: ProposalRow[] = [];
  let article = '';
  let count = 0;
  for (const s of rowsOf(SENTENCES, sentences)) {
    if (!articleIds.has(s.article_id ?? '')) continue;
    if (s.article_id !== article) { article = s.article_id ?? ''; count = 0; }
    const text = s.text ?? '';
    const found = parsers.map((p) => p(text)).find((f) => f.length)?.[0];
    const mine = rows.filter((r) => r.article_id === article);
    if (!found) {
      // A sentence that only tells the fate of the proposal before it sets that row's status.
      const fate = fateOf(text);
      if (fate && mine.length && isFateOnly(text, false)) mine[mine.length - 1].status = fate;
      continue;
    }
    const mentionsHere = (bySentence.get(s.sentence_id ?? '') ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    const { proposer, addressee } = proposerOf(text, found, mentionsHere, mine[mine.length - 1]?.proposer ?? '');
    const [start, end] = clip(text, found.cueStart);
    rows.push({
      proposal_id: `${article}:p${count++}`, article_id: article, sentence_id: s.sentence_id ?? '',
      start: (s.start ?? 0) + start, end: (s.start ?? 0) + end, surface: text.slice(start, end),
      proposer, addressee, cue: found.cue, summary: summaryOf(text, found.cueStart, found.type),
      status: statusOf(text), proposal_key: '', parser: found.parser,
    });
  }
  const keys = proposalKeys(rows.map((r) => r.summary ?? ''), actorNames(codebook));
  rows.forEach((r, i) => { r.proposal_key = keys[i]; });
  return toTable({ ...PROPOSALS, names: [...PROPOSALS.names, 'parser'] } as typeof PROPOSALS, rows);
}

/** The sentence, or a window of it around the cue when it is longer than MAX_SURFACE. */
function clip(text: string, cueStart: number): [number, number] {
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end - lead <= MAX_SURFACE) return [lead, end];
  const start = Math.max(lead, Math.min(cueStart - 150, end - MAX_SURFACE));
  return [start, Math.min(end, start + MAX_SURFACE)];
}
