// The codebook a run used, for the About sheet: its file and size, sheet by sheet, with the
// frames and outlets it names.
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import { relativePlace } from './relativePlace.ts';

export function codebookSummary(codebook: Codebook): { item: string; value: string }[] {
  const types = new Map<string, number>();
  for (const a of codebook.actors) types.set(a.type, (types.get(a.type) ?? 0) + 1);
  return [
    { item: 'file', value: relativePlace(codebook.file) },
    {
      item: 'actors',
      value: `${codebook.actors.length}${types.size ? ` (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')})` : ''}`,
    },
    { item: 'frames', value: codebook.frames.map((f) => f.frame).join('; ') || '(none)' },
    { item: 'labels', value: String(codebook.labels.length) },
    { item: 'casualty terms', value: String(codebook.casualtyTerms.length) },
    { item: 'proposal cues', value: String(codebook.proposalCues.length) },
    { item: 'outlets', value: codebook.outlets.map((o) => o.outlet).join('; ') || '(none)' },
  ];
}
