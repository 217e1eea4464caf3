// Who proposes, and to whom, from the actor mentions of the sentence:
//   1. an author the text names with the proposal: "Kerry's key proposal", "a US proposal",
//      "a draft proposal from the United States", "an effort by Jordan to";
//   2. a call others resisted ("Russia and Iran have resisted all calls for"): unknown;
//   3. a condition ("In exchange, Moscow would be required to"): the proposer of the proposal
//      before it, and the one required is the addressee;
//   4. the subject: the first mention of the clause holding the cue, skipping media (the paper
//      that reports a plan is not its author), possessives that qualify another noun ("America's
//      regional allies") and labels inside another mention's descriptor ("US ally Saudi Arabia");
//      a cue inside reported speech ("Moscow said that ... should") takes the speaker.
//   5. what the parser knows: the author it found ("brokered by the United States", "a key US
//      demand"), the speaker of a reported call, or the parties to the deal the article stated;
//   6. with no actor as subject ("the ministers called for", "he said ... should"), the subject
//      of the sentence before, else the proposer of the proposal before.
// The addressee is the first mention right after the cue ("urged Moscow and Washington to").
import type { Candidate, SentenceMention } from '../Candidate.ts';

/** What came before in the article: the proposer of the last proposal, the first actor of the
 *  sentence before, and the parties to the deal the article has stated. */
// A sentence whose subject points back ("He said", "The ministers also called for", "At a news
// conference, the two men said"); a new indefinite subject ("American officials allowed",
// "Diplomats said") does not, and stays unknown.
const ANAPHORIC_START = /^\s*(?:[^,]{0,60},\s+)?(?:he|she|they|it|we|the|both|this|these|its|his|her|their)\b/i;

export interface Before {
  proposer: string;
  subject: string;
  dealParty: string;
  /** The actor a group or role subject right before `at` stands for ("the council", "world
   *  powers", "the secretary-general"), '' when none (groupSubject). */
  group?: (at: number) => string;
}

const AUTHOR_AFTER = /^\s*(?:from|by)\s+(?:the\s+)?$/i;
const REJECTED_BEFORE =
  /\b(?:resisted|rejected|opposed|dismissed|refused|vetoed|blocked)\s+(?:all\s+|the\s+|any\s+)?(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:resolution|draft|proposal|plan|text|motion)\s+(?:that\s+|which\s+)?)?$/i;
const CLAUSE_START =
  /(?:^|[;:]|\bthat\b|\bwhat\b|,\s*but\b|\bwhile\b|\bwhereas\b)(?![\s\S]*(?:[;:]|\bthat\b|\bwhat\b|,\s*but\b|\bwhile\b|\bwhereas\b))/i;
const SAYS =
  /\b(?:said|says|told|announced|confirmed|insisted|warned|stated|allowed|conceded|acknowledged|admitted)\b/i;

export function proposerOf(
  sentence: string,
  c: Candidate,
  mentions: SentenceMention[],
  before: Before,
): { proposer: string; addressee: string } {
  const found = fromParser(sentence, c, mentions, before) ?? fromClause(sentence, c, mentions, before);
  if (!found.proposer && !found.resisted && before.group) {
    // "The council said all parties should...", "World powers agreed to ...": a group by its noun.
    const saidAt = lastSaid(sentence.slice(0, c.cueStart));
    found.proposer = before.group(c.cueStart) || (saidAt >= 0 ? before.group(saidAt) : '');
  }
  if (!found.proposer && !found.resisted) found.proposer = trailingSpeaker(sentence, mentions);
  if (found.proposer || found.resisted || !ANAPHORIC_START.test(sentence))
    return { proposer: found.proposer, addressee: found.addressee };
  return { proposer: before.subject || before.proposer, addressee: found.addressee };
}

function fromParser(sentence: string, c: Candidate, mentions: SentenceMention[], before: Before): Found | undefined {
  if (!c.role) return undefined;
  const usable = mentions.filter(
    (m) =>
      !m.media &&
      !insideDescriptor(m, mentions) &&
      !qualifiesNext(sentence, m, mentions) &&
      !possessiveOfNoun(sentence, m),
  );
  let addressee = addresseeOf(sentence, c, usable);
  if (c.addresseeSpan)
    addressee =
      mentions.filter((m) => !m.media && m.start >= c.addresseeSpan![0] && m.end <= c.addresseeSpan![1]).at(-1)
        ?.actor_id ?? addressee;
  if (c.authorSpan) {
    const [a, b] = c.authorSpan;
    // A possessive is the author here ("accepted Kim's invitation"), though it qualifies a noun.
    const author =
      usable.find((m) => m.start >= a && m.end <= b) ?? mentions.find((m) => !m.media && m.start >= a && m.end <= b);
    if (author) return { proposer: author.actor_id, addressee, resisted: false };
  }
  if (c.role === 'speaker') {
    // The one who must act, right before the modal ("the rebels should", "Assad must go").
    const last = usable.filter((m) => m.end <= c.cueStart).at(-1);
    if (last && /^[\s\w'\u2019]{0,12}$/.test(sentence.slice(last.end, c.cueStart))) addressee ||= last.actor_id;
    const saidAt = lastSaid(sentence.slice(0, c.cueStart));
    const speaker = saidAt >= 0 ? usable.find((m) => m.end <= saidAt) : undefined;
    if (speaker) return { proposer: speaker.actor_id, addressee, resisted: false };
    // "He said the government and the opposition should...": the speaker is the pronoun's.
    if (saidAt >= 0) return { proposer: '', addressee, resisted: false };
    // No verb of saying: the holder of the view, not the one the demand is about ("Saudi Arabia
    // insists Assad must go": Assad, right before the cue, is its addressee).
    const beforeCue = usable.filter((m) => m.end <= c.cueStart);
    const target =
      beforeCue.at(-1) && /^[\s\w'\u2019]{0,12}$/.test(sentence.slice(beforeCue.at(-1)!.end, c.cueStart))
        ? beforeCue.at(-1)
        : undefined;
    const holder = beforeCue.find((m) => m !== target);
    if (holder) return { proposer: holder.actor_id, addressee: target?.actor_id ?? addressee, resisted: false };
    if (target) return { proposer: '', addressee: target.actor_id, resisted: false };
  }
  if (c.role === 'deal') {
    // "Under the plan discussed in Geneva, the United States has offered": the clause's subject.
    const comma = sentence.indexOf(',', c.cueEnd);
    const subject =
      comma >= 0
        ? usable.find((m) => m.start > comma && m.start - comma <= 6 && !/^['\u2019]s\b/.test(sentence.slice(m.end)))
        : undefined;
    const inside = usable.find((m) => m.end <= c.cueStart && !possessiveOfNoun(sentence, m));
    const proposer = subject?.actor_id ?? inside?.actor_id ?? before.dealParty;
    if (proposer) return { proposer, addressee, resisted: false };
  }
  return undefined;
}

const NOUN_CUE =
  /^(?:proposals?|plans?|offers?|demands?|initiatives?|roadmaps?|calls|drafts?|ideas?|requests?|conditions?)$/i;

/** The first actor right after the cue ("urged Moscow and Washington to", "pressed the rebels to"),
 *  a title before the name included ("invited Russian President Vladimir Putin to"). */
function addresseeOf(sentence: string, c: Candidate, usable: SentenceMention[]): string {
  const after = (m: SentenceMention) => {
    const gap = sentence.slice(c.cueEnd, m.start);
    return /^\s*(?:(?:the|all|both)\s+)?$/i.test(gap) || (TITLE.test(gap) && gap.trim().length > 0);
  };
  return usable.find((m) => m.start >= c.cueEnd && after(m))?.actor_id ?? '';
}
const TITLE = /^\s*(?:the\s+)?(?:(?:[A-Z][\w.'\u2019-]*|of)\s+){1,4}$/;

interface Found {
  proposer: string;
  addressee: string;
  resisted: boolean;
}

function lastSaid(text: string): number {
  let at = -1;
  for (const m of text.matchAll(
    /\b(?:said|says|say|told|insisted|insists|argued|stressed|added|adding|announced|warned|stated|demanded|proposed|suggested|declared|declaring)\b/gi,
  ))
    at = m.index ?? at;
  return at;
}

/** "..., the opposition said.": the speaker named at the end of the sentence. */
function trailingSpeaker(sentence: string, mentions: SentenceMention[]): string {
  const m =
    /,\s+(?:[\w'\u2019.-]+\s+){0,4}?(?:said|says|told\s+\w+|added|insisted|warned)(?:\s+on\s+\w+)?\s*[.!]?\s*$/.exec(
      sentence,
    );
  if (!m) return '';
  return mentions.find((x) => !x.media && x.start >= m.index)?.actor_id ?? '';
}

function fromClause(sentence: string, c: Candidate, mentions: SentenceMention[], prior: Before): Found {
  const previous = prior.proposer;
  const usable = mentions.filter(
    (m) =>
      !m.media &&
      !insideDescriptor(m, mentions) &&
      !qualifiesNext(sentence, m, mentions) &&
      !possessiveOfNoun(sentence, m),
  );
  const addressee = addresseeOf(sentence, c, usable);
  // 1. named author
  // ("Russia and Turkey struck a deal": a name right before a verb cue is a subject, not an author)
  const possessor = usable.find(
    (m) =>
      m.end <= c.cueStart &&
      (NOUN_CUE.test(c.cue)
        ? /^(?:['\u2019]s)?\s+(?:(?:key|new|draft|latest|own)\s+)?$/i
        : /^['\u2019]s\s+(?:(?:key|new|draft|latest|own)\s+)?$/i
      ).test(sentence.slice(m.end, c.cueStart)),
  );
  if (possessor) return { proposer: possessor.actor_id, addressee, resisted: false };
  const from = mentions.find(
    (m) =>
      !m.media &&
      m.start >= c.cueEnd &&
      m.start - c.cueEnd < 12 &&
      AUTHOR_AFTER.test(sentence.slice(c.cueEnd, m.start)),
  );
  if (from) return { proposer: from.actor_id, addressee: '', resisted: false };
  const byBefore = usable.find(
    (m) =>
      m.end <= c.cueStart &&
      /^\s+to\s+$/i.test(sentence.slice(m.end, c.cueStart)) &&
      /\b(?:by|from)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 10), m.start)),
  );
  if (byBefore) return { proposer: byBefore.actor_id, addressee, resisted: false };
  // 2. resisted calls
  if (REJECTED_BEFORE.test(sentence.slice(0, c.cueStart))) return { proposer: '', addressee, resisted: true };
  // 3. conditions
  if (c.type === 'condition' && /^\s*(?:in\s+exchange|in\s+return)\b/i.test(sentence))
    return { proposer: previous, addressee: usable[0]?.actor_id ?? '', resisted: false };
  // 4. the subject: a group or role right before the verb ("Kerry said the ministers had
  //    agreed", "The council demanded"), else the first mention of the clause
  const group = NOUN_CUE.test(c.cue) ? '' : (prior.group?.(c.cueStart) ?? '');
  if (group) return { proposer: group, addressee, resisted: false };
  const before = sentence.slice(0, c.cueStart);
  const clauseAt = CLAUSE_START.exec(before)?.index ?? 0;
  const pronoun = pronounSubject(before, clauseAt, usable, prior);
  if (pronoun !== undefined) return { proposer: pronoun, addressee, resisted: false };
  const antecedent = relativeSubject(sentence, before, usable);
  if (antecedent) return { proposer: antecedent, addressee, resisted: false };
  const main = usable.filter((m) => m.end <= clauseAt);
  const inClause = usable.filter((m) => m.start >= clauseAt && m.end <= c.cueStart);
  // Reported speech: a demand or condition is the speaker's; a plan is its clause's subject's
  // ("Carter says he wants to learn what Saudi Arabia has in mind for the creation of").
  const reported = clauseAt > 0 && SAYS.test(sentence.slice(0, clauseAt)) && main.length > 0;
  if (reported && (c.type === 'demand' || c.type === 'condition' || !inClause.length))
    return { proposer: main[0].actor_id, addressee, resisted: false };
  // A participle after a comma ("..., demanding he step down") belongs to the main subject.
  if (/,\s*$/.test(before) && /ing$/i.test(c.cue) && usable[0] && usable[0].end <= c.cueStart)
    return { proposer: usable[0].actor_id, addressee, resisted: false };
  const subject = inClause[0] ?? main[0] ?? usable.find((m) => m.end <= c.cueStart);
  return { proposer: subject?.actor_id ?? '', addressee, resisted: false };
}

// A personal pronoun is the cue's subject: right before its verb ("..., as he vowed to punish"),
// or opening the cue's clause with no break before the cue ("He described the attack as a threat
// and urged Russians to unite", "Lukashenko said that he had held talks with Prigozhin and managed
// to convince him to stop"). It stands for the sentence's own subject when one is named before it
// (not for the last name of an embedded clause: "Putin said that Prigozhin had betrayed Russia, as
// he vowed"), else for the subject of the sentence before.
const PRONOUN_BEFORE_VERB = /\b(?:he|she|they)\s+(?:(?:also|has|had|have|then|later|again|publicly)\s+)*$/i;
const PRONOUN_OPENS = /^(?:\W*|\s*that\s+)(?:he|she|they)\s+(?![^,;:]*(?:[,;:]|\bthat\b|\bwho\b|\bwhich\b))/i;
function pronounSubject(
  before: string,
  clauseAt: number,
  usable: SentenceMention[],
  prior: Before,
): string | undefined {
  const right = PRONOUN_BEFORE_VERB.exec(before);
  const at = right ? right.index : PRONOUN_OPENS.test(before.slice(clauseAt)) ? clauseAt : -1;
  if (at < 0) return undefined;
  const named = usable.find((m) => m.end <= at);
  return named ? named.actor_id : at === 0 || !right ? prior.subject || prior.proposer : undefined;
}

// A relative clause is the cue's ("the Wagner mercenary group that has vowed to topple", "Hamas,
// which has demanded"): the one who proposes is the noun it hangs on, the last actor named right
// before the relative pronoun (a few common nouns may follow the name: "group", "mercenary group").
const RELATIVE_BEFORE = /(,\s*)?\b(?:that|who|which)\s+(?:(?:has|have|had|also|long|repeatedly|now)\s+)*$/i;
function relativeSubject(sentence: string, before: string, usable: SentenceMention[]): string {
  const rel = RELATIVE_BEFORE.exec(before);
  if (!rel) return '';
  const last = usable.filter((m) => m.end <= rel.index).at(-1);
  if (!last || !/^(?:\s+[a-z][\w-]*){0,3}\s*$/.test(sentence.slice(last.end, rel.index))) return '';
  return last.actor_id;
}

/** The first actor of a sentence that is its subject: not a label inside another mention's
 *  descriptor ("U.N. envoy Staffan de Mistura"), not a qualifier ("US ally Saudi Arabia"). */
export function subjectOf(sentence: string, mentions: SentenceMention[]): string {
  return (
    mentions.find(
      (m) =>
        !m.media &&
        // a name inside quotation marks (blanked in `sentence`) is what a speaker says, not who speaks
        sentence.slice(m.start, m.end).trim() !== '' &&
        !insideDescriptor(m, mentions) &&
        !qualifiesNext(sentence, m, mentions) &&
        !possessiveOfNoun(sentence, m),
    )?.actor_id ?? ''
  );
}

function insideDescriptor(m: SentenceMention, all: SentenceMention[]): boolean {
  return all.some(
    (o) =>
      o !== m &&
      o.descriptor &&
      o.start > m.start &&
      o.start - m.start <= o.descriptor.length + 1 &&
      o.descriptor.includes(m.surface),
  );
}

/** A name that labels the next one: "US ally Saudi Arabia", "Russian backer Moscow". */
function qualifiesNext(sentence: string, m: SentenceMention, all: SentenceMention[]): boolean {
  const gap = /^\s+(?:ally|allies|partner|backer|foe|rival|envoy|client|proxy)\s+$/i;
  return all.some((o) => o.start > m.end && gap.test(sentence.slice(m.end, o.start)));
}

function possessiveOfNoun(sentence: string, m: SentenceMention): boolean {
  return /^['\u2019]s\s+(?!(?:key\s+|new\s+|draft\s+|latest\s+|own\s+)?(?:proposal|plan|offer|demand|initiative|roadmap|call))/i.test(
    sentence.slice(m.end),
  );
}
