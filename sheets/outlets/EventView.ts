// What every block of an event's Outlets sheet needs to know: the event, its outlets in column
// order, and the readable name of an actor id.
export interface EventView {
  event_id: string;
  /** Outlets of the event, sorted: one column each. */
  outlets: string[];
  actorName: (actorId: string) => string;
}
