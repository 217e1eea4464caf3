// proposals -> proposals with `proposal_key` set: the same key for the same proposal reported by
// different articles (docs/CONTRACT.md). It looks across the whole corpus, so it runs after
// extraction, which reads each article on its own.
//
// The method (sameProposalKeys.ts, keyTerms.ts, keyName.ts), with no story word in code:
//  1. What a row proposes: the content words of its summary, lower-cased and stemmed, with the
//     phrasings general English uses for one idea folded into one term (keySynonyms.ts: "truce" /
//     "cessation of hostilities" -> ceasefire, "restore" / "resume" / "reestablish" -> resume,
//     "military-to-military" -> military; times and dates dropped), actors folded to their id at
//     half weight, the cue's own words (agreed, urged, proposal) left out, later words and purpose
//     clauses weighing less.
//  2. How alike two rows are: the cosine of their TF-IDF vectors (content overlap weighted by
//     rarity over the corpus), compared through an inverted index of shared terms.
//  3. Groups: greedy average link, most similar first, above SAME_PROPOSAL within an event and a
//     stricter threshold across events (the event of the row's article); a group never takes a
//     row whose proposer AND addressee both differ from those of a row it holds ("Kim invites
//     Putin" vs "Putin invites Kim": the same words, different proposals of the same actors), nor
//     two parts of one coordination (the extractor read them as different proposals). Across events
//     two groups join only when they share a party (a proposer, an addressee or an actor their
//     sentences name: the ceasefire of Gaza is not the ceasefire of Minsk) and neither calls its
//     proposal new ("a new ceasefire", renewedProposal.ts); identical rows of two events are two
//     points, not one. Two rows
//     are compared only when their cores, the first content terms (the action and its object),
//     share a term ("resume military communication" / "closer communication" stay apart), and a
//     group takes a row of an article only if it restates every row of that article it holds
//     (proposalCore.ts, sameProposalKeys.ts).
//  4. Names: each group's characteristic content words in the order of its most reported
//     phrasing ("resume-military-communication"), unique across the corpus.
// The parts of one resolution's content share an anchor term that outweighs their different
// words (resolutionAnchor.ts).
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
  const names = actorNames(codebook);
  // The parties of a row: its proposer, its addressee and the actors its sentence names.
  const parties = rows.map((r) =>
    [
      ...new Set([
        r.proposer ?? '',
        r.addressee ?? '',
        ...[...(sentenceText.get(r.sentence_id ?? '') ?? '').matchAll(names.pattern)].map((m) => names.idOf(m[0])),
      ]),
    ].filter(Boolean),
  );
  const keys = sameProposalKeys(
    texts,
    names,
    rows.map((r) => eventOf.get(r.article_id ?? '') ?? ''),
    rows.map((r) => ({ proposer: r.proposer ?? '', addressee: r.addressee ?? '' })),
    rows.map((r) => ((r.parser ?? '').includes('+') ? `${r.article_id}:${r.sentence_id}` : '')),
    rows.map((r) => r.article_id ?? ''),
    parties,
  );
  return proposals.assign({ proposal_key: keys });
}
