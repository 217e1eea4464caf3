// What every block of an event's Outlets sheet needs to know: the event, its outlets in column
// order, its articles, and the readable name of an actor id.
export interface EventView {
  event_id: string;
  /** Outlets of the event, sorted: one column each. */
  outlets: string[];
  /** article_id -> outlet, for the articles of the event. */
  outletOf: Map<string, string>;
  actorName: (actorId: string) => string;
}
