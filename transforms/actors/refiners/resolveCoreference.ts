// Gives descriptions used alone the actor they refer to:
// - a codebook title held by several actors ("the secretary") goes to the one mentioned last;
//   a title with no capital letter ("the secretary") needs that actor named earlier in the
//   article, a specific one ("the top US diplomat") does not;
// - a generic role ("the minister", "the Russian leader", "the district attorney", "Putin's defence
//   minister") goes to the one person named before it whose labels so far hold it (roleFits.ts: the
//   head or a kin of it, the modifiers that name the office); none before it, to the one person the
//   article gives that role anywhere ("Libya's chief prosecutor ... General Prosecutor X"); two
//   holders, none, or an unnamed one introduced more recently ("a Western diplomat ... the diplomat
//   said"): no mention;
// - a group's description ("the jihadist group") goes to a group, and one that places or sponsors it
//   ("the Britain-based monitor") to the group named last; an institution's common noun ("the
//   ministry", "the defence ministry") to the organisation named last whose name holds its words.
import type { MentionCandidate } from '../MentionCandidate.ts';
import { SPONSOR_COMPOUND } from '../parsers/groupRoleMention.ts';
import type { MentionContext } from '../MentionContext.ts';
import { roleFits, roleWord } from './roleFits.ts';

/** "the Islamist movement", "the militant group": what a group is, which any group named just before may be
 *  (not its rank, "the main opposition bloc", nor a kind of body that names another, "the coalition"). */
const CHARACTER = new Set(
  'islamist jihadist militant extremist terrorist radical armed hardline insurgent separatist paramilitary rebel'.split(
    ' ',
  ),
);
const characterises = (words: string[]) =>
  /^(?:group|movement|militia|organisation|organization)$/i.test(words[words.length - 1]) &&
  words.slice(0, -1).every((w) => CHARACTER.has(w.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ic|ist|ian|an|i)$/u.test(w));
const stem = (w: string) => w.toLowerCase().slice(0, 5);

export function resolveCoreference(
  mentions: MentionCandidate[],
  {
    matcher: { actors: codebookActors },
    persons: personIds,
    groups: groupTypes,
    states,
    sentenceOf,
    all,
  }: MentionContext,
): MentionCandidate[] {
  const groupIds = new Set(groupTypes.keys());
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const lastSeen = new Map<string, number>();
  const evidence = new Map<string, string>();
  const addEvidence = (id: string, s: string) =>
    evidence.set(id, `${evidence.get(id) ?? codebookActors.get(id)?.titles.join(' ; ') ?? ''} ; ${s}`.toLowerCase());
  // Every person's labels over the whole article, for roles that come before the name.
  const holders = new Map<string, string>();
  for (const m of sorted)
    if (m.kind === 'name' && personIds.has(m.actor_id))
      holders.set(
        m.actor_id,
        `${holders.get(m.actor_id) ?? codebookActors.get(m.actor_id)?.titles.join(' ; ') ?? ''} ; ${m.descriptor}`.toLowerCase(),
      );
  const out: MentionCandidate[] = [];
  sorted.forEach((m, order) => {
    // "a Western diplomat": a new, unnamed referent for later "the diplomat"; no row of its own.
    if (m.parser === 'indefiniteReferent') {
      lastSeen.set(`~${m.descriptor}`, order);
      return;
    }
    let resolved: MentionCandidate | null = m;
    if (m.kind === 'title') {
      const ids = m.actor_id.split('|');
      const seen = ids.filter((id) => lastSeen.has(id)).sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
      const generic = !/\p{Lu}/u.test(m.surface);
      const id = seen[0] ?? (ids.length === 1 && !generic ? ids[0] : '');
      resolved = id ? { ...m, actor_id: id } : null;
    } else if (m.parser === 'stateEpithet') {
      // "the reclusive state": the state named last, as an actor or as a place ("talks in Syria ... the war-torn country").
      const last = [...lastSeen.keys()]
        .filter((id) => states.has(id))
        .sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!)[0];
      const named = all
        .filter((a) => a.end <= m.start && a.entry.kind === 'alias' && states.has(a.entry.actor_id))
        .reduce<(typeof all)[number] | undefined>((x, a) => (!x || a.start > x.start ? a : x), undefined);
      const id = named && (!last || named.start > sorted[lastSeen.get(last)!].start) ? named.entry.actor_id : last;
      resolved = id ? { ...m, actor_id: id } : null;
    } else if (m.kind === 'role' && (m.parser === 'groupRoleMention' || m.parser === 'institutionMention')) {
      const words = m.surface.split(/\s+/);
      const head = words[words.length - 1].toLowerCase();
      const sponsored = words.some((w) => SPONSOR_COMPOUND.test(w));
      // A monitor or watchdog is an organisation (or an outlet), not an armed group.
      const watcher = /^(monitor|watchdog)$/.test(head) || /monitoring group$/.test(m.surface);
      const fits = (id: string) => groupIds.has(id) && !(watcher && groupTypes.get(id) === 'armed_group');
      const candidates = [...lastSeen.keys()]
        .filter(fits)
        .filter((id) => {
          if (sponsored) return true; // "the Britain-based monitor": the group just named, whatever it was called
          const ev = `${evidence.get(id) ?? ''} ; ${codebookActors.get(id)?.name ?? id}`.toLowerCase();
          return roleWord(head).test(ev) && words.slice(0, -1).every((w) => ev.includes(stem(w)));
        })
        .sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
      // "Hamas said ... The Islamist movement runs Gaza": with no label that fits, the group named in the
      // sentence before or this one, when it is the last group named.
      const last = [...lastSeen.keys()].filter(fits).sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!)[0];
      const near =
        last &&
        m.parser === 'groupRoleMention' &&
        characterises(words) &&
        sentenceOf(sorted[lastSeen.get(last)!].start).end >= sentenceOf(m.start).start - 2
          ? last
          : '';
      resolved = candidates[0] || near ? { ...m, actor_id: candidates[0] || near } : null;
    } else if (m.kind === 'role') {
      const head = m.surface.split(/\s+/).pop()!.toLowerCase();
      const unnamed = lastSeen.get(`~${head}`) ?? -1;
      // The people named before whose labels so far hold the role: it is theirs only when one does.
      const before = [...lastSeen.keys()]
        .filter((id) => personIds.has(id))
        .filter((id) =>
          roleFits(m, evidence.get(id) ?? codebookActors.get(id)?.titles.join(' ; ').toLowerCase() ?? ''),
        );
      // None: the role comes before the name ("Libya's chief prosecutor ... General Prosecutor X"), the one
      // person the article gives that role anywhere, unless an unnamed one took it first.
      const after =
        before.length || unnamed >= 0 ? [] : [...holders.keys()].filter((id) => roleFits(m, holders.get(id)!));
      const id =
        before.length === 1 && lastSeen.get(before[0])! > unnamed ? before[0] : after.length === 1 ? after[0] : '';
      resolved = id ? { ...m, actor_id: id } : null;
    }
    if (!resolved) return;
    lastSeen.set(resolved.actor_id, order);
    if (resolved.descriptor) addEvidence(resolved.actor_id, resolved.descriptor);
    out.push(resolved);
  });
  return out;
}
