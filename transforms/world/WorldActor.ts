// One actor of the world layer: a state or territory, an intergovernmental body or UN agency, or
// a news agency or broadcaster. Framebook knows them without the user typing them; a user's
// codebook wins wherever the two disagree (transforms/codebook/withWorld.ts).
import type { ActorType } from '../schema/index.ts';

export interface WorldActor {
  name: string;
  type: ActorType;
  /** Names that count as the actor ("Morocco", "Kingdom of Morocco", "the Moroccan government"). */
  aliases: string[];
  /** Forms used before a noun ("Moroccan officials", "UN agencies"). */
  adjectives: string[];
  /** Nouns for its people ("Moroccans"), for victims and sources. */
  people: string[];
  /** Seats of government, which stand for the government ("Rabat said") when not a place. */
  capitals: string[];
  /** ISO 3166-1 alpha-3 for states, empty otherwise. */
  iso3: string;
  /** For news agencies: the short name a credit line gives ("AP"); empty for others. */
  wire: string;
}
