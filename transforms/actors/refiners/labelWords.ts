// Words a label may hold beyond the shared lexicons, for the descriptors alone (attachDescriptors):
// the nouns and participles that modify an office in news English ("ruling party rival",
// "foreign ministry spokesperson", "BJP parliamentary party secretary", "current President",
// "projected election winner"), the abbreviated titles written before a name ("PM Modi"), and the
// heads of a group's label written after its name ("the Islamic State (IS) militia", "IS terrorists",
// "the KCNA news agency", "al-Nahar television station").

/** Lower-case words that may sit inside a label before its head. */
export const LABEL_MODIFIERS = new Set([
  'current',
  'outgoing',
  'incoming',
  'ruling',
  'governing',
  'party',
  'ministry',
  'parliamentary',
  'projected',
  'election',
  'provisional',
]);

/** Occupations, standings and kin that head a label at a mention only ("climate scientist Jane Roe", "X, a French
 *  national,", "Kim's sister, Kim Yo Jong,"); not roles for the other extractors (no coreference, no speaker); in apposition they show the name before is a person's. */
export const OCCUPATIONS = new Set(
  (
    'scientist economist physicist engineer lawyer academic investor journalist reporter photographer teacher ' +
    'student doctor nurse farmer driver worker volunteer national citizen resident native criminal ' +
    'sister brother son daughter wife husband father mother widow ' +
    // Offices named by their place among holders: "the previous officeholder, X", "his superior, X", "summit chair X".
    'officeholder predecessor successor superior chair'
  ).split(' '),
);

/** Lower-case words that are never a noun modifying the head of a label ("said spokesman X", "met minister X"). */
export const NOT_NOUN_MODIFIERS = new Set(
  (
    'the a an and or but nor of in on at for to by with from as than that this these those its his her their our ' +
    'your my who whom which when where while after before said told then now also not met led won saw hit beat ' +
    'new old top own only all both each every other another some any such more most about into over under'
  ).split(' '),
);

/** "Azerbaijan-born billionaire", "London-based analyst": a place and a participle before a label. */
export const PLACE_PARTICIPLE = /^\p{Lu}[\p{L}.]*-(?:born|based|raised|educated|trained)$/u;

/** Abbreviated titles, matched as written (a lower-case "pm" is a time of day). */
export const ABBREVIATED_TITLES = new Set(['PM']);

/** "then-House of Representatives speaker", "ex-Prime Minister": a prefix before a capitalised word. */
export const PREFIXED_CAPITAL = /^(?:then|ex|former)-\p{Lu}/u;

/** Heads of a group's label after its name, after a modifier ("the KCNA news agency"). */
export const GROUP_LABEL_HEADS = new Set([
  'agency',
  'terrorists',
  'militants',
  'insurgents',
  // An outlet's label: "the al-Nahar television station", "the Gazeta daily newspaper".
  'station',
  'channel',
  'broadcaster',
  'newspaper',
  'website',
]);

/** Heads that label a group right after its name with no modifier ("IS terrorists", "the Islamic
 *  State (IS) militia", "the Hamas movement", "the Times of Israel website"); "group" or "fighters"
 *  alone add nothing to the name ("IS group fighters"). */
export const BARE_GROUP_HEADS = new Set(['terrorists', 'militants', 'insurgents', 'militia', 'movement', 'website']);
