// The words that tell one office from another in a role used alone, for resolving it to the one
// person who holds it: "the foreign minister" is not the defence minister, "the deputy minister"
// not the minister, "the district attorney" is "District Attorney Jane Roe"; and the other names
// news English gives the same office ("the prosecutor" after "District Attorney Jane Roe").

/** Lower-case modifiers that name the office itself: the holder's labels must hold them too. Rank and
 *  praise words ("top", "chief", "senior", "veteran") do not: "Libya's chief prosecutor" is "General Prosecutor X". */
export const OFFICE_MODIFIERS = new Set([
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'justice',
  'health',
  'economy',
  'trade',
  'energy',
  'education',
  'agriculture',
  'transport',
  'labour',
  'labor',
  'environment',
  'prime',
  'deputy',
  'vice',
  'assistant',
  'former',
  'district',
  'county',
  'city',
  'state',
  'military',
  'ministry',
  'department',
  'agency',
  'army',
  'police',
  'presidential',
  'opposition',
]);

/** Nouns of a place or body whose possessive opens a role: "the country's interior minister", "the ministry's spokesman". */
export const GENERIC_POSSESSORS = new Set([
  'country',
  'nation',
  'state',
  'kingdom',
  'republic',
  'government',
  'city',
  'region',
  'province',
  'county',
  'ministry',
  'department',
  'agency',
  'army',
  'military',
  'party',
]);

/** Labels that hold an office under another name: a head and the labels that name its holder too. */
export const ROLE_KIN: Record<string, string[]> = {
  prosecutor: ['district attorney', 'attorney general', 'attorney-general', "state's attorney", 'state attorney'],
  spokesman: ['spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman'],
  // "Prime Minister X ... the premier said"; "President X ... the Turkish leader said": a head of state or
  // government is its country's leader.
  premier: ['prime minister'],
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'emir', 'chairman', 'strongman', 'dictator'],
};
