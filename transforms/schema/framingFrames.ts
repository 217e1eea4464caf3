import { defineTable, text, integer, number, type RowOf } from './defineTable.ts';

export const FRAMING_FRAMES = defineTable('framing_frames', "One frame in one outlet's coverage of an event.", {
  event_id: text('Event.', 24),
  outlet: text('Outlet.', 22),
  frame: text('Frame from the codebook frames sheet.', 20),
  cues: integer('Cue terms of the frame found.', 7),
  share: number("Share of the outlet's frame cues in the event (sums to 1).", 8),
});
export type FramingFrame = RowOf<typeof FRAMING_FRAMES>;
