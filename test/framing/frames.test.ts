import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, toTable } from '../../transforms/schema/index.ts';
import type { Frame } from '../../transforms/codebook/Codebook.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { frameCues } from '../../transforms/framing/frameCues.ts';
import { frames } from '../../transforms/framing/frames.ts';
import { dominantFrames } from '../../transforms/framing/dominantFrames.ts';
import { tableRows, sharesByOutlet } from './tableRows.ts';

const ref = { file: 'codebook.xlsx', sheet: 'frames', row: 2 };
const codebookFrames: Frame[] = [
  { frame: 'Military', cues: ['air strike*', 'strike*', 'troops'], ref },
  { frame: 'Diplomacy', cues: ['talks', 'peace talks', 'diplomat*'], ref },
];
const articles = toTable(ARTICLES, [
  // Diplomacy: "Peace talks", "Diplomats", "talks" = 3; Military: "air strikes" = 1 (not also "strikes").
  {
    article_id: 'a1',
    outlet: 'A',
    event_id: 'e1',
    text: 'Peace talks stalled as air strikes hit Aleppo\n\nDiplomats said the talks would resume.',
  },
  // Military: "Troops", "Strikes", "striker" = 3.
  { article_id: 'a2', outlet: 'A', event_id: 'e1', text: 'Troops advanced\n\nStrikes continued; a striker was hurt.' },
  { article_id: 'b1', outlet: 'B', event_id: 'e1', text: 'Talks, talks and more talks' },
  // One cue of each: a tie, which goes to the frame listed first (Military).
  { article_id: 'b2', outlet: 'B', event_id: 'e1', text: 'Troops and talks' },
  { article_id: 'c1', outlet: 'C', event_id: 'e2', text: 'Weather report\n\nSunny.' },
]);
const outlets = articleOutlets(articles);
const cues = frameCues(articles, codebookFrames);

test('cue counts per article and frame', () => {
  assert.equal(cues.array('cues'), [1, 3, 3, 0, 0, 3, 1, 1, 0, 0]);
});

test('frame shares per outlet, worked out by hand', () => {
  // A: Military 1 + 3 = 4, Diplomacy 3 + 0 = 3 -> 4/7, 3/7. B: Military 0 + 1 = 1, Diplomacy 3 + 1 = 4 -> 1/5, 4/5.
  // C has no cue at all: no rows rather than undefined shares.
  assert.equal(tableRows(frames(cues, outlets)), [
    { event_id: 'e1', outlet: 'A', frame: 'Military', cues: 4, share: 0.5714 },
    { event_id: 'e1', outlet: 'A', frame: 'Diplomacy', cues: 3, share: 0.4286 },
    { event_id: 'e1', outlet: 'B', frame: 'Military', cues: 1, share: 0.2 },
    { event_id: 'e1', outlet: 'B', frame: 'Diplomacy', cues: 4, share: 0.8 },
  ]);
  for (const [k, sum] of sharesByOutlet(frames(cues, outlets))) assert.ok(Math.abs(sum - 1) < 1e-9, k);
});

test('dominant frame per article, ties to the frame listed first, empty without cues', () => {
  assert.equal(dominantFrames(cues, articles).objects(), [
    { article_id: 'a1', dominant_frame: 'Diplomacy' },
    { article_id: 'a2', dominant_frame: 'Military' },
    { article_id: 'b1', dominant_frame: 'Diplomacy' },
    { article_id: 'b2', dominant_frame: 'Military' },
    { article_id: 'c1', dominant_frame: '' },
  ]);
});

test.run();
