// "officials in Rabat", "the authorities in Morocco", "the government in Tripoli": who governs
// there, not where. The name after such a phrase is the state, though a preposition of place
// stands before it (refiners/dropLocations.ts keeps it, parsers/seatMetonym.ts finds the seat).

/** A stretch of text that ends with a governing noun and "in" (and an optional "the"). */
export const GOVERNING_IN = /\b(?:officials|authorities|government|leaders|leadership|diplomats)\s+in\s+(?:the\s+)?$/i;
