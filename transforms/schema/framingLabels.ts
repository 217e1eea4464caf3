import { defineTable, text, integer, type RowOf } from './defineTable.ts';

export const FRAMING_LABELS = defineTable(
  'framing_labels',
  'One descriptor one outlet attached to one actor in an event.',
  {
    event_id: text('Event.', 24),
    outlet: text('Outlet.', 22),
    actor_id: text('Actor.', 22),
    descriptor: text('Descriptor as written.', 28),
    count: integer('Times used.', 7),
    connotation: text('Connotation from the codebook labels sheet, when a label term occurs in it.', 14),
  },
);
export type FramingLabel = RowOf<typeof FRAMING_LABELS>;
