// Names of shapes news English writes inside a name: a nickname in quotes or brackets between the
// given name and the surname (the actor is the name without it, the nickname an alias), and
// lower-case particles, one or two of them ("bin Laden", "von der Leyen", "dos Santos"), and surnames
// whose prefix stands before a second capital ("McCarthy", "O'Rourke", "DeSantis").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { titledName } from '../../transforms/actors/parsers/titledName.ts';
import { appositiveName } from '../../transforms/actors/parsers/appositiveName.ts';
import { rowsOf, ACTORS } from '../../transforms/schema/index.ts';
import { wordsIn } from '../../transforms/text/words.ts';

const titled = (text: string) => titledName(text, wordsIn(text)).map((d) => [d.name, d.nickname ?? '']);
const rows = async (...texts: string[]) =>
  (await extract(...texts.map((t) => article(t)))).mentionRows.map((m) => [m.surface, m.actor_id, m.descriptor]);

test('a nickname in curly or straight quotes or brackets is no part of the name', () => {
  assert.equal(titled('But public policy expert Kagiso \u201cTK\u201d Pooe told reporters the deal might hold.'), [
    ['Kagiso Pooe', 'TK'],
  ]);
  assert.equal(titled('Mexican cartel leader Joaquin "El Chapo" Guzman was sentenced to life in prison.'), [
    ['Joaquin Guzman', 'El Chapo'],
  ]);
  assert.equal(titled('Former Philippine president Rodrigo (Rody) Duterte said he would run.'), [
    ['Rodrigo Duterte', 'Rody'],
  ]);
  assert.equal(titled('Army Sgt. Steven \u2018Book\u2019 Booker was decorated.'), [['Steven Booker', 'Book']]);
});

test('the mention spans the nickname; the actor is the name, the nickname its alias and a short form', async () => {
  const out = await extract(
    article('Joaquin \u2018El Chapo\u2019 Guzman, the leader of the Sinaloa cartel, is being extradited.'),
    article('El Chapo was flown to New York on Thursday, officials said. Guzman faces charges there.'),
  );
  assert.equal(
    out.mentionRows.map((m) => [m.article_id, m.surface, m.actor_id]),
    [
      ['a0', 'Joaquin \u2018El Chapo\u2019 Guzman', 'joaquin-guzman'],
      ['a1', 'El Chapo', 'joaquin-guzman'],
      ['a1', 'Guzman', 'joaquin-guzman'],
    ],
  );
  const actor = rowsOf(ACTORS, out.actors).find((a) => a.actor_id === 'joaquin-guzman')!;
  assert.equal([actor.name, actor.aliases], ['Joaquin Guzman', 'Joaquin Guzman; El Chapo; Guzman']);
});

test('the nickname keeps the label before the name', async () => {
  assert.equal(
    await rows('But public policy expert Kagiso \u201cTK\u201d Pooe, told Al Jazeera the deal might hold.'),
    [
      ['Kagiso \u201cTK\u201d Pooe', 'kagiso-pooe', 'public policy expert'],
      ['Al Jazeera', 'al-jazeera', ''],
    ],
  );
});

test('a quoted word that is no nickname: lower case, a title, no name after it, or after a word that is no name', () => {
  assert.equal(titled('Party leader Ali "will not" Khan said.'), []);
  assert.equal(titled('Spokesman Omar Hamid called it "Peace Now" Monday.'), [['Omar Hamid', '']]);
  assert.equal(titled('Spokesman Omar Hamid "Peace" President Lee said.'), [['Omar Hamid', '']]);
  assert.equal(titled('The minister said "Freedom" Monday in Kabul.'), []);
});

test('particles inside names, one or two, after a title with a place before it', () => {
  assert.equal(titled('Derna Mayor Abdulmenam al-Ghaithi, who was sacked after the disaster, was questioned.'), [
    ['Abdulmenam al-Ghaithi', ''],
  ]);
  assert.equal(titled('European Commission President Ursula von der Leyen said the bloc would act.'), [
    ['Ursula von der Leyen', ''],
  ]);
  assert.equal(titled('Former Angolan President Jose Eduardo dos Santos died in Barcelona.'), [
    ['Jose Eduardo dos Santos', ''],
  ]);
  assert.equal(titled('Al-Qaeda founder Osama bin Laden was killed in Abbottabad.'), [['Osama bin Laden', '']]);
  assert.equal(titled('Islamic State leader Abu Bakr al-Baghdadi died in the raid.'), [['Abu Bakr al-Baghdadi', '']]);
  assert.equal(titled('Philippine Senator Ronald dela Rosa and Mayor Juan de la Cruz spoke.'), [
    ['Ronald dela Rosa', ''],
    ['Juan de la Cruz', ''],
  ]);
});

test('a surname whose prefix stands before a second capital', () => {
  assert.equal(titled('House Speaker Kevin McCarthy said the vote would go ahead.'), [['Kevin McCarthy', '']]);
  assert.equal(titled('Florida Governor Ron DeSantis signed the bill.'), [['Ron DeSantis', '']]);
  assert.equal(titled("Congressman Beto O'Rourke and Senator Tip O\u2019Neill spoke."), [
    ["Beto O'Rourke", ''],
    ['Tip O\u2019Neill', ''],
  ]);
  assert.equal(titled('General Douglas MacArthur landed at Inchon.'), [['Douglas MacArthur', '']]);
});

test('brands written with inner capitals are no names', () => {
  assert.equal(titled('Spokesman YouTube PayPal said.'), []);
  assert.equal(titled('Spokesman WhatsApp TikTok said.'), []);
  assert.equal(titled('Spokesman LinkedIn McDonald said.'), []);
});

test('the role with its place is the descriptor', async () => {
  assert.equal(await rows('Texas Governor Greg Abbott declared a disaster in 30 counties.'), [
    ['Greg Abbott', 'greg-abbott', 'Texas Governor'],
  ]);
  assert.equal(await rows('Derna Mayor Abdulmenam al-Ghaithi, who was sacked after the disaster, was questioned.'), [
    ['Abdulmenam al-Ghaithi', 'abdulmenam-al-ghaithi', 'Derna Mayor'],
  ]);
});

test('names of places and bodies with particles are no people', async () => {
  const text =
    'Bank of America said flights to Rio de Janeiro and Dar es Salaam resumed, Al Jazeera reported. ' +
    'The Banco do Brasil office in Sao Paulo said the Port of Spain terminal reopened.';
  const people = rowsOf(ACTORS, (await extract(article(text))).actors).filter(
    (a) => a.source === 'discovered' && a.type === 'person',
  );
  assert.equal(people, []);
  assert.equal(appositiveName(text, wordsIn(text)), []);
});

test.run();
