// Writes transforms/events/data/background.json, the document frequencies the events grouping
// counts beside a folder's own (transforms/events/backgroundFrequencies.ts), from every article of
// the corpora we may learn from (bench/eventStories.ts: never test/holdout or test/realnews/aside).
// Run: `npx tsx bench/buildBackground.ts`, then refit with bench/fitEvents.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleBags } from '../transforms/events/articleBags.ts';
import { backgroundJson, backgroundOf } from '../transforms/events/backgroundFrequencies.ts';
import { readTraining, root } from './eventStories.ts';

const read = await readTraining();
const bags = read.flatMap((r) => r.ids.map((id) => articleBags(r.texts.get(id)!)));
const json = backgroundJson(backgroundOf(bags));
const file = join(root, 'transforms', 'events', 'data', 'background.json');
writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
console.log(`${json.docs} articles, ${Object.keys(json.terms).length} terms, ${Object.keys(json.names).length} names`);
