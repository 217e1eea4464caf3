// Nouns that head a label attached to an actor in news English: "Kremlin spokesman", "Assad's key
// backer", "the UN envoy for Syria", "his Russian opposite number", "the jihadist group".
// Lower-case; matching folds case ("President" and "president" are the same head).
import { withoutPossessive } from '../words.ts';

/** Heads of labels for people. */
export const PERSON_ROLES = new Set([
  'president', 'leader', 'strongman', 'dictator', 'ruler', 'despot', 'autocrat', 'king', 'prince', 'emir', 'sheikh', 'monarch',
  'premier', 'chancellor', 'minister', 'secretary', 'diplomat', 'envoy', 'ambassador', 'negotiator', 'mediator', 'emissary',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aide', 'adviser', 'advisor', 'counterpart', 'chief', 'head',
  'commander', 'general', 'colonel', 'admiral', 'officer', 'cleric', 'senator', 'lawmaker', 'deputy', 'director', 'chairman',
  'chairwoman', 'coordinator', 'representative', 'delegate', 'analyst', 'expert', 'activist', 'founder', 'mayor', 'governor',
  'secretary-general', 'president-elect', 'prime', 'successor', 'predecessor', 'interlocutor', 'lieutenant-general', 'major-general',
  'brigadier-general', 'lieutenant', 'brigadier', 'marshal', 'captain', 'sergeant', 'researcher', 'monitor',
]);

/** Heads of labels for states, governments and groups. */
export const GROUP_ROLES = new Set([
  'ally', 'allies', 'backer', 'backers', 'patron', 'sponsor', 'partner', 'foe', 'foes', 'enemy', 'rival', 'adversary', 'opponent',
  'critic', 'supporter', 'protector', 'branch', 'affiliate', 'offshoot', 'wing', 'arm', 'group', 'militia', 'movement', 'faction',
  'organisation', 'organization', 'outfit', 'network', 'alliance', 'coalition', 'monitor', 'watchdog', 'agency', 'body', 'bloc',
  'power', 'superpower', 'neighbour', 'neighbor', 'regime', 'government', 'administration', 'broadcaster', 'newspaper', 'daily',
  'umbrella', 'groups', 'factions', 'militias', 'movements', 'organisations', 'organizations', 'members', 'member',
]);

/** Two-word heads whose last word alone would mislead ("opposite number", "head of state"). */
export const MULTIWORD_ROLES = ['opposite number', 'head of state', 'right-hand man', 'point man', 'top diplomat'];

const verdicts = new Map<string, boolean>();

export function isRoleNoun(word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    const w = withoutPossessive(word.toLowerCase());
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(word, verdict = PERSON_ROLES.has(w) || GROUP_ROLES.has(w) || w === 'number');
  }
  return verdict;
}

/** Nouns that head a label for groups: "the Al Nusra Front jihadist group". */
export const GROUP_HEADS = new Set(['group', 'militia', 'movement', 'faction', 'organisation', 'organization', 'outfit', 'network', 'alliance', 'coalition']);
