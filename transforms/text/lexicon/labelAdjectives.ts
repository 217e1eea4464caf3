// Lower-case words that may precede the head of a label: "top US diplomat", "key backer",
// "major foe", "senior US official", "longtime ally". Demonyms and capitalised words are handled
// separately (see demonyms.ts and attachDescriptors).
export const LABEL_ADJECTIVES = new Set([
  'top', 'key', 'major', 'main', 'chief', 'senior', 'junior', 'former', 'ex', 'late', 'then', 'new', 'newly', 'acting', 'interim',
  'deputy', 'vice', 'assistant', 'special', 'close', 'closest', 'longtime', 'long-time', 'staunch', 'steadfast', 'traditional',
  'regional', 'international', 'foreign', 'defence', 'defense', 'interior', 'finance', 'military', 'political', 'opposite',
  'embattled', 'beleaguered', 'powerful', 'hardline', 'veteran', 'moderate', 'radical', 'extremist', 'jihadist', 'islamist',
  'rebel', 'opposition', 'militant', 'terrorist', 'armed', 'hardliner', 'fellow', 'sole', 'biggest', 'main', 'principal', 'strongest',
  'arch', 'arch-foe', 'bitter', 'sworn', 'erstwhile', 'nominal', 'de', 'facto', 'presidential', 'state', 'government', 'peace',
  'sunni', 'shiite', 'shia', 'kurdish', 'arab', 'western', 'allied', 'loyalist', 'pro-government', 'anti-government',
  'news', 'foreign-policy', 'humanitarian', 'aid', 'relief', 'human', 'rights', 'diplomatic', 'negotiating', 'legal', 'media', 'press',
  'national', 'executive', 'counter-terrorism', 'counterterrorism', 'security', 'intelligence', 'strongman', 'longstanding', 'long-standing', 'great', 'lead',
]);
