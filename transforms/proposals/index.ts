// Proposals: offers, plans, demands, calls and conditions, one row per proposal a sentence states.
// A sentence states several when a later clause has a cue of its own (clausePieces: "X agreed to
// ..., while Y would ...", ", and urged Z to ...") or when one cue governs coordinated conjuncts
// with their own particle or a list of measures (conjuncts.ts: "agreed to X and to Y", "demanded
// that X and that Y", "endorses A, B, and C"); each then has its own row, whose surface runs from
// its clause's start to its conjunct's end, and whose summary is the cue with its conjunct.
//
// Each article on its own (rows never look across articles until the keys). Every sentence is
// read with its quotations blanked (maskQuotes): words in quotes are the speaker's, kept in the
// quotes table, not the outlet's report of a proposal.
// Parsers, one phrasing family each. All run on a sentence; the cue that comes first in the
// sentence wins (the main verb usually comes before the clauses that qualify it), ties going to
// the parser listed first:
//   underTheDeal    "Under the agreement, ..." frames the sentence as a deal's content
//   brokeredDeal    "a ceasefire brokered by the United States and Russia"
//   resolutionAdopted "the council adopted a resolution endorsing a road map" (before the cues:
//                   "calling for" inside it is the text's content, the body is its author)
//   cueClause       a codebook cue that introduces what is proposed ("urged Moscow to", "a
//                   proposal for", "called for", "In exchange, ... would be required to")
//   dealStruck      "announced a deal to halt the fighting", "agreed a timetable that would see"
//   agreedTo        "Jordan agreed to coordinate", "the two sides agreed on"
//   asksOthersTo    "Washington wants Moscow to", "called on Washington to", "press the
//                   government and the opposition to"
//   relativeDemand  "Assad, whom the United States wants out", "whose departure the opposition
//                   demands" (before actorIntends: "want" here is a demand on the one named)
//   actorIntends    "Moscow was ready to", "want to hold talks", "hoped to reconvene", "promised to",
//                   "he planned to reconvene", "had committed under the agreement to restrain"
//   jointBody       "Washington and Moscow had set up a hotline to", "a joint task force ... would"
//   convening       "the ISSG, which Kerry said would reconvene on Friday"
//   preparing       "Saudi Arabia is assembling a delegation", "Jordan, which is coordinating the list"
//   dealProvides    "the deal also provides for", "a timetable that would see"
//   mustGo          "Assad must go", "could not be part of Syria's future" (before saysShould:
//                   "insists Assad must go" is the more specific reading of its modal)
//   saysShould      "Lavrov said the two sides should sit down face to face"
//   onlyIf          "would only succeed if", "provided that", "on condition that"
//   onceDone        "would only return to Geneva once sieges had been lifted", "as soon as ... stops"
//   quotedPledge    '"If the deal is implemented, we will go to Geneva," said the spokesman': the one
//                   reading of the words inside quotes, a condition the quoted speaker sets
//   notUntil        "should not take place until", "refused to return until", "no talks before"
//   precondition    "set the lifting of sieges as a precondition for talks"
//   underConsideration "Air drops would be considered for besieged areas" (an option, no author)
//   labelledDemand  "..., a key US demand" (the label comes last, so it never hides a verb cue)
//   dealTerms       once a deal is stated: "Both sides are to pull back", "If the truce holds,
//                   Washington and Moscow will set up..." (last: only when nothing else speaks,
//                   in the sentence too: a clause with another cue drops its piece)
//   rivalClause     only in a later clause after while/whereas (clausePieces): "while the United
//                   States wanted it to start immediately"
// Refiners, in order:
//   isFateOnly   a sentence that only tells a stated proposal's fate adds no row; its fate sets
//                the status of the row of the proposal before it
//   proposerOf   who proposes and to whom (a condition takes the proposer of the proposal
//                before it, a reported term the parties to the deal, so it runs in text order)
//   statusOf, summaryOf
//   proposalKeys last, over the whole corpus: the same proposal in several articles, one key
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { PROPOSALS, SENTENCES, MENTIONS, toTable, rowsOf, type Proposal, type Sentence } from '../schema/index.ts';
import { cueMatcher } from './cueMatcher.ts';
import { maskQuotes } from './maskQuotes.ts';
import type { Candidate, Parser, SentenceMention } from './Candidate.ts';
import { underTheDeal } from './parsers/underTheDeal.ts';
import { brokeredDeal } from './parsers/brokeredDeal.ts';
import { cueClause } from './parsers/cueClause.ts';
import { resolutionAdopted } from './parsers/resolutionAdopted.ts';
import { dealStruck } from './parsers/dealStruck.ts';
import { agreedTo } from './parsers/agreedTo.ts';
import { asksOthersTo } from './parsers/asksOthersTo.ts';
import { actorIntends } from './parsers/actorIntends.ts';
import { dealProvides } from './parsers/dealProvides.ts';
import { saysShould } from './parsers/saysShould.ts';
import { mustGo } from './parsers/mustGo.ts';
import { onlyIf } from './parsers/onlyIf.ts';
import { notUntil } from './parsers/notUntil.ts';
import { precondition } from './parsers/precondition.ts';
import { labelledDemand } from './parsers/labelledDemand.ts';
import { dealTerms } from './parsers/dealTerms.ts';
import { relativeDemand } from './parsers/relativeDemand.ts';
import { jointBody } from './parsers/jointBody.ts';
import { convening } from './parsers/convening.ts';
import { preparing } from './parsers/preparing.ts';
import { onceDone } from './parsers/onceDone.ts';
import { quotedPledge } from './parsers/quotedPledge.ts';
import { underConsideration } from './parsers/underConsideration.ts';
import { isFateOnly } from './refiners/fateOnly.ts';
import { fateOf, statusOf } from './refiners/statusOf.ts';
import { proposerOf, subjectOf } from './refiners/proposerOf.ts';
import { summaryOf } from './refiners/summaryOf.ts';
import { statesDeal } from './refiners/dealContext.ts';
import { proposalKeys } from './proposalKeys.ts';
import { resolutionAnchor } from './resolutionAnchor.ts';
import { actorNames } from './actorNames.ts';
import { groupSubject, type ArticleMention } from './groupSubject.ts';
import { clausePieces, blankOutside, hasOwnSubject, trimRight } from './clausePieces.ts';
import { coordination } from './conjuncts.ts';

const MAX_SURFACE = 500;

/** A row of the proposals table: the contract columns and the parser that found it. */
export type ProposalRow = Proposal;

export function proposals(
  articles: ColumnTable,
  sentences: ColumnTable,
  mentions: ColumnTable,
  codebook: Codebook,
): ColumnTable {
  const parsers: Parser[] = [
    underTheDeal,
    brokeredDeal,
    resolutionAdopted,
    cueClause(cueMatcher(codebook)),
    dealStruck,
    agreedTo,
    asksOthersTo,
    relativeDemand,
    actorIntends,
    jointBody,
    convening,
    preparing,
    dealProvides,
    mustGo,
    saysShould,
    onlyIf,
    onceDone,
    notUntil,
    precondition,
    quotedPledge,
    underConsideration,
    labelledDemand,
    dealTerms,
  ];
  const media = new Set(codebook.actors.filter((a) => a.type === 'media').map((a) => a.actor_id));
  const armed = new Set(codebook.actors.filter((a) => a.type === 'armed_group').map((a) => a.actor_id));
  const articleIds = new Set(articles.array('article_id') as string[]);
  const sentenceRows = rowsOf(SENTENCES, sentences);
  const sentenceStart = new Map(sentenceRows.map((s) => [s.sentence_id ?? '', s.start ?? 0]));
  const bySentence = new Map<string, SentenceMention[]>();
  for (const m of rowsOf(MENTIONS, mentions)) {
    const at = sentenceStart.get(m.sentence_id ?? '');
    if (at === undefined || !m.actor_id) continue;
    const list = bySentence.get(m.sentence_id ?? '') ?? [];
    list.push({
      start: (m.start ?? 0) - at,
      end: (m.end ?? 0) - at,
      actor_id: m.actor_id,
      surface: m.surface ?? '',
      descriptor: m.descriptor ?? '',
      media: media.has(m.actor_id),
      armed: armed.has(m.actor_id),
    });
    bySentence.set(m.sentence_id ?? '', list);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  const byArticle = new Map<string, typeof sentenceRows>();
  for (const s of sentenceRows) {
    if (!articleIds.has(s.article_id ?? '')) continue;
    const list = byArticle.get(s.article_id ?? '') ?? [];
    list.push(s);
    byArticle.set(s.article_id ?? '', list);
  }
  const rows: ProposalRow[] = [];
  for (const [article, list] of byArticle) rows.push(...articleProposals(article, list, bySentence, parsers));
  // Parts of one resolution's content share a term that outweighs their different words.
  const sentenceText = new Map(sentenceRows.map((s) => [s.sentence_id ?? '', maskQuotes(s.text ?? '')]));
  const anchors = rows.map(() => '');
  rows.forEach((r, i) => {
    const before = i > 0 && rows[i - 1].article_id === r.article_id && anchors[i - 1] !== '';
    anchors[i] = resolutionAnchor(sentenceText.get(r.sentence_id ?? '') ?? '', r.parser ?? '', before);
  });
  const eventOf = new Map(
    (articles.array('article_id') as string[]).map((id, i) => [
      id,
      String(articles.columnNames().includes('event_id') ? (articles.get('event_id', i) ?? '') : ''),
    ]),
  );
  // A part of a coordination (parser `x+particle`, `x+list`) is one proposal of several the text
  // states at once: its own words name it, not the text it belongs to.
  const keys = proposalKeys(
    rows.map((r, i) => `${(r.parser ?? '').includes('+') ? '' : anchors[i]} ${r.summary ?? ''}`.trim()),
    actorNames(codebook),
    rows.map((r) => eventOf.get(r.article_id ?? '') ?? ''),
  );
  rows.forEach((r, i) => {
    r.proposal_key = keys[i];
  });
  return toTable(PROPOSALS, rows);
}

/** The proposals of one article, its sentences in text order. */
function articleProposals(
  article: string,
  sentences: Sentence[],
  bySentence: Map<string, SentenceMention[]>,
  parsers: Parser[],
): ProposalRow[] {
  const rows: ProposalRow[] = [];
  let dealStated = false,
    dealParty = '',
    subject = '';
  const articleMentions: ArticleMention[] = sentences.flatMap((s) =>
    (bySentence.get(s.sentence_id ?? '') ?? []).map((m) => ({
      at: (s.start ?? 0) + m.start,
      actor_id: m.actor_id,
      surface: m.surface,
      descriptor: m.descriptor,
      armed: m.armed,
    })),
  );
  for (const s of sentences) {
    const text = s.text ?? '';
    const masked = maskQuotes(text);
    const mentionsHere = bySentence.get(s.sentence_id ?? '') ?? [];
    const ctx = { mentions: mentionsHere, dealStated, raw: text };
    const found = firstCue(parsers.map((p) => p(masked, ctx)));
    const last = rows.at(-1);
    if (!found) {
      // A sentence that only tells the fate of the proposal before it sets that row's status.
      const fate = fateOf(masked);
      if (fate && last && isFateOnly(masked, false)) last.status = fate;
    } else {
      const group = (at: number) => groupSubject(masked, at, mentionsHere, articleMentions, s.start ?? 0);
      const pieces = clausePieces(
        masked,
        found,
        (view) => firstCue(parsers.map((p) => p(view, { ...ctx, raw: view }))),
        ctx,
      );
      const multi = pieces.length > 1;
      const ownClause = multi || pieces[0].from > text.length - text.trimStart().length;
      // A deal's term read from a bare "will"/"is to" (dealTerms) speaks only when nothing else in
      // the sentence does: ", and Russia has promised to restrain ..." is the sentence's proposal.
      const kept = pieces.some((p) => p.candidate.parser !== 'dealTerms')
        ? pieces.filter((p) => p.candidate.parser !== 'dealTerms')
        : pieces;
      let pieceProposer = '';
      for (const piece of kept) {
        const c = piece.candidate;
        // Each clause read alone, the others blanked, so its subject is its own.
        const view = ownClause ? blankOutside(masked, piece.from, piece.to) : masked;
        const prev = rows.at(-1);
        const own = ownClause ? mentionsHere.filter((m) => m.start >= piece.from && m.end <= piece.to) : mentionsHere;
        let { proposer, addressee } = proposerOf(view, c, own, {
          proposer: prev?.proposer ?? '',
          subject,
          dealParty,
          group,
        });
        // "..., and urged Washington to publish": a coordinated verb shares the first clause's subject.
        if (multi && piece !== kept[0] && !hasOwnSubject(masked, piece.from, c.cueStart))
          proposer = pieceProposer || proposer;
        pieceProposer = proposer;
        const status = fateOf(view) || c.status || statusOf(view);
        const summaryStart = c.contentStart ?? c.cueStart;
        const coord =
          c.contentStart === undefined || c.contentStart <= c.cueStart
            ? coordination(view, c.cueStart, c.cueEnd, piece.to)
            : null;
        const parts: [number, number][] = coord ? coord.parts : [[summaryStart, piece.to]];
        for (const [from, to] of parts) {
          const split = multi || parts.length > 1;
          const [start, end] = split ? [piece.from, trimRight(text, piece.from, to)] : clip(text, c.cueStart);
          const said = coord
            ? `${text.slice(Math.min(summaryStart, coord.headEnd), coord.headEnd)}${text.slice(from, to)}`
            : text.slice(0, piece.to);
          rows.push({
            proposal_id: `${article}:p${rows.length}`,
            article_id: article,
            sentence_id: s.sentence_id ?? '',
            start: (s.start ?? 0) + start,
            end: (s.start ?? 0) + end,
            surface: text.slice(start, end),
            proposer,
            addressee,
            cue: c.cue,
            summary: summaryOf(said, coord ? 0 : summaryStart, c.type),
            status,
            proposal_key: '',
            parser: coord ? `${c.parser}+${coord.rule}` : c.parser,
          });
        }
      }
    }
    if (statesDeal(masked)) {
      dealStated = true;
      // Keep the parties of an earlier statement when this one names none ("the deal struck in Geneva").
      const party =
        (rows.at(-1)?.sentence_id === s.sentence_id ? (rows.at(-1)!.proposer ?? '') : '') ||
        subjectOf(masked, mentionsHere);
      if (party) dealParty = party;
    }
    // The subject the next sentence's pronoun stands for: this sentence's proposer when it made a
    // row ("The resolution calls for ... It also asks"), else its first actor or group subject.
    const made = rows.at(-1)?.sentence_id === s.sentence_id ? (rows.at(-1)!.proposer ?? '') : '';
    subject =
      made ||
      subjectOf(masked, mentionsHere) ||
      groupSubject(masked, firstVerb(masked), mentionsHere, articleMentions, s.start ?? 0) ||
      subject;
  }
  return rows;
}

/** Where the first finite verb of a sentence is likely to be, for a group subject before it. */
function firstVerb(sentence: string): number {
  const m =
    /\s(?:(?:also|had|has|have|would|will|unanimously)\s+)*(?:said|says|met|agreed|adopted|voted|demanded|called|urged|is|was|are|were|has|have|had|will|would|[a-z]+ed)\b/.exec(
      sentence,
    );
  return m ? m.index + 1 : 0;
}

/** The candidate whose cue comes first in the sentence; ties to the parser listed first. */
function firstCue(found: Candidate[][]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const list of found) for (const c of list) if (!best || c.cueStart < best.cueStart) best = c;
  return best;
}

/** The sentence, or a window of it around the cue when it is longer than MAX_SURFACE. */
function clip(text: string, cueStart: number): [number, number] {
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end - lead <= MAX_SURFACE) return [lead, end];
  const start = Math.max(lead, Math.min(cueStart - 150, end - MAX_SURFACE));
  return [start, Math.min(end, start + MAX_SURFACE)];
}
