// Invitations: "X invited Y to visit Z", "Y accepted an invitation to visit Z", "Y will visit Z
// at the invitation of X", "X extended an invitation to Y". Who invites is the proposer where the
// text names them ("at the invitation of Putin": the author after the cue); otherwise the
// clause's subject. An invitation to do nothing ("invited reporters in", "invited comment") and
// an invitation turned down ("declined the invitation") are not proposals.
import type { Candidate } from '../Candidate.ts';
import { notStated } from '../notStated.ts';

const INVITED = /\b(invit(?:es|ed|ing))\s+(?:[\w.'\u2019-]+\s+){1,6}?to\s+(?!comment\b|a\b|the\b)[a-z]+/gi;
const ACCEPTED = /\b(accept(?:s|ed|ing)?|extend(?:s|ed|ing)?|issu(?:es|ed|ing))\s+(?:(?:an?|the|his|her|its|their|[A-Z][\w-]*['\u2019]s(?:\s+[A-Z][\w-]*['\u2019]s)?)\s+)(?:(?:official|formal|personal)\s+)?invitation\b/gi;
const AT_THE = /\b(at\s+the\s+invitation\s+of)\s+((?:the\s+)?[^,;.]{2,60}?)(?=[,;.]|\s+(?:and|to|for|on|in)\b|$)/gid;

export function invited(sentence: string): Candidate[] {
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
        ...(accepted ? { status: 'agreed' } : {}),
      });
      break;
    }
  }
  for (const m of sentence.matchAll(AT_THE)) {
    const at = m.index ?? 0;
    if (notStated(sentence, at)) continue;
    // "Kim would visit Russia at the invitation of Putin": the visit is what is proposed.
    const clause = sentence.slice(0, at).search(/[^,;:]*$/);
    found.push({
      cue: m[1],
      cueStart: at,
      cueEnd: at + m[1].length,
      type: 'offer',
      parser: 'invited',
      role: 'author',
      authorSpan: m.indices![2]! as [number, number],
      contentStart: clause,
    });
    break;
  }
  return found.sort((a, b) => a.cueStart - b.cueStart).slice(0, 1);
}
