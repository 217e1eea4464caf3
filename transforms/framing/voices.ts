// framing_voices: who each outlet lets speak about an event. Per speaker, the direct quotes (in
// quotation marks) and the indirect ones (reported speech); `share` is the speaker's part of all
// the outlet's quotes in the event, direct and indirect together. Unattributed quotes are kept
// under an empty speaker: how much an outlet leans on unnamed sources is part of the picture.
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import { FRAMING_VOICES, type Quote } from '../schema/index.ts';
import { shareWithinOutlet } from './shareWithinOutlet.ts';

interface Counts {
  direct: number;
  indirect: number;
}

export function voices(quotes: ColumnTable, outlets: ColumnTable): ColumnTable {
  const counted = quotes
    .select('article_id', 'speaker', 'kind')
    .derive({ speaker: (d: Quote) => (d.speaker == null ? '' : d.speaker) })
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .groupby('event_id', 'outlet', 'speaker')
    .rollup({
      direct: (d: Quote) => op.sum(d.kind === 'direct' ? 1 : 0),
      indirect: (d: Quote) => op.sum(d.kind === 'indirect' ? 1 : 0),
    })
    .derive({ quotes: (d: Counts) => d.direct + d.indirect });
  return shareWithinOutlet(counted, 'quotes')
    .orderby('event_id', 'outlet', desc('quotes'), 'speaker')
    .select(...FRAMING_VOICES.names);
}
