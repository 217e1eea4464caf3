// The states a lead names: found by a look-up of each place's first characters, they must be the
// states one regular expression of every form (longest first, no letter or digit either side) finds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { leadPlaces, PLACE_LEAD_CHARS } from '../../transforms/events/leadPlaces.ts';
import { worldStates } from '../../transforms/world/worldStates.ts';

function byOneExpression(text: string): Set<string> {
  const stateOf = new Map<string, string>();
  for (const s of worldStates())
    for (const form of [...s.aliases, ...s.adjectives, ...s.capitals])
      if (form.length > 2 && !stateOf.has(form)) stateOf.set(form, s.iso3 || s.name);
  const forms = [...stateOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return new Set([...text.slice(0, PLACE_LEAD_CHARS).matchAll(pattern)].map((m) => stateOf.get(m[0])!));
}

test('the lead names states by name, adjective and capital; not inside other words', () => {
  const places = leadPlaces(
    'Kerry in Moscow\n\nThe United States and Syrian envoys met in Geneva; Russian jets flew over Idlib.',
  );
  assert.ok(places.has('RUS') && places.has('SYR') && places.has('USA'));
  assert.equal([...leadPlaces('Syrians and Moscowites; Syria1 and 1Syria, SyriaSyria')], []);
});

test('the same states as one expression of every form, on every window of the sample and hard cases', () => {
  const texts = readdirSync('corpus')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`corpus/${f}`, 'utf8'));
  const windows = texts.flatMap((t) => Array.from({ length: Math.ceil(t.length / 41) }, (_, k) => t.slice(41 * k)));
  windows.push(
    'the U.S.A. and the U.S.Army; xU.S. and Syria',
    '\u{1d400}Syria Syria\u{1d400} Syria, é Syrian, Falkland Islands (Malvinas) are',
    'Republic of China (Taiwan)x, Moscow-based, Syrie',
  );
  for (const w of windows) assert.equal([...leadPlaces(w)], [...byOneExpression(w)], JSON.stringify(w.slice(0, 80)));
});

test.run();
