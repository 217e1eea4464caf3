// The actor an attribution phrase names: the last actor it names, nearest the verb ("Kremlin
// spokesman Dmitry Peskov", "a senior US official" -> United States, "the Kremlin"),
// else the country of a demonym ("American officials"). "Kerry's spokesman" is not Kerry: a
// possessive before a role word names someone else, whose actor stays unknown. A surname no mention
// covers is the person named in full before it.
import type { Codebook } from '../codebook/Codebook.ts';
import type { MentionRef } from './QuoteCandidate.ts';
import { DEMONYMS } from '../text/lexicon/demonyms.ts';
import { isRoleNoun } from '../text/lexicon/roleNouns.ts';

export const PRONOUNS = /^(he|she|they|it)$/i;

export function demonymActor(phrase: string, codebook: Codebook): string {
  for (const word of phrase.split(/[\s,]+/)) {
    for (const name of DEMONYMS[word] ?? []) {
      const actor = codebook.actors.find((a) => a.name === name || a.aliases.includes(name));
      if (actor) return actor.actor_id;
    }
  }
  return '';
}

export function speakerOf(
  text: string,
  start: number,
  end: number,
  mentions: MentionRef[],
  codebook: Codebook,
): string {
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const named = (ms: MentionRef[]) =>
    ms.filter((m) => {
      const after = text.slice(m.end, end);
      const possessed = /^['\u2019]s\s+([\p{L}-]+)/u.exec(after);
      return !(possessed && isRoleNoun(possessed[1]) && !inside.some((o) => o.start > m.end));
    });
  // The mention nearest the verb heads the subject ("... after the Kremlin said" is the Kremlin).
  const others = named(inside).sort((a, b) => a.end - b.end || a.end - a.start - (b.end - b.start));
  if (others.length) return others[others.length - 1].actor_id;
  if (inside.length) return '';
  return surnameActor(text.slice(start, end), start, mentions) || demonymActor(text.slice(start, end), codebook);
}

/**
 * The person a bare surname at the end of the phrase stands for ("the pugilistic Varoufakis", "Mr Haddad"): one
 * person named before in the article whose name ends with it; none when two share it.
 */
function surnameActor(phrase: string, start: number, mentions: MentionRef[]): string {
  const surname = /(?:^|\s)(\p{Lu}\p{Ll}[\p{L}'\u2019-]+)\s*$/u.exec(phrase)?.[1];
  if (!surname) return '';
  const ids = new Set(
    mentions
      .filter((m) => m.person && m.end <= start && m.surface !== surname && m.surface.endsWith(` ${surname}`))
      .map((m) => m.actor_id),
  );
  return ids.size === 1 ? [...ids][0] : '';
}
