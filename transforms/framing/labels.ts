// framing_labels: the descriptors each outlet attaches to each actor in an event ("Syrian
// strongman", "Russian ally"), counted, with their connotation from the codebook's labels sheet.
// Descriptors that differ only in case are one descriptor ("Top US diplomat" at the start of a
// sentence, "top US diplomat" inside one); the row shows the form that sorts first.
import * as aq from 'arquero';
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { LabelTerm } from '../codebook/Codebook.ts';
import { FRAMING_LABELS } from '../schema/index.ts';
import { labelConnotation } from './labelConnotation.ts';

export function labels(mentions: ColumnTable, outlets: ColumnTable, labelTerms: readonly LabelTerm[]): ColumnTable {
  const match = labelConnotation(labelTerms);
  return mentions
    .filter((d: any) => d.actor_id != null && d.actor_id !== '' && d.descriptor != null && op.trim(d.descriptor) !== '')
    .derive({ descriptor: (d: any) => op.replace(op.trim(d.descriptor), /\s+/g, ' ') })
    .derive({ key: (d: any) => op.lower(d.descriptor) })
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .groupby('event_id', 'outlet', 'actor_id', 'key')
    .rollup({ descriptor: (d: any) => op.min(d.descriptor), count: () => op.count() })
    .derive({ connotation: aq.escape((d: any) => match(d.descriptor)?.connotation ?? '') })
    .orderby('event_id', 'outlet', 'actor_id', desc('count'), 'key')
    .select(...FRAMING_LABELS.names);
}
