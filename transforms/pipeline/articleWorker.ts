// A piscina worker: the codebook and the corpus's discovered actors arrive once (workerData) and
// are compiled once into a MentionFinder; each task is one run of articles through articleSteps.
import { workerData } from 'node:worker_threads';
import type { Codebook } from '../codebook/Codebook.ts';
import type { DiscoveredActor } from '../actors/discoveredRegistry.ts';
import { mentionFinder } from '../actors/articleMentions.ts';
import { articleSteps, type ArticleRun, type ArticleRows } from './articleSteps.ts';

const { codebook, registry } = workerData as { codebook: Codebook; registry: DiscoveredActor[] };
const findMentions = mentionFinder(codebook, registry);

export default function run(task: ArticleRun): ArticleRows {
  return articleSteps(task, codebook, findMentions);
}
