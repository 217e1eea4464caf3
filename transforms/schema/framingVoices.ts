import { defineTable, text, integer, number, type RowOf } from './defineTable.ts';

export const FRAMING_VOICES = defineTable('framing_voices', 'One speaker quoted by one outlet about an event.', {
  event_id: text('Event.', 24),
  outlet: text('Outlet.', 22),
  speaker: text('Actor quoted; empty for an unknown speaker.', 22),
  direct: integer('Direct quotes.', 8),
  indirect: integer('Indirect quotes.', 8),
  share: number("Share of the outlet's quotes in the event (sums to 1).", 8),
});
export type FramingVoice = RowOf<typeof FRAMING_VOICES>;
