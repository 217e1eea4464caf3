// Common nouns for the parties a call or demand is addressed to, when the text does not name
// them ("urged all sides to", "the government and the opposition should"): with the codebook's
// actor mentions, what tells a call to parties from a forecast ("prices should fall"). Roles
// ("asks the secretary-general to convene", "urged the envoy to") are parties too.
export const PARTY_WORDS =
  /\b(?:sides?|parties|government|opposition|rebels?|regime|forces|factions|militias?|groups?|representatives|delegations?|countries|nations|powers|leaders|allies|members|states|them|him|her|us|everyone|Syrians|Russians|Americans|army|military|militaries|troops|secretary-general|envoy|mediator|council|monitors|powers|ministers)\b/i;
