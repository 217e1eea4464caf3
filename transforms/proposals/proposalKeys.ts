// proposals -> proposals with `proposal_key` set: the same key for the same proposal reported by
// different articles (docs/CONTRACT.md). It looks across the whole corpus, so it runs after extraction,
// which reads each article on its own. Each row is keyed by its summary (sameProposalKeys.ts),
// with the parts of one resolution's content sharing an anchor term that outweighs their
// different words (resolutionAnchor.ts), and rows of different events held further apart.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { PROPOSALS, SENTENCES, ARTICLES, rowsOf } from '../schema/index.ts';
import { maskQuotes } from './maskQuotes.ts';
import { resolutionAnchor } from './resolutionAnchor.ts';
import { actorNames } from './actorNames.ts';
import { sameProposalKeys } from './sameProposalKeys.ts';

export function proposalKeys(
  proposals: ColumnTable,
  articles: ColumnTable,
  sentences: ColumnTable,
  codebook: Codebook,
): ColumnTable {
  const rows = rowsOf(PROPOSALS, proposals);
  const sentenceText = new Map(
    rowsOf(SENTENCES, sentences).map((s) => [s.sentence_id ?? '', maskQuotes(s.text ?? '')]),
  );
  // A row continues its article's resolution when the row before it does ("It also asks ...").
  const anchors: string[] = [];
  rows.forEach((r, i) => {
    const before = i > 0 && rows[i - 1].article_id === r.article_id && anchors[i - 1] !== '';
    anchors.push(resolutionAnchor(sentenceText.get(r.sentence_id ?? '') ?? '', r.parser ?? '', before));
  });
  const eventOf = new Map(rowsOf(ARTICLES, articles).map((a) => [a.article_id ?? '', String(a.event_id ?? '')]));
  // A part of a coordination (parser `x+particle`, `x+list`) is one proposal of several the text
  // states at once: its own words name it, not the text it belongs to.
  const texts = rows.map((r, i) => `${(r.parser ?? '').includes('+') ? '' : anchors[i]} ${r.summary ?? ''}`.trim());
  const keys = sameProposalKeys(
    texts,
    actorNames(codebook),
    rows.map((r) => eventOf.get(r.article_id ?? '') ?? ''),
  );
  return proposals.assign({ proposal_key: keys });
}
