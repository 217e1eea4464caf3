// Adjectives of nationality and the names of the places they point to: "a US official" speaks for
// the United States, "a Syrian military source" for Syria's government, "Turkish officials" for
// Turkey. Looked up in the codebook's aliases, in order, to find the actor of an unnamed source.
export const DEMONYMS: Record<string, string[]> = {
  US: ['United States', 'US'], 'U.S.': ['United States', 'US'], American: ['United States', 'US'], Washington: ['United States'],
  Russian: ['Russia'], Kremlin: ['Russia'], Moscow: ['Russia'],
  Syrian: ['Syrian government', 'Syria'], Damascus: ['Syrian government'],
  Iranian: ['Iran'], Turkish: ['Turkey'], Saudi: ['Saudi Arabia'], Jordanian: ['Jordan'], Iraqi: ['Iraq'], Israeli: ['Israel'],
  Lebanese: ['Lebanon'], Egyptian: ['Egypt'], Qatari: ['Qatar'], Emirati: ['United Arab Emirates'], French: ['France'],
  British: ['United Kingdom', 'Britain'], German: ['Germany'], Chinese: ['China'], Ukrainian: ['Ukraine'],
  UN: ['United Nations'], 'U.N.': ['United Nations'], EU: ['European Union'], NATO: ['NATO'], Nato: ['NATO'],
  Kurdish: [], Arab: [], Western: [], European: ['European Union'], Gulf: [],
};

/** Every demonym, for the label and name-shape checks. */
export const DEMONYM_WORDS = new Set(Object.keys(DEMONYMS).concat([
  'Afghan', 'Pakistani', 'Yemeni', 'Libyan', 'Palestinian', 'Chechen', 'Alawite', 'Sunni', 'Shiite', 'Shia', 'Islamist', 'Islamic',
  'Italian', 'Spanish', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Canadian', 'Australian', 'Japanese', 'Indian', 'Kuwaiti',
  'Bahraini', 'Omani', 'Tunisian', 'Algerian', 'Moroccan', 'Sudanese', 'Georgian', 'Armenian', 'Azerbaijani', 'Kazakh',
  'Turkmen', 'Druze', 'Christian', 'Muslim', 'Persian', 'Soviet', 'Yazidi', 'Assyrian', 'Hashemite', 'Wahhabi',
]));
