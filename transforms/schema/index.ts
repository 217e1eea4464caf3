// Every table of docs/CONTRACT.md, in the order the workbook and the tables/ folder list them.
export { ARTICLES, type Article } from './articles.ts';
export { SENTENCES, type Sentence } from './sentences.ts';
export { ACTORS, ACTOR_TYPES, type Actor, type ActorType } from './actors.ts';
export { MENTIONS, type Mention } from './mentions.ts';
export { DATES, type DateRow } from './dates.ts';
export { CASUALTIES, CASUALTY_KINDS, CASUALTY_QUALIFIERS, type Casualty, type CasualtyKind } from './casualties.ts';
export { PROPOSALS, type Proposal } from './proposals.ts';
export { QUOTES, type Quote } from './quotes.ts';
export { FRAMING_SALIENCE, type FramingSalience } from './framingSalience.ts';
export { FRAMING_VOICES, type FramingVoice } from './framingVoices.ts';
export { FRAMING_LABELS, type FramingLabel } from './framingLabels.ts';
export { FRAMING_FRAMES, type FramingFrame } from './framingFrames.ts';
export { DISTINCTIVE_TERMS, type DistinctiveTerm } from './distinctiveTerms.ts';
export { REUSE, type Reuse } from './reuse.ts';
export { ALIGNMENT, type Alignment } from './alignment.ts';
export { OMISSIONS, type Omission } from './omissions.ts';
export { CANDIDATES, type Candidate } from './candidates.ts';
export { EVENTS, type EventRow } from './events.ts';
export * from './defineTable.ts';

import { ARTICLES } from './articles.ts';
import { SENTENCES } from './sentences.ts';
import { ACTORS } from './actors.ts';
import { MENTIONS } from './mentions.ts';
import { DATES } from './dates.ts';
import { CASUALTIES } from './casualties.ts';
import { PROPOSALS } from './proposals.ts';
import { QUOTES } from './quotes.ts';
import { FRAMING_SALIENCE } from './framingSalience.ts';
import { FRAMING_VOICES } from './framingVoices.ts';
import { FRAMING_LABELS } from './framingLabels.ts';
import { FRAMING_FRAMES } from './framingFrames.ts';
import { DISTINCTIVE_TERMS } from './distinctiveTerms.ts';
import { REUSE } from './reuse.ts';
import { ALIGNMENT } from './alignment.ts';
import { OMISSIONS } from './omissions.ts';

/** The eight extraction tables, in contract order. */
export const EXTRACTION_TABLES = [ARTICLES, SENTENCES, ACTORS, MENTIONS, DATES, CASUALTIES, PROPOSALS, QUOTES] as const;
/** The comparison tables, in contract order. */
export const COMPARISON_TABLES = [
  FRAMING_SALIENCE,
  FRAMING_VOICES,
  FRAMING_LABELS,
  FRAMING_FRAMES,
  DISTINCTIVE_TERMS,
  REUSE,
  ALIGNMENT,
  OMISSIONS,
] as const;
