// Proposals: sentences holding a cue word; the proposer is the last name before the cue.
import type { Entity } from './entities.ts';
import type { Sentence } from './sentences.ts';
import type { Span } from './spans.ts';
import { slug } from './slug.ts';

export interface Proposal extends Span {
  proposer?: Entity;
  cue: string;
  summary: string;
  key: string;
}

const CUE = new RegExp(
  '\\b(proposed|proposes|proposal|offered|offers|called for|calls for|urged|urges|' +
    'demanded|demands|pledged|agreed to|plan|deal)\\b',
  'i',
);
const STOP = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'for',
  'on',
  'in',
  'and',
  'that',
  'with',
  'by',
  'be',
  'would',
  'will',
]);

export function findProposals(sentences: Sentence[], entities: Entity[]): Proposal[] {
  const out: Proposal[] = [];
  for (const s of sentences) {
    const m = CUE.exec(s.surface);
    if (!m) continue;
    const cueAt = s.start + m.index;
    const names = entities.filter((e) => e.start >= s.start && e.end <= s.end && e.type !== 'other');
    const proposer = names.filter((e) => e.end <= cueAt).pop() ?? names[0];
    const summary = s.surface
      .slice(m.index + m[0].length)
      .trim()
      .split(/\s+/)
      .slice(0, 12)
      .join(' ');
    const words = summary
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP.has(w));
    out.push({ ...s, proposer, cue: m[0].toLowerCase(), summary, key: slug(words.slice(0, 4).join(' ')) });
  }
  return out;
}
