// A piscina worker: the codebook arrives once (workerData) and is kept; each task is one run of
// articles through articleSteps.
import { workerData } from 'node:worker_threads';
import type { Codebook } from '../codebook/Codebook.ts';
import { articleSteps, type ArticleRun, type ArticleRows } from './articleSteps.ts';

const codebook = (workerData as { codebook: Codebook }).codebook;

export default function run(task: ArticleRun): ArticleRows {
  return articleSteps(task, codebook);
}
