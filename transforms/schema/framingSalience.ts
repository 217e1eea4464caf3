import { defineTable, text, integer, number, boolean, type RowOf } from './defineTable.ts';

export const FRAMING_SALIENCE = defineTable('framing_salience', "One actor in one outlet's coverage of an event.", {
  event_id: text('Event.', 24),
  outlet: text('Outlet.', 22),
  actor_id: text('Actor.', 22),
  mentions: integer('Mentions of the actor.', 9),
  share: number("Share of the outlet's actor mentions in the event (sums to 1).", 8),
  in_headline: boolean('Named in a headline.', 11),
  in_lead: boolean('Named in the lead (first two sentences of the body).', 8),
  first_sentence: integer('Index of the sentence where it first appears.', 8),
});
export type FramingSalience = RowOf<typeof FRAMING_SALIENCE>;
