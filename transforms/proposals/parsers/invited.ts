// Invitations: "X invited Y to visit Z", "Y accepted an invitation to visit Z", "Y will visit Z
// at the invitation of X", "X extended an invitation to Y". Who invites is the proposer and the
// invited one the addressee: "at the invitation of Putin" (the author after the cue, the clause's
// subject invited), "accepted Kim's invitation", "accepted an invitation ... from Kim" (the
// possessive or the "from" phrase invites, the subject is invited); else the clause's subject. An invitation to do nothing ("invited reporters in", "invited comment") and
// an invitation turned down ("declined the invitation") are not proposals.
import type { Candidate, ParseContext, SentenceMention, Parser } from '../Candidate.ts';
import { notStated } from '../notStated.ts';
import { withCues } from '../withCues.ts';

const INVITED = /\b(invit(?:es|ed|ing))\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+(?!comment\b|a\b|the\b)[a-z]+/gi;
const ACCEPTED =
  /\b(accept(?:s|ed|ing)?|extend(?:s|ed|ing)?|issu(?:es|ed|ing))\s+(?:(?:an?|the|his|her|its|their|[A-Z][\w-]*['\u2019]s(?:\s+[A-Z][\w-]*['\u2019]s)?)\s+)(?:(?:official|formal|personal)\s+)?invitation\b/gi;
const AT_THE = /\b(at\s+the\s+invitation\s+of)\s+((?:the\s+)?[^,;.]{2,60}?)(?=[,;.]|\s+(?:and|to|for|on|in)\b|$)/dgi;

const POSSESSIVE =
  /\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['\u2019]s\s+(?:(?:official|formal|personal)\s+)?invitation\b/d;
const FROM = /^[^,;.]{0,60}?\bfrom\s+((?:the\s+)?[^,;.]{2,60}?)(?=[,;.]|\s+(?:and|to|for|on|in|at|after)\b|$)/d;

/** The span of the clause's subject (its first actor) before `at`: the one invited. */
function subjectSpan(sentence: string, at: number, mentions: SentenceMention[]): [number, number] | undefined {
  const clause = sentence.slice(0, at).search(/[^,;:]*$/);
  const said = [
    ...sentence.slice(clause, at).matchAll(/\b(?:said|says|announced|confirmed)(?:\s+on\s+\w+)?\s+(?:that\s+)?/gi),
  ].at(-1);
  const from = said ? clause + (said.index ?? 0) + said[0].length : clause;
  const m = mentions.find((x) => !x.media && x.start >= from && x.end <= at);
  return m ? [m.start, m.end] : undefined;
}

/** Who invited, when an accepted invitation names them, and the one who accepts as addressee. */
function inviter(sentence: string, at: number, end: number, mentions: SentenceMention[]): Partial<Candidate> {
  const own = POSSESSIVE.exec(sentence.slice(at, end));
  const from = own ? undefined : FROM.exec(sentence.slice(end));
  const span = own
    ? ([at + own.indices![1]![0], at + own.indices![1]![1]] as [number, number])
    : from
      ? ([end + from.indices![1]![0], end + from.indices![1]![1]] as [number, number])
      : undefined;
  return span ? { role: 'author', authorSpan: span, addresseeSpan: subjectSpan(sentence, at, mentions) } : {};
}

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['invites invited inviting invitation'];

export const invited: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  const found: Candidate[] = [];
  for (const re of [INVITED, ACCEPTED]) {
    for (const m of sentence.matchAll(re)) {
      const at = m.index ?? 0;
      if (notStated(sentence, at)) continue;
      const accepted = /^accept/i.test(m[1]);
      found.push({
        cue: m[1],
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'offer',
        parser: 'invited',
        ...(accepted ? { status: 'agreed', ...inviter(sentence, at, at + m[0].length, ctx.mentions) } : {}),
      });
      break;
    }
  }
  for (const m of sentence.matchAll(AT_THE)) {
    const at = m.index ?? 0;
    if (notStated(sentence, at)) continue;
    // "Kim would visit Russia at the invitation of Putin": the visit is what is proposed.
    let clause = sentence.slice(0, at).search(/[^,;:]*$/);
    const said = [
      ...sentence.slice(clause, at).matchAll(/\b(?:said|says|announced|confirmed)(?:\s+on\s+\w+)?\s+(?:that\s+)?/gi),
    ].at(-1);
    if (said) clause += (said.index ?? 0) + said[0].length;
    found.push({
      cue: m[1],
      cueStart: at,
      cueEnd: at + m[1].length,
      type: 'offer',
      parser: 'invited',
      role: 'author',
      authorSpan: m.indices![2]! as [number, number],
      addresseeSpan: subjectSpan(sentence, at, ctx.mentions),
      contentStart: clause,
    });
    break;
  }
  return found.sort((a, b) => a.cueStart - b.cueStart).slice(0, 1);
}
