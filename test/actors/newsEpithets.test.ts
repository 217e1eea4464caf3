// Descriptions of states and groups used alone ("the reclusive state", "the Islamist movement"), a
// state's outlet cited without its name ("Morocco's state TV said"), an office said with a verb
// ("X, who heads the Y,"), a nationality before a group's name ("Afghan Taliban fighters") and the
// length of a label, on sentences of several stories.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { cutLabel, joinLabels } from '../../transforms/actors/refiners/labelLength.ts';

const rows = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => [m.surface, m.actor_id, m.descriptor] as string[]);
const described = async (...paragraphs: string[]) => (await rows(...paragraphs)).filter((m) => m[2]);

test('a state described alone is the state named last, as an actor or as a place', async () => {
  assert.equal(
    await described('North Korea fired a missile on Sunday. The reclusive state has carried out five tests.'),
    [['reclusive state', 'north-korea', 'reclusive state']],
  );
  assert.equal(await described('Turkey said it would send aid to Nepal. The Himalayan nation lost 8,000 people.'), [
    ['Himalayan nation', 'nepal', 'Himalayan nation'],
  ]);
  assert.equal(await described('Rescuers reached Morocco on Friday, and the North African kingdom accepted aid.'), [
    ['North African kingdom', 'morocco', 'North African kingdom'],
  ]);
});

test('no state from a pointer elsewhere, a place, a noun after the head, or a demonym', async () => {
  assert.equal(await described('Nepal and India agreed on Monday. The neighbouring country sent troops.'), []);
  assert.equal(await described('Talks on Syria went on. Aid reached people in the war-torn country on Monday.'), []);
  assert.equal(await described('Turkey hosted the talks. The reclusive state media did not report them.'), []);
  assert.equal(await described('Turkey hosted the talks. The Turkish state had no comment.'), []);
  assert.equal(await described('The reclusive state has carried out five tests.'), []);
});

test('a characterising group description goes to the group named in the sentence before', async () => {
  assert.equal(
    await described('On Sunday, Hamas officials said they would accept the deal. The Islamist movement runs Gaza.'),
    [['Islamist movement', 'hamas', 'Islamist movement']],
  );
  assert.equal(
    await described('The attack was claimed by Islamic State. The militant group said its fighters carried it out.'),
    [['militant group', 'islamic-state', 'militant group']],
  );
});

test('a ranked description, or a group named long before, is no coreference', async () => {
  assert.equal(
    await described('The attack was claimed by Islamic State. Diplomats met. The main opposition bloc walked out.'),
    [],
  );
  assert.equal(
    await described(
      'The attack was claimed by Islamic State.',
      'Aid arrived. Roads were cut. The militant group fled.',
    ),
    [],
  );
});

test("a state's outlet cited without its name is a media actor and the speaker of what it reports", async () => {
  const out = await extract(article("Morocco's state TV said the death toll had risen to 2,012."));
  assert.ok(out.mentionRows.some((m) => m.surface === 'state TV' && m.actor_id === 'moroccan-state-television'));
  assert.equal(
    out.quoteRows.map((q) => q.speaker),
    ['moroccan-state-television'],
  );
  assert.equal(
    (await rows('North Korean state media said the test was a success.')).map((m) => m[1]),
    ['north-korean-state-media'],
  );
  assert.equal(
    (await rows('Two soldiers were killed, according to state television, and the border was shut.')).map((m) => m[1]),
    ['state-television'],
  );
  const actors = (await extract(article('Nepal’s state-run radio said 300 houses fell.'))).actors.objects() as {
    actor_id: string;
    type: string;
  }[];
  assert.ok(actors.some((a) => a.actor_id === 'nepalese-state-radio' && a.type === 'media'));
});

test('no nameless outlet where the name is given or the press at large is meant', async () => {
  const ids = async (p: string) => (await rows(p)).map((m) => m[1]);
  assert.not.ok((await ids('State broadcaster TRT said the coup had failed.')).some((id) => /state-/.test(id)));
  assert.not.ok(
    (await ids('SANA, the Syrian state news agency, said the army advanced.')).some((id) => /state-/.test(id)),
  );
  assert.not.ok((await ids('The national media praised the accord on Monday.')).some((id) => /media/.test(id)));
  assert.not.ok((await ids('Social media showed people fleeing in Marrakesh.')).some((id) => /media/.test(id)));
});

test('an office said with a verb after a name is its label', async () => {
  assert.equal(
    await described('Rami Abdel Rahman, who heads the Syrian Observatory for Human Rights, said 40 people died.'),
    [['Rami Abdel Rahman', 'rami-abdel-rahman', 'head of the Syrian Observatory for Human Rights']],
  );
  assert.equal(await described('Ahmet Aydin, who leads the rescue team in Kathmandu, said the search would go on.'), [
    ['Ahmet Aydin', 'ahmet-aydin', 'leader of the rescue team'],
  ]);
  assert.equal(await described('Jan Egeland, who chairs the U.N. humanitarian task force for Syria, urged calm.'), [
    ['Jan Egeland', 'jan-egeland', 'chairman of the U.N. humanitarian task force'],
  ]);
  assert.equal(await described('Jane Hill, who said she had lost her home, was taken to hospital.'), []);
});

test("a role of a body in apposition before a name keeps the role: 'the head of the UN's nuclear watchdog, X'", async () => {
  assert.equal(await described("The head of the UN's nuclear watchdog, Yukiya Amano, said inspectors were ready."), [
    ['Yukiya Amano', 'yukiya-amano', "head of the UN's nuclear watchdog"],
  ]);
  assert.equal(await described('The deputy head of the mission, Tom Baker, arrived on Monday.'), [
    ['Tom Baker', 'tom-baker', 'deputy head of the mission'],
  ]);
  assert.equal(await described('Officials in the capital of the country, Tom Baker said, were safe.'), []);
});

test('an age before a role used alone: the one person the text gave that role', async () => {
  assert.equal(
    await described(
      'US-based cleric Fethullah Gulen denied any role. The 75-year-old cleric has lived abroad since 1999.',
    ),
    [
      ['Fethullah Gulen', 'fethullah-gulen', 'US-based cleric'],
      ['75-year-old cleric', 'fethullah-gulen', '75-year-old cleric'],
    ],
  );
  assert.equal(await described('The 75-year-old cleric has lived abroad since 1999.'), []);
});

test('a standing, an occupation or a kin noun in apposition labels the person named before it', async () => {
  assert.equal(await described('Salah Abdeslam, 26, a French national, was arrested in Molenbeek.'), [
    ['Salah Abdeslam', 'salah-abdeslam', 'French national'],
  ]);
  assert.equal(await described('Rescuers found the body of Ram Bahadur, a farmer from Gorkha, on Tuesday.'), [
    ['Ram Bahadur', 'ram-bahadur', 'farmer from Gorkha'],
  ]);
  assert.equal(await described('Mayor Anne Hidalgo, the daughter of Spanish immigrants, spoke.'), [
    ['Anne Hidalgo', 'anne-hidalgo', 'Mayor; daughter of Spanish immigrants'],
  ]);
  assert.equal(await rows('Aleppo, a city of two million people, was divided.'), []);
});

test("a head of state or government is its country's leader, and a prime minister the premier", async () => {
  assert.equal(
    await described(
      'Turkish President Recep Tayyip Erdogan flew home. The Turkish leader said the plotters would pay.',
    ),
    [
      ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan', 'Turkish President'],
      ['Turkish leader', 'recep-tayyip-erdogan', 'Turkish leader'],
    ],
  );
  assert.equal(
    await described(
      'Belgian Prime Minister Charles Michel called it a black day. The premier said the country was united.',
    ),
    [
      ['Charles Michel', 'charles-michel', 'Belgian Prime Minister'],
      ['premier', 'charles-michel', 'premier'],
    ],
  );
  // Two leaders named: "the leader" is neither; another state's adjective is not his.
  const two = await described(
    'US President Donald Trump met North Korean leader Kim Jong Un. The leader said peace was near.',
  );
  assert.not.ok(two.some((m) => m[0] === 'leader'));
  const other = await described('Turkish President Recep Tayyip Erdogan flew home. The Greek leader said nothing.');
  assert.not.ok(other.some((m) => m[0] === 'Greek leader'));
});

test('a nationality before a group named by its members is no part of its name', async () => {
  for (const p of [
    'Afghan Taliban fighters seized the border post on Sunday.',
    'Pakistani Taliban militants attacked.',
  ])
    assert.equal(
      (await rows(p)).map((m) => [m[0], m[1]]),
      [['Taliban', 'taliban']],
    );
});

test('a label is at most eight words, cut before a place, time or clause; labels that do not fit together are dropped', () => {
  assert.is(cutLabel('main surviving suspect in the Paris attacks of November last year'), 'main surviving suspect');
  assert.is(cutLabel('US Secretary of State'), 'US Secretary of State');
  assert.is(
    cutLabel('head of the International Committee of the Red Cross and Red Crescent delegation'),
    'head of the International Committee of the Red',
  );
  assert.is(joinLabels(['Syrian President', 'head of the ruling Baath Party of Syria']), 'Syrian President');
  assert.is(joinLabels(['Syrian President', 'Russian ally']), 'Syrian President; Russian ally');
});

test.run();
