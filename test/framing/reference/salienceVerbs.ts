// framing_salience written with Arquero verbs (joins, groupby, rollup), as it was before
// transforms/framing/salience.ts counted in maps for speed: the reference the hand loop must agree with.
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import {
  FRAMING_SALIENCE,
  MENTIONS,
  SENTENCES,
  type Mention,
  type Sentence,
} from '../../../transforms/schema/index.ts';
import { leadSentences } from '../../../transforms/framing/leadSentences.ts';
import { shareWithinOutlet } from '../../../transforms/framing/shareWithinOutlet.ts';
import { columnsOf } from '../../../charts/style/columnsOf.ts';

const M = columnsOf(MENTIONS);
const S = columnsOf(SENTENCES);
const F = columnsOf(FRAMING_SALIENCE);
type Joined = Mention & Pick<Sentence, 'paragraph' | 'index'> & { in_lead: boolean | null };

export function salienceVerbs(mentions: ColumnTable, sentences: ColumnTable, outlets: ColumnTable): ColumnTable {
  const counted = mentions
    .filter((d: Mention) => d.actor_id != null && d.actor_id !== '')
    .select(M.article_id, M.sentence_id, M.actor_id, M.in_headline)
    .join(outlets.select(F.event_id, F.outlet, M.article_id), M.article_id)
    .join(sentences.select(S.sentence_id, S.paragraph, S.index), S.sentence_id)
    .join_left(leadSentences(sentences), S.sentence_id)
    .groupby(F.event_id, F.outlet, F.actor_id)
    .rollup({
      mentions: () => op.count(),
      in_headline: (d: Joined) => op.max(d.in_headline === true || d.paragraph === 0 ? 1 : 0) > 0,
      in_lead: (d: Joined) => op.max(d.in_lead === true ? 1 : 0) > 0,
      first_sentence: (d: Joined) => op.min(d.index),
    });
  return shareWithinOutlet(counted, F.mentions)
    .orderby(F.event_id, F.outlet, desc(F.mentions), F.actor_id)
    .select(...FRAMING_SALIENCE.names);
}
