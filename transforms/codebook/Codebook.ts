// The codebook as the extractors use it: the rows of the user's workbook, read and checked by
// sheets/readCodebook.ts. Every list cell of the workbook ("a; b; c") is an array here.
import type { ActorType } from '../schema/index.ts';

/** Where a row came from, so that later checks can still name the cell. */
export interface SheetRef {
  file: string;
  sheet: string;
  row: number;
}

export interface CodebookActor {
  /** Slug of the name: stable, readable, used as `actor_id` everywhere. */
  actor_id: string;
  name: string;
  type: ActorType;
  /** Names that count as this actor, metonyms included ("Moscow", "the Kremlin" under Russia). */
  aliases: string[];
  /** A grouping for charts ("US side", "Russia side"). */
  camp: string;
  /** Descriptions that refer to this actor when used alone ("top US diplomat", "the secretary"). */
  titles: string[];
  /** Which layer the actor comes from: the user's codebook (the default) or the world layer. */
  source?: 'codebook' | 'world';
  /** Adjectives that stand for the actor before a noun ("Moroccan officials"); world layer. */
  adjectives?: string[];
  /** Nouns for its people ("Moroccans"); world layer. */
  people?: string[];
  /** Seats of government that stand for it when not a place ("Rabat said"); world layer. */
  capitals?: string[];
  ref: SheetRef;
}

export interface Frame {
  frame: string;
  cues: string[];
  ref: SheetRef;
}
export interface LabelTerm {
  term: string;
  connotation: string;
  ref: SheetRef;
}
export interface CasualtyTerm {
  term: string;
  kind: string;
  ref: SheetRef;
}
export interface ProposalCue {
  cue: string;
  type: string;
  ref: SheetRef;
}
export interface Outlet {
  outlet: string;
  country: string;
  /** wire, state, independent... */
  kind: string;
  /** CSS colour for charts; empty for the default palette. */
  colour: string;
  /** Other names the outlet goes by in page headers ("Expatica news"). */
  aliases: string[];
  ref: SheetRef;
}

export interface Codebook {
  /** The file it was read from, for the About sheet. */
  file: string;
  actors: CodebookActor[];
  frames: Frame[];
  labels: LabelTerm[];
  casualtyTerms: CasualtyTerm[];
  proposalCues: ProposalCue[];
  outlets: Outlet[];
  /** False when the codebook turns the world layer off; absent or true otherwise. */
  world?: boolean;
}
