// Proposals: offers, plans, demands, calls and conditions, one row per proposal a sentence states.
// A sentence states several when a later clause has a cue of its own (clausePieces: "X agreed to
// ..., while Y would ...", ", and urged Z to ...") or when one cue governs coordinated conjuncts
// with their own particle or a list of measures (conjuncts.ts: "agreed to X and to Y", "demanded
// that X and that Y", "endorses A, B, and C") or two measures with their own article
// (measurePair.ts: "proposed a truce and a prisoner swap"); each then has its own row, whose surface
// is its own words (a later conjunct's starts where the one before it ends).
//
// Each article on its own (rows never look across articles: proposalKeys.ts, a verb of its own,
// keys them afterwards over the whole corpus). Every sentence is read with its quotations blanked
// (ProposalArticle.ts). The parsers read each sentence (readSentence.ts: the cue that comes first
// wins, ties going to the parser listed first); the refiners then turn the article's candidates,
// in text order, into its rows. Both lists below are in order, each entry with why it is there.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Refiner } from '../Extractor.ts';
import { PROPOSALS, MENTIONS, toTable, rowsOf, type Proposal, type Sentence } from '../schema/index.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { cueMatcher } from './cueMatcher.ts';
import type { Parser, SentenceMention } from './Candidate.ts';
import type { Draft } from './Draft.ts';
import { proposalArticle, type ProposalArticle } from './ProposalArticle.ts';
import { readSentence } from './readSentence.ts';
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
import { saysWould } from './parsers/saysWould.ts';
import { scheduled } from './parsers/scheduled.ts';
import { reportedTerms } from './parsers/reportedTerms.ts';
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
import { pledged } from './parsers/pledged.ts';
import { aidAccepted } from './parsers/aidAccepted.ts';
import { invited } from './parsers/invited.ts';
import { appealLaunched } from './parsers/appealLaunched.ts';
import { decreed } from './parsers/decreed.ts';
import { demandedMeasure } from './parsers/demandedMeasure.ts';
import { conditionalWill } from './parsers/conditionalWill.ts';
import { dealTermsLast } from './refiners/dealTermsLast.ts';
import { proposers } from './refiners/proposers.ts';
import { coordinated } from './refiners/coordinated.ts';
import { pairedMeasures } from './refiners/pairedMeasures.ts';
import { laterClauses } from './refiners/laterClauses.ts';
import { ownSpans } from './refiners/ownSpans.ts';
import { statuses } from './refiners/statuses.ts';
import { fates } from './refiners/fates.ts';
import { summaries } from './refiners/summaries.ts';

/** The parsers, one phrasing family each, in order: where two cues start at the same place, the
 *  one listed first wins. (rivalClause is no entry: clausePieces calls it for a later clause.) */
export function parsersOf(codebook: Codebook): Parser[] {
  return [
    // "Under the agreement, ..." frames the sentence as a deal's content
    underTheDeal,
    // "a ceasefire brokered by the United States and Russia"
    brokeredDeal,
    // "the council adopted a resolution endorsing a road map"; before the cues: "calling for"
    // inside it is the text's content, the body is its author
    resolutionAdopted,
    // a codebook cue that introduces what is proposed ("urged Moscow to", "a proposal for",
    // "called for", "In exchange, ... would be required to")
    cueClause(cueMatcher(codebook)),
    // "announced a deal to halt the fighting", "agreed a timetable that would see"
    dealStruck,
    // "Jordan agreed to coordinate", "the two sides agreed on"
    agreedTo,
    // "invited Putin to visit Pyongyang", "accepted an invitation", "at the invitation of Putin";
    // before asksOthersTo: "invited X to visit" is an offer to X, not a call on X
    invited,
    // "Washington wants Moscow to", "called on Washington to", "press the government and the opposition to"
    asksOthersTo,
    // "Assad, whom the United States wants out", "whose departure the opposition demands";
    // before actorIntends: "want" here is a demand on the one named
    relativeDemand,
    // "Hamas demands the lifting of the siege", "is seeking an end to", "stressed the importance of
    // constitutional reform": a measure named by its noun, in an actor's mouth
    demandedMeasure,
    // "Moscow was ready to", "want to hold talks", "hoped to reconvene", "promised to",
    // "had committed under the agreement to restrain"
    actorIntends,
    // after actorIntends, which reads an actor's "promised to" / "pledged to" first: "vowed to
    // punish", "pledged $10 million", and a quoted "those responsible will be punished"
    pledged,
    // "accepted aid from Spain and Qatar", "welcomed offers of assistance" (an invitation accepted
    // is invited's)
    aidAccepted,
    // "launched a flash appeal for $71 million" (the verb "appealed for" is a codebook cue)
    appealLaunched,
    // orders and decrees: "ordered the arrest of", "declared three days of national mourning",
    // "ordered flags flown at half-staff", "has been declared a disaster zone"
    decreed,
    // "Washington and Moscow had set up a hotline to", "a joint task force ... would"
    jointBody,
    // "the ISSG, which Kerry said would reconvene on Friday"
    convening,
    // "Saudi Arabia is assembling a delegation", "Jordan, which is coordinating the list"
    preparing,
    // "the deal also provides for", "a timetable that would see"
    dealProvides,
    // "Assad must go", "could not be part of Syria's future"; before saysShould: "insists Assad
    // must go" is the more specific reading of its modal
    mustGo,
    // "Lavrov said the two sides should sit down face to face"
    saysShould,
    // "the commission said it would formally declare the results on Sunday": after saysShould and
    // convening, whose modals and meetings are the more specific readings
    saysWould,
    // "Charges against X have been dropped, Peskov said", "the spokesman stressed that the fighters
    // would not be prosecuted": a deal's terms as outcomes a spokesman reports, or near the deal named
    reportedTerms,
    // "the prime minister is likely to take the oath on June 9": a party's act on the calendar
    scheduled,
    // "would only succeed if", "provided that", "on condition that"
    onlyIf,
    // "would only return to Geneva once sieges had been lifted", "as soon as ... stops"
    onceDone,
    // "should not take place until", "refused to return until", "no talks before"
    notUntil,
    // "set the lifting of sieges as a precondition for talks"
    precondition,
    // "Israel will respond if the truce is broken": an actor's conditional commitment or warning;
    // after the conditions above, whose "only if", "once" and "until" are the more specific readings
    conditionalWill,
    // '"If the deal is implemented, we will go to Geneva," said the spokesman': the one reading of
    // the words inside quotes, a condition the quoted speaker sets
    quotedPledge,
    // "Air drops would be considered for besieged areas" (an option, no author)
    underConsideration,
    // "..., a key US demand": late, since the label comes last and must never hide a verb cue
    labelledDemand,
    // once a deal is stated: "Both sides are to pull back", "If the truce holds, Washington and
    // Moscow will set up..."; last: it speaks only when nothing else does (dealTermsLast)
    dealTerms,
  ];
}

/** The refiners, in order, over one article's candidates in text order. */
function refinersOf(article: ProposalArticle, parsers: Parser[]): Refiner<Draft>[] {
  return [
    // first: a deal's term read from a bare "will" gives way to any other cue of its sentence,
    // before anything is decided from which clause comes first
    dealTermsLast,
    // a clause the first reading passed over, joined in a way clausePieces does not split (", with
    // Y demanding ...", "While X proposed ..., Y wants ...", a dash), read again for a cue of its own,
    // or a further term of the sentence's deal (termClause.ts); before proposers, which read each
    // clause's own subject
    laterClauses(parsers),
    // who proposes and to whom, in text order, before the clauses split into conjuncts (the
    // conjuncts of one clause share its proposer); a condition takes the proposer of the
    // proposal before it, a reported term the parties to the deal
    proposers(article),
    // one row per conjunct of a coordination, with its own span and summary words
    coordinated,
    // after coordinated, which reads particles and lists first: one row per measure when a cue
    // governs two, each with its article ("proposed a truce and a prisoner swap"; measurePair.ts)
    pairedMeasures,
    // last of the span refiners: rows of one sentence never share words, each ending where the next
    // row's clause begins (clauseSpans.ts); a row alone in its sentence keeps its span
    ownSpans,
    // each row's status from its own clause
    statuses,
    // after statuses: a later sentence that only tells a proposal's fate overrides the status of
    // the row before it, and adds no row
    fates(article),
    // last: the summary of each row's own words
    summaries,
  ];
}

/** A row of the proposals table: the contract columns and the parser that found it. */
export type ProposalRow = Proposal;

export function proposals(
  articles: ColumnTable,
  texts: ArticleText[],
  mentions: ColumnTable,
  codebook: Codebook,
): ColumnTable {
  const parsers = parsersOf(codebook);
  const media = new Set(codebook.actors.filter((a) => a.type === 'media').map((a) => a.actor_id));
  const armed = new Set(codebook.actors.filter((a) => a.type === 'armed_group').map((a) => a.actor_id));
  const sentenceRows = texts.flatMap((t) => t.sentences);
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
  const rows: ProposalRow[] = [];
  for (const t of texts) {
    const list: Sentence[] = t.sentences.map((s, index) => ({ ...s, article_id: t.article_id, index }));
    if (list.length) rows.push(...articleProposals(t.article_id, list, bySentence, parsers));
  }
  return toTable(PROPOSALS, rows);
}

/** The proposals of one article, its sentences in text order: the parsers sentence by sentence,
 *  then the refiners over the whole list. */
function articleProposals(
  id: string,
  sentences: Sentence[],
  bySentence: Map<string, SentenceMention[]>,
  parsers: Parser[],
): ProposalRow[] {
  const article = proposalArticle(id, sentences, bySentence);
  const found = article.sentences.flatMap((s) => readSentence(s, parsers));
  const drafts = refinersOf(article, parsers).reduce((list, refine) => refine(list), found);
  return drafts.map((d, n) => {
    const at = d.sentence.start;
    return {
      proposal_id: `${id}:p${n}`,
      article_id: id,
      sentence_id: d.sentence.id,
      start: at + d.start,
      end: at + d.end,
      surface: d.sentence.text.slice(d.start, d.end),
      proposer: d.proposer,
      addressee: d.addressee,
      cue: d.candidate.cue,
      summary: d.summary,
      status: d.status,
      proposal_key: '',
      parser: d.parser,
    };
  });
}
