import { defineTable, text, type RowOf } from './defineTable.ts';

export const OMISSIONS = defineTable(
  'omissions',
  'One item other outlets of the event reported and this outlet did not.',
  {
    event_id: text('Event.', 24),
    outlet: text('Outlet that left it out.', 22),
    item_type: text('actor, quote, figure or proposal.', 10),
    item: text('The item, readable.', 40),
    reported_by: text('Outlets that reported it, joined with "; ".', 30),
  },
);
export type Omission = RowOf<typeof OMISSIONS>;
