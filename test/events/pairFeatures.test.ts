// The pair features: names and figures, cosines, publication gap and reported days.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { names, articleBags } from '../../transforms/events/articleBags.ts';
import { pairFeatures, FEATURES, RELATIVE_FLOOR, RELATIVE_NEAR } from '../../transforms/events/pairFeatures.ts';
import { tfidfVectors } from '../../transforms/events/similarity.ts';
import { reportedDays, epochDay } from '../../transforms/events/reportedDays.ts';
import { PAIR_MODEL } from '../../transforms/events/pairModel.ts';
import { leadPlaces } from '../../transforms/events/leadPlaces.ts';
import { eventKinds, kindFamilies } from '../../transforms/events/eventKinds.ts';
import { renewalMarker } from '../../transforms/events/renewalMarker.ts';
import { dateSpan } from '../../transforms/events/eventsTable.ts';

test('names: capitalised words inside sentences, runs of them, and figures; not sentence starts, weekdays or years', () => {
  const got = names(
    'Rescuers in Al Haouz said on Friday that 1,204 people died. Officials in Rabat counted 300 in 2023.',
  );
  assert.ok(got.includes('al haouz') && got.includes('rabat') && got.includes('#1204') && got.includes('#300'));
  assert.not.ok(
    got.includes('rescuers') || got.includes('officials') || got.includes('friday') || got.includes('#2023'),
  );
});

test('the headline counts in the lead, not in the names (title case would make every word a name)', () => {
  const bags = articleBags('Storm Hits Coast\n\nThe storm reached Galveston on Monday.');
  assert.equal(bags.names, ['galveston']);
  assert.ok(bags.lead.includes('storm') && bags.lead.includes('coast'));
});

const input = (text: string, published: string) => ({ text, published });
function features(a: ReturnType<typeof input>, b: ReturnType<typeof input>) {
  return Object.fromEntries(FEATURES.map((f, k) => [f, pairFeatures(itemsOf([a, b]), [[0, 1]])[0][k]]));
}
function itemsOf(list: ReturnType<typeof input>[]) {
  const bags = list.map((x) => articleBags(x.text));
  const [terms, nameVecs, lead] = (['terms', 'names', 'lead'] as const).map((k) =>
    tfidfVectors([...bags.map((x) => x[k]), ['other']]),
  );
  return list.map((x, i) => ({
    day: x.published ? epochDay(+x.published.slice(0, 4), +x.published.slice(5, 7), +x.published.slice(8, 10)) : null,
    terms: terms[i],
    names: nameVecs[i],
    lead: lead[i],
    reported: reportedDays(x.text, x.published),
    leadNames: bags[i].leadNames,
    places: leadPlaces(x.text),
    kinds: eventKinds(x.text.split('\n')[0]),
    renews: renewalMarker(x.text),
  }));
}

test('features: shared names and terms, publication gap, reported days shared or apart', () => {
  const a = input('Quake hits Van\n\nA quake struck Van on Sunday, killing 12 people in Ercis.', '2024-05-13');
  const b = input(
    'Van quake toll\n\nThe toll from the quake that struck Van and Ercis on Sunday rose to 12.',
    '2024-05-14',
  );
  const f = features(a, b);
  assert.ok(f.names > 0.3 && f.terms > 0.1);
  assert.is(f.gap, Math.log1p(1));
  assert.equal([f.undated, f.same_day_reported, f.days_apart_reported], [0, 1, 0]);
  const c = input('Storm in Oslo\n\nA storm hit Oslo on Wednesday.', '2024-05-16');
  const g = features(a, c);
  assert.is(g.names, 0);
  assert.is(g.days_apart_reported, Math.log1p(3));
  assert.is(features(a, input(b.text, '')).undated, 1);
});

test('lead places and names: a shooting in two towns of one state; two states; one town', () => {
  const a = input(
    'Gunman kills five\n\nA gunman killed five people at a dance hall in Fairbrook on Saturday night, the county sheriff said.',
    '2025-02-02',
  );
  const b = input(
    'Gunman kills four\n\nA man shot dead four workers at a packing plant in Lindell Springs on Monday, the county sheriff said.',
    '2025-02-04',
  );
  const a2 = input(
    'Fairbrook mourns\n\nMourners gathered in Fairbrook on Sunday for the five people killed at the dance hall.',
    '2025-02-03',
  );
  assert.is(features(a, b).lead_names, 0);
  assert.is(features(a, b).lead_names_disjoint, 1);
  assert.ok(features(a, a2).lead_names > 0);
  assert.is(features(a, a2).lead_names_disjoint, 0);
  const q = input('Quake\n\nA strong earthquake struck southern Peru on Friday.', '2025-03-01');
  const f = input(
    'Floods\n\nFloods swept northern Chilean towns on Saturday, officials in Santiago said.',
    '2025-03-02',
  );
  const q2 = input('Aftershock\n\nAn aftershock shook Lima on Sunday, Peruvian officials said.', '2025-03-03');
  assert.equal([...leadPlaces(f.text)], ['CHL']);
  assert.is(features(q, f).places_differ, 1);
  assert.is(features(q, q2).places_differ, 0);
  assert.is(features(q, input('Storm\n\nA storm hit the coast on Friday.', '2025-03-01')).places_differ, 0);
});

test('event kinds: the kinds a headline names, singular; none in a headline of no kind', () => {
  assert.equal([...eventKinds('Floods and landslides hit the coast after storm')], ['flood', 'landslide', 'storm']);
  assert.equal([...eventKinds('Ceasefire talks resume in Doha')], ['ceasefire', 'talks']);
  assert.equal([...eventKinds('Sanctions bite as exports fall')], ['sanctions']);
  assert.equal([...eventKinds('Toll rises to 40 in mountain villages')], []);
  assert.equal([...eventKinds('Rebels agree to 48-hour cease-fire')], ['ceasefire'], 'a cease-fire is no fire');
  assert.equal([...eventKinds('Forest fire spreads near Athens')], ['fire']);
  assert.equal([...eventKinds('Quake rattles Lima')], ['earthquake']);
});

test('event kinds: a noun that is also a verb is the verb after "to" or before an article or another kind', () => {
  assert.equal([...eventKinds('Putin accepts invitation to visit Pyongyang')], []);
  assert.equal([...eventKinds('Rebels vow to strike back after raid')], ['raid']);
  assert.equal([...eventKinds('US, Russia strike deal on Syria ceasefire from Monday')], ['deal', 'ceasefire']);
  assert.equal([...eventKinds('Unions strike a deal with rail operators')], ['deal']);
  // The noun stays a noun.
  assert.equal([...eventKinds("Pope's visit to Iraq ends")], ['visit']);
  assert.equal([...eventKinds('Air strike hits Idlib market')], ['strike']);
  assert.equal([...eventKinds('Greek minister resigns after no vote against bailout')], ['vote']);
});

test('kind families: synonyms are one family, a deal and the truce it sets are two', () => {
  assert.equal(
    [...kindFamilies(eventKinds('Gaza truce holds'))],
    [...kindFamilies(eventKinds('Gaza ceasefire holds'))],
  );
  assert.equal([...kindFamilies(['meeting', 'summit', 'talks', 'visit'])], ['meeting']);
  assert.equal([...kindFamilies(['blast', 'explosion', 'bombing', 'attack', 'shooting'])], ['violence']);
  assert.equal([...kindFamilies(['quake', 'earthquake', 'flood'].flatMap((k) => [...eventKinds(k)]))], ['disaster']);
  assert.not.equal([...kindFamilies(['deal'])], [...kindFamilies(['truce'])]);
  assert.equal([...kindFamilies(['trial'])], ['trial'], 'a kind of no family is its own');
});

test('kinds_differ reads families: one event in two words is no evidence, two families are', () => {
  const truce = input('Sudan truce holds\n\nThe truce in Khartoum held on Tuesday.', '2024-05-14');
  const ceasefire = input(
    'Sudan ceasefire largely holding\n\nThe ceasefire in Khartoum held on Tuesday.',
    '2024-05-14',
  );
  const summit = input('Sudan summit opens in Jeddah\n\nMediators met in Jeddah on Tuesday.', '2024-05-14');
  const talks = input('Sudan talks open in Jeddah\n\nMediators met in Jeddah on Tuesday.', '2024-05-14');
  assert.is(features(truce, ceasefire).kinds_differ, 0);
  assert.is(features(summit, talks).kinds_differ, 0);
  assert.is(features(truce, summit).kinds_differ, 1);
});

test('lead_names_disjoint: a state both leads name, by name or adjective, is a shared name', () => {
  const a = input(
    'Deal reached\n\nLeaders of Greece and its creditors reached a deal in Brussels on Monday.',
    '2015-07-13',
  );
  const b = input('MPs approve package\n\nA majority of Greek MPs backed the measures on Wednesday.', '2015-07-15');
  const c = input(
    'MPs approve package\n\nA majority of Portuguese MPs backed the measures on Wednesday.',
    '2015-07-15',
  );
  assert.is(features(a, b).lead_names_disjoint, 0);
  assert.is(features(a, c).lead_names_disjoint, 1);
});

test('renewal marker: a new, another or fresh incident, or a look back at a previous or similar one', () => {
  assert.ok(renewalMarker('Sudan truce\n\nThe army accepted a new Darfur ceasefire on Sunday.'));
  assert.ok(
    renewalMarker('Truce\n\nThe rebels agreed to a fresh truce after a similar, 48-hour truce collapsed on Friday.'),
  );
  assert.ok(renewalMarker('Blast\n\nAnother bombing hit the market on Monday.'));
  assert.ok(renewalMarker('Pause\n\nFighting resumed after the previous three-day pause expired.'));
  // A marker of what one event produced, a day or round of one event, or a marker far from a noun of events.
  assert.not.ok(renewalMarker('Summit\n\nThe leaders announced new agreements on trade and climate.'));
  assert.not.ok(renewalMarker('Talks\n\nThe second day of talks ended without a deal.'));
  assert.not.ok(renewalMarker('Vote\n\nThe new government was sworn in after the election.'));
  assert.not.ok(renewalMarker('Talks\n\nThey blamed the collapse of previous cease-fire attempts.'));
});

test('renewed_later: the later article, days later, marks a renewal and the earlier does not', () => {
  const first = input('Truce agreed\n\nThe two sides agreed a 48-hour truce in Darfur on Monday.', '2024-05-13');
  const again = input(
    'Truce agreed\n\nThe two sides agreed a new 48-hour truce in Darfur on Sunday after the last one expired.',
    '2024-05-19',
  );
  const sameDay = input('Truce\n\nAnother truce was agreed in Darfur on Monday, mediators said.', '2024-05-13');
  assert.is(features(first, again).renewed_later, 1);
  assert.is(features(again, first).renewed_later, 1, 'either order');
  assert.is(features(first, sameDay).renewed_later, 0, 'published the same day: no later incident to tell');
  assert.is(features(again, again).renewed_later, 0, 'both mark it');
});

test('kinds_differ: both headlines name a kind and share none; terms_relative: next to the nearest', () => {
  const quake = input('Quake kills 12 in Van\n\nA quake struck Van on Sunday, killing 12.', '2024-05-13');
  const talks = input('Talks open in Van\n\nTalks on the budget opened in Van on Monday.', '2024-05-14');
  const toll = input('Van toll rises\n\nThe toll from the quake that struck Van on Sunday rose to 20.', '2024-05-14');
  assert.is(features(quake, talks).kinds_differ, 1);
  assert.is(features(quake, toll).kinds_differ, 0, 'a headline of no kind is no evidence');
  // Two articles of a folder of two are each other's nearest: relative to the floor, not to 1.
  const f = features(quake, toll);
  assert.ok(f.terms_relative > 0 && f.terms_relative <= 1);
  assert.is(f.terms_relative, Math.min(1, f.terms / Math.max(f.terms, RELATIVE_FLOOR)));
});

test('the model is fitted: what two articles share raises the probability, different places lower it', () => {
  assert.equal(PAIR_MODEL.features, [...FEATURES]);
  const w = (f: string) => PAIR_MODEL.weights[PAIR_MODEL.features.indexOf(f)];
  assert.ok(w('terms') > 0 && w('lead') > 0 && w('lead_names') > 0);
  assert.ok(w('places_differ') < 0 && w('lead_names_disjoint') < 0 && w('days_apart_reported') < 0);
  assert.ok(w('renewed_later') < 0 && w('terms_distant') < 0 && w('kinds_differ') < 0);
  // A pair with nothing for or against it is not one event by default (bench/fitModel.ts CAPS).
  assert.ok(PAIR_MODEL.bias <= -0.642);
});

test('terms_distant: 1 when the pair shares no content, 0 from RELATIVE_NEAR of the nearest up', () => {
  const quake = input(
    'Quake hits Van\n\nAn earthquake struck Van in eastern Turkey on Sunday, killing 12.',
    '2024-05-12',
  );
  const same = input(
    'Van quake kills 12\n\nThe earthquake that struck Van in eastern Turkey on Sunday killed 12.',
    '2024-05-12',
  );
  const other = input('Budget vote delayed\n\nLawmakers in Ottawa put off the budget vote to next week.', '2024-05-13');
  const rows = pairFeatures(itemsOf([quake, same, other]), [
    [0, 1],
    [0, 2],
    [1, 2],
  ]);
  const k = FEATURES.indexOf('terms_distant'),
    r = FEATURES.indexOf('terms_relative');
  assert.is(rows[0][k], 0, 'mutual nearest neighbours');
  assert.is(rows[1][k], 1, 'nothing shared');
  for (const row of rows) assert.is(row[k], Math.max(0, 1 - row[r] / RELATIVE_NEAR));
});

test('date spans', () => {
  assert.is(dateSpan('2023-09-09', '2023-09-13'), '9–13 Sep 2023');
  assert.is(dateSpan('2023-09-28', '2023-10-02'), '28 Sep–2 Oct 2023');
  assert.is(dateSpan('2023-09-09', '2023-09-09'), '9 Sep 2023');
  assert.is(dateSpan(undefined, undefined), '');
});

test.run();
