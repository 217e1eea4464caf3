// The Candidates sheet: each discovered actor with its counts, the labels the text gave it and
// an example sentence, in the codebook's column order so that a row pastes into the actors sheet.
import type { Mention } from '../schema/index.ts';
import type { Candidate } from '../schema/candidates.ts';
import type { DiscoveredActor } from './discoveredRegistry.ts';
import type { ArticleText } from '../text/ArticleText.ts';

export function candidateRows(
  discovered: DiscoveredActor[],
  mentions: Partial<Mention>[],
  layouts: ArticleText[],
): Partial<Candidate>[] {
  const sentenceText = new Map(
    layouts.flatMap((l) => l.sentences.map((s) => [s.sentence_id, l.text.slice(s.start, s.end)] as [string, string])),
  );
  const byActor = new Map<string, Partial<Mention>[]>();
  for (const m of mentions) {
    const list = byActor.get(m.actor_id ?? '');
    if (list) list.push(m);
    else byActor.set(m.actor_id ?? '', [m]);
  }
  return discovered
    .map((a) => {
      const ms = byActor.get(a.actor_id) ?? [];
      const labels = [...new Set(ms.map((m) => m.descriptor).filter((d): d is string => !!d))];
      const example = ms.find((m) => m.descriptor) ?? ms[0];
      return {
        name: a.name,
        type: a.type,
        aliases: a.aliases.join('; '),
        camp: '',
        titles: labels.join('; '),
        count: ms.length,
        articles: new Set(ms.map((m) => m.article_id)).size,
        example_sentence_id: example?.sentence_id ?? '',
        example: sentenceText.get(example?.sentence_id ?? '') ?? '',
        found_by: a.parsers.join('; '),
      };
    })
    .sort((x, y) => (y.count ?? 0) - (x.count ?? 0) || String(x.name).localeCompare(String(y.name), 'en'));
}
