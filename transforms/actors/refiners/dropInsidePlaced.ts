// A name inside a placed institution ("Defence Ministry" in "the Defence Ministry in Moscow") is
// part of it; a codebook alias there stays.
import type { MentionCandidate } from '../MentionCandidate.ts';

export function dropInsidePlaced(mentions: MentionCandidate[]): MentionCandidate[] {
  const placed = mentions.filter((m) => m.parser === 'institutionInPlace');
  return mentions.filter(
    (m) => !placed.some((p) => p !== m && p.start <= m.start && m.end <= p.end && m.parser !== 'aliasMatcher'),
  );
}
