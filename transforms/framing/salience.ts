// framing_salience: how prominent each actor is in each outlet's coverage of an event. `share`
// is the actor's part of all the outlet's actor mentions in the event; `in_headline` and
// `in_lead` say whether any of the outlet's articles names it there; `first_sentence` is the
// smallest sentence index at which one of them first names it. Mentions with no actor are left out.
import { op, desc } from 'arquero';
import type { ColumnTable } from 'arquero';
import { FRAMING_SALIENCE } from '../schema/index.ts';
import { leadSentences } from './leadSentences.ts';
import { shareWithinOutlet } from './shareWithinOutlet.ts';

export function salience(mentions: ColumnTable, sentences: ColumnTable, outlets: ColumnTable): ColumnTable {
  const counted = mentions
    .filter((d: any) => d.actor_id != null && d.actor_id !== '')
    .select('article_id', 'sentence_id', 'actor_id', 'in_headline')
    .join(outlets.select('article_id', 'event_id', 'outlet'), 'article_id')
    .join(sentences.select('sentence_id', 'paragraph', 'index'), 'sentence_id')
    .join_left(leadSentences(sentences), 'sentence_id')
    .groupby('event_id', 'outlet', 'actor_id')
    .rollup({
      mentions: () => op.count(),
      in_headline: (d: any) => op.max(d.in_headline === true || d.paragraph === 0 ? 1 : 0) > 0,
      in_lead: (d: any) => op.max(d.in_lead === true ? 1 : 0) > 0,
      first_sentence: (d: any) => op.min(d.index),
    });
  return shareWithinOutlet(counted, 'mentions')
    .orderby('event_id', 'outlet', desc('mentions'), 'actor_id')
    .select(...FRAMING_SALIENCE.names);
}
