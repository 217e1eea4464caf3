// A subject the actors table does not name but the article does elsewhere: a body by its head
// noun ("the council" -> the mention "UN Security Council", "the group" -> "International Syria
// Support Group", "the committee", "the ministry"), a role by the descriptor of a mention ("the
// secretary-general" -> "Secretary-General Ban Ki-moon"), and the members of a meeting ("world
// powers", "the major powers", "foreign ministers", "the 17 nations") -> the body that met, or
// the states the sentence names as its leaders ("world powers led by the United States and
// Russia"). Only right before the verb (and its auxiliaries), or as the subject of "said they
// would": "the council" elsewhere in the sentence is no subject.
import type { SentenceMention } from './Candidate.ts';
import { worldActors } from '../world/worldActors.ts';

/** A mention of the article, with its offset in the article's text. */
export interface ArticleMention {
  at: number;
  actor_id: string;
  surface: string;
  descriptor: string;
  armed: boolean;
}

/** Adjectives of intergovernmental bodies ("UN", "U.N.", "EU", "NATO"), from the world layer. */
const BODY_ADJECTIVES = worldActors()
  .filter((a) => a.type === 'organization')
  .flatMap((a) => a.adjectives)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const MODIFIER = String.raw`(?:(?:world|major|great|global|western|regional|foreign|key|leading|international|Arab|European|Gulf|${BODY_ADJECTIVES}|security|\d+-(?:nation|member|country)|[a-z]+-(?:nation|member|country)|visiting|participating|assembled|other)\s+)`;
const BODY = String.raw`council|group|committee|coalition|ministry|commission|conference|assembly|alliance|bloc|league|body`;
const MEMBERS = String.raw`powers|ministers|nations|countries|states|governments|participants|delegates|delegations|members|envoys|diplomats`;
const ROLE = String.raw`secretary-general|secretary\s+general|envoy|mediator|coordinator|spokesman|spokeswoman|chief|chairman|chair|president|minister|ambassador|negotiator`;
const AUX = String.raw`(?:(?:also|have|has|had|would|will|jointly|unanimously|then|later|meanwhile|formally|finally|already|now|early|late|(?:on|in|at)\s+[\w-]+)\s+){0,4}`;
const SUBJECT = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:said|says|that|and|but|while)\s+)(?:[A-Z][A-Z ,.'-]{2,40}\([^)]{1,30}\)\s*[-\u2013\u2014]+\s*)?(?:the\s+)?${MODIFIER}*(${BODY}|${MEMBERS}|${ROLE})(?:\s+(?:meeting|gathered|assembled)\s+(?:in|at)\s+[A-Z][\w-]+)?\s+(?:(?:said|says)\s+(?:that\s+)?(?:they|it|he|she)\s+)?${AUX}$`,
  'i',
);
const LEADERS = /\b(?:led|chaired|co-chaired|headed|including|among\s+them)\s+(?:by\s+)?$/i;

/** The actor that a group or role subject right before `at` stands for, '' when none. */
export function groupSubject(
  sentence: string,
  at: number,
  here: SentenceMention[],
  article: ArticleMention[],
  sentenceAt: number,
): string {
  const m = SUBJECT.exec(sentence.slice(0, at));
  if (!m) return '';
  const head = m[1].toLowerCase().replace(/\s+/g, ' ');
  const members = new RegExp(`^(?:${MEMBERS})$`, 'i').test(head);
  if (members) {
    // "world powers led by the United States and Russia agreed": the states the sentence names.
    const leader = here.find(
      (x) =>
        !x.media &&
        x.start < at &&
        LEADERS.test(sentence.slice(Math.max(0, x.start - 30), x.start).replace(/\s*(?:the\s+)?$/i, ' ')),
    );
    if (leader) return leader.actor_id;
    return nearest(
      article,
      sentenceAt,
      (x) => /\b(?:group|council|conference|contact|assembly)\b/i.test(x.surface) && !x.armed,
    ); // an armed group is no meeting
  }
  if (new RegExp(`^(?:${ROLE})$`, 'i').test(head)) {
    const role = head.replace(/\s+/g, '[\\s-]+');
    return nearest(article, sentenceAt, (x) => new RegExp(`\\b${role}\\b`, 'i').test(x.descriptor));
  }
  const noun = head === 'body' ? '(?:group|council|committee|commission)' : head;
  return nearest(
    article,
    sentenceAt,
    (x) => new RegExp(`\\b${noun}\\b`, 'i').test(x.surface) || new RegExp(`\\b${noun}\\b`, 'i').test(x.descriptor),
  );
}

/** The matching mention closest before the sentence, else the first after it. */
function nearest(article: ArticleMention[], sentenceAt: number, ok: (m: ArticleMention) => boolean): string {
  let best: ArticleMention | undefined;
  for (const x of article) {
    if (!ok(x)) continue;
    if (x.at < sentenceAt) best = x;
    else {
      best ??= x;
      break;
    }
  }
  return best?.actor_id ?? '';
}
