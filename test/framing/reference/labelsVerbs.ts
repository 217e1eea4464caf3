// framing_labels written with Arquero verbs, as it was before transforms/framing/labels.ts counted
// in maps for speed: the reference the hand loop must agree with.
import * as aq from 'arquero';
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { LabelTerm } from '../../../transforms/codebook/Codebook.ts';
import { FRAMING_LABELS, MENTIONS, type Mention, type FramingLabel } from '../../../transforms/schema/index.ts';
import { labelConnotation } from '../../../transforms/framing/labelConnotation.ts';
import { columnsOf } from '../../../charts/style/columnsOf.ts';

const M = columnsOf(MENTIONS);
const L = columnsOf(FRAMING_LABELS);
type Keyed = Mention & { key: string };

export function labelsVerbs(
  mentions: ColumnTable,
  outlets: ColumnTable,
  labelTerms: readonly LabelTerm[],
): ColumnTable {
  const match = labelConnotation(labelTerms);
  return mentions
    .filter(
      (d: Mention) => d.actor_id != null && d.actor_id !== '' && d.descriptor != null && op.trim(d.descriptor) !== '',
    )
    .derive({ descriptor: (d: Mention) => op.replace(op.trim(d.descriptor), /\s+/g, ' ') })
    .derive({ key: (d: Mention) => op.lower(d.descriptor) })
    .join(outlets.select(M.article_id, L.event_id, L.outlet), M.article_id)
    .groupby(L.event_id, L.outlet, L.actor_id, 'key')
    .rollup({ descriptor: (d: Keyed) => op.min(d.descriptor), count: () => op.count() })
    .derive({ connotation: aq.escape((d: FramingLabel) => match(d.descriptor ?? '')?.connotation ?? '') })
    .orderby(L.event_id, L.outlet, L.actor_id, desc(L.count), 'key')
    .select(...FRAMING_LABELS.names);
}
