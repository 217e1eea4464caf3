// Grouping on hand-made corpora (short articles of our own): two incidents of one kind the same
// week stay apart, one story told over days in different words stays whole, an undated article
// joins its event by what it reports, and the setting makes the grouping coarser or finer.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { events } from '../../transforms/events/index.ts';
import { eventsTable } from '../../transforms/events/eventsTable.ts';
import { EVENTS, type EventRow } from '../../transforms/schema/index.ts';
import { MERGE_AT, type EventGranularity } from '../../transforms/events/granularity.ts';
import { eventInputs } from '../../transforms/events/eventInputs.ts';
import { clusterEvents } from '../../transforms/events/clusterEvents.ts';

const article = (id: string, published: string, text: string, outlet = id) => ({
  article_id: id,
  file: `${id}.txt`,
  outlet,
  wire: '',
  published,
  published_source: published ? 'manifest' : 'unknown',
  headline: text.split('\n')[0],
  event_id: '',
  url: '',
  words: 0,
  text,
});
type Row = ReturnType<typeof article>;
const run = (rows: Row[], granularity: EventGranularity = 'normal') => events(aq.from(rows), [], granularity);
const ids = (rows: Row[], granularity?: EventGranularity) => run(rows, granularity).array('event_id') as string[];

// Two floods the same day in two countries.
const FLOOD_A =
  'Floods kill 40 in Kerala\n\nHeavy monsoon rain flooded villages across Kerala on Tuesday, killing at least 40 people, officials in Thiruvananthapuram said. Rescue boats reached stranded families in Idukki and Wayanad districts.';
const FLOOD_A2 =
  "Kerala flood toll climbs\n\nThe toll from Tuesday's flooding in Kerala rose to 40 as rescuers in Idukki and Wayanad pulled more bodies from mud, the state government in Thiruvananthapuram said.";
const FLOOD_B =
  'Flash floods hit Bavaria\n\nFlash floods swept through towns in Bavaria on Tuesday after a night of storms, killing six people, police in Munich said. Passau and Regensburg closed roads along the Danube.';
const FLOOD_B2 =
  'Bavaria counts cost of floods\n\nSix people died when flash floods struck Bavaria on Tuesday, Munich police said, as Passau and Regensburg cleared streets along the swollen Danube.';

test('two floods the same day in different places stay apart', () => {
  const out = ids([
    article('a', '2024-06-04', FLOOD_A),
    article('b', '2024-06-04', FLOOD_B),
    article('a2', '2024-06-05', FLOOD_A2),
    article('b2', '2024-06-05', FLOOD_B2),
  ]);
  assert.is(out[0], out[2]);
  assert.is(out[1], out[3]);
  assert.is.not(out[0], out[1]);
});

// One bridge collapse, told over four days in different words by different outlets.
const BRIDGE = [
  [
    '2024-03-11',
    'Bridge collapses in Porto Alegre\n\nA road bridge over the Guaíba river in Porto Alegre collapsed on Monday evening, sending cars into the water. Firefighters said at least seven people were missing.',
  ],
  [
    '2024-03-12',
    "Divers search Guaíba after Porto Alegre bridge falls\n\nNavy divers searched the Guaíba on Tuesday for people missing since Monday's collapse of the Porto Alegre bridge; the toll stood at four dead.",
  ],
  [
    '2024-03-13',
    'Engineer held over Porto Alegre collapse\n\nPolice in Porto Alegre detained an engineer of the firm that maintained the Guaíba bridge, which fell on Monday killing nine, prosecutors said.',
  ],
  [
    '2024-03-14',
    'Mayor resigns after Guaíba disaster\n\nThe mayor of Porto Alegre stepped down on Thursday, days after the bridge over the Guaíba gave way, as mourners buried the nine victims.',
  ],
] as const;
const QUAKE =
  "Quake jolts Lima\n\nA magnitude 5.9 earthquake shook Lima on Tuesday, cracking walls in Callao; no deaths were reported, Peru's geophysical institute said.";

test('one story over four days in different words stays whole, and apart from another disaster', () => {
  const rows = [...BRIDGE.map(([d, t], k) => article(`b${k}`, d, t)), article('q', '2024-03-12', QUAKE)];
  const out = ids(rows);
  assert.is(new Set(out.slice(0, 4)).size, 1);
  assert.is.not(out[4], out[0]);
});

test('an undated article joins its event by what it reports, and takes its date', () => {
  const rows = [
    article('b0', BRIDGE[0][0], BRIDGE[0][1]),
    article('b1', BRIDGE[1][0], BRIDGE[1][1]),
    article('q', '2024-03-12', QUAKE),
    article('u', '', BRIDGE[2][1]),
  ];
  const out = run(rows).objects() as { event_id: string; published: string; published_source: string }[];
  assert.is(out[3].event_id, out[0].event_id);
  assert.equal([out[3].published, out[3].published_source], ['2024-03-12', 'event']);
});

test('the setting: finer never joins more, coarser never joins fewer', () => {
  const rows = [
    ...BRIDGE.map(([d, t], k) => article(`b${k}`, d, t)),
    article('q', '2024-03-12', QUAKE),
    article('a', '2024-03-12', FLOOD_A),
    article('a2', '2024-03-13', FLOOD_A2),
  ];
  const pairs = (g: EventGranularity) => joined(ids(rows, g));
  assert.ok(pairs('finer') <= pairs('normal') && pairs('normal') <= pairs('coarser'));
});

test('the merge threshold the setting sets decides: near 1 splits the story, near 0 joins more', () => {
  const rows = [...BRIDGE.map(([d, t], k) => article(`b${k}`, d, t)), article('q', '2024-03-12', QUAKE)];
  const { inputs } = eventInputs(aq.from(rows));
  const at = (threshold: number) =>
    joined(
      clusterEvents(
        inputs.map((x) => ({ ...x, label: '' })),
        threshold,
      ),
    );
  assert.is(at(MERGE_AT.normal), 6);
  assert.ok(at(0.99999) < 6); // the model is all but sure of this story: its pairs score 0.9999 and up
  assert.ok(MERGE_AT.coarser < MERGE_AT.normal && MERGE_AT.normal < MERGE_AT.finer);
});

const joined = (groups: unknown[]) => {
  let n = 0;
  groups.forEach((x, i) =>
    groups.forEach((y, j) => {
      if (i < j && x === y) n++;
    }),
  );
  return n;
};

test('the events table: one row per event, with its columns, names, dates and counts', () => {
  const rows = [
    ...BRIDGE.map(([d, t], k) => article(`b${k}`, d, t, k < 2 ? 'Globo' : `Outlet ${k}`)),
    article('q', '2024-03-12', QUAKE),
  ];
  const table = eventsTable(run(rows), new Set());
  assert.equal(table.columnNames(), EVENTS.names);
  const bridge = (table.objects() as Record<string, unknown>[]).find((r) => r.articles === 4)!;
  assert.equal([bridge.first_published, bridge.last_published, bridge.outlets], ['2024-03-11', '2024-03-14', 3]);
  assert.match(String(bridge.name), /Porto Alegre|Guaíba/i);
  assert.match(String(bridge.name), /11–14 Mar 2024$/);
  assert.match(String(bridge.name), / collapse, /, 'the kind of event its headlines name');
  assert.match(String(bridge.terms), /; /);
});

test('an event the manifest labels is named by its label, with its dates; the others by their names', () => {
  const rows = [...BRIDGE.map(([d, t], k) => article(`b${k}`, d, t)), article('q', '2024-03-12', QUAKE)];
  const manifest = rows.map((r, i) => ({
    file: r.file,
    outlet: r.outlet,
    published: r.published,
    url: '',
    event: '',
    row: i + 2,
  }));
  for (const m of manifest.slice(0, 4)) m.event = ' Guaiba bridge ';
  const table = eventsTable(events(aq.from(rows), manifest, 'normal'), new Set(['Guaiba bridge']));
  const names = Object.fromEntries((table.objects() as EventRow[]).map((r) => [r.event_id, r.name]));
  assert.is(names['Guaiba bridge'], 'Guaiba bridge, 11–14 Mar 2024');
  const quake = Object.entries(names).filter(([id]) => id !== 'Guaiba bridge');
  assert.is(quake.length, 1);
  assert.match(String(quake[0][1]), /quake.*, 12 Mar 2024$/i);
});

// Two shootings of one kind in two towns of one state, two days apart, each told twice.
const SHOOT = [
  [
    '2025-01-19',
    'Gunman kills nine at Fairbrook dance hall\n\nA gunman opened fire at a ballroom dance studio in Fairbrook late on Saturday, killing nine people, the county sheriff said. The suspect fled in a white van.',
  ],
  [
    '2025-01-20',
    'Fairbrook shooting suspect found dead\n\nThe man who killed nine people at a Fairbrook dance studio on Saturday was found dead in his van in Torrance Hills, the sheriff said on Sunday.',
  ],
  [
    '2025-01-21',
    'Four killed at Lindell Springs farms\n\nA farm worker shot dead four people at two mushroom farms in Lindell Springs on Monday, the county sheriff said, two days after the dance hall shooting.',
  ],
  [
    '2025-01-22',
    'Lindell Springs farm worker charged\n\nProsecutors in Lindell Springs charged a 66-year-old farm worker with the murder of four co-workers at the mushroom farms on Monday.',
  ],
] as const;

test('two shootings in two towns two days apart stay apart, each whole', () => {
  const out = ids(SHOOT.map(([d, t], k) => article(`s${k}`, d, t)));
  assert.is(out[0], out[1]);
  assert.is(out[2], out[3]);
  assert.is.not(out[0], out[2]);
});

// Two truces of one war, brokered by the same mediators six days apart, each told over three days
// by different outlets in different words; the later reports look back at the first truce.
const TRUCE_ONE = [
  [
    '2023-05-15',
    "Sudan rivals agree to week-long truce\n\nSudan's army and the Rapid Support Forces agreed on Monday to a seven-day ceasefire brokered by Saudi Arabia and the United States in Jeddah, mediators said. The truce is due to take effect at 9:45 p.m. on Wednesday.",
  ],
  [
    '2023-05-16',
    'Khartoum waits for ceasefire\n\nResidents of Khartoum stocked up on water on Tuesday ahead of the Jeddah ceasefire, which Saudi and US mediators announced on Monday. Burhan and Dagalo both said they would respect it.',
  ],
  [
    '2023-05-17',
    'Guns fall quiet as Sudan truce begins\n\nThe seven-day truce agreed in Jeddah on Monday took effect on Wednesday evening, with sporadic gunfire in Omdurman, Saudi Arabia and the United States said, urging the army and the RSF to let aid into Khartoum.',
  ],
];
const TRUCE_TWO = [
  [
    '2023-05-22',
    "Sudan factions accept new Jeddah truce\n\nSudan's army and the Rapid Support Forces accepted a new ceasefire on Sunday, Saudi and US mediators in Jeddah said, after a previous week-long truce collapsed on Friday amid fighting in Khartoum.",
  ],
  [
    '2023-05-23',
    "Fresh Sudan ceasefire comes into force\n\nA fresh ceasefire between Burhan's army and Dagalo's RSF came into force at midnight on Monday, two days after a similar truce broke down, the Saudi foreign ministry said.",
  ],
  [
    '2023-05-24',
    'Second Jeddah truce largely holding\n\nThe renewed truce in Sudan held for a second day on Tuesday, Saudi Arabia and the United States said, although residents of Omdurman reported clashes near the bridges over the Nile.',
  ],
];

test('two truces of one war six days apart stay apart, each told over three days stays whole', () => {
  const rows = [...TRUCE_ONE, ...TRUCE_TWO].map(([d, t], i) => article(`t${i}`, d, t));
  const out = ids(rows);
  assert.is(out[0], out[1]);
  assert.is(out[1], out[2]);
  assert.is(out[3], out[4]);
  assert.is(out[4], out[5]);
  assert.is.not(out[0], out[3]);
});

test('one truce over three days stays whole, told alone', () => {
  const out = ids(TRUCE_TWO.map(([d, t], i) => article(`t${i}`, d, t)));
  assert.is(new Set(out).size, 1);
});

test.run();
