// What a shard of a split run (--shard i/n) writes beside its tables, as shard.json (docs/CONTRACT.md):
// which shard it is, a fingerprint of the inputs every shard of the run shares, and what the merge
// (--merge) needs to recompute the corpus-wide tables without the corpus: the order of every
// article of the corpus, the actors discovered across it, and the codebook the run used.
import type { Codebook } from '../codebook/Codebook.ts';
import type { DiscoveredActor } from '../actors/discoveredRegistry.ts';
import type { EventGranularity } from '../events/granularity.ts';

export const SHARD_FORMAT = 'framebook shard 1';
/** Its file name in the shard's output folder. */
export const SHARD_FILE = 'shard.json';

export interface ShardInfo {
  format: typeof SHARD_FORMAT;
  /** This shard, from 1. */
  shard: number;
  /** How many shards the run was split into. */
  shards: number;
  /** inputsFingerprint.ts: the same for every shard of one split run. */
  inputs: string;
  /** The run's inputs as given on its command line, for the merged workbook's About sheet and the charts. */
  corpus: string;
  manifest: string | null;
  codebook_file: string;
  events: EventGranularity;
  /** How the events were formed (transforms/events/eventsMethod.ts). */
  events_method: string;
  /** The manifest's event labels (transforms/events/eventLabels.ts), which name their events. */
  event_labels: string[];
  /** What the run skipped or could not match, one line each (the same in every shard). */
  warnings: string[];
  /** Every article id of the corpus, in the order of a single run's articles table. */
  articles: string[];
  /** The actors' discovery pass over the whole corpus (transforms/actors/discoveryPass.ts). */
  discovered: DiscoveredActor[];
  /** The codebook as the run used it: the user's, with the world layer beneath. */
  codebook: Codebook;
}
