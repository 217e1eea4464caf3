// A role used alone is a mention of the one person the article gives that role, before or after it:
// "the district attorney" / "the prosecutor" after "District Attorney Jane Roe", "Libya's chief
// prosecutor" before "General Prosecutor X", "the country's interior minister", "Putin's defence
// minister". Two holders, a role of no named person, an organisation or a role inside a quotation: no
// mention. Sentences from news pages (Turkey's Elazig earthquake of 2020, Venezuela's floods of 2022,
// Afghanistan's floods of 2024) and of our own, fictional names.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const run = async (...paragraphs: string[]) => {
  const r = await extract(article(...paragraphs));
  return {
    roles: r.mentionRows.filter((m) => m.parser === 'roleMention').map((m) => [m.surface, m.actor_id, m.descriptor]),
    speakers: r.quoteRows.map((q): [string, string] => [(q.text ?? '').slice(0, 30), q.speaker ?? '']),
  };
};

test('"the district attorney", "the prosecutor" after "District Attorney Jane Roe": her mentions, her quotes', async () => {
  const { roles, speakers } = await run(
    'District Attorney Jane Roe said the suspect would be charged with four counts of murder.',
    'The prosecutor said investigators had recovered a handgun.',
    'The district attorney also said: “We will seek the maximum sentence.”',
  );
  assert.equal(roles, [
    ['prosecutor', 'jane-roe', 'prosecutor'],
    ['district attorney', 'jane-roe', 'district attorney'],
  ]);
  assert.ok(
    speakers.some(([t, s]) => t.startsWith('We will seek') && s === 'jane-roe'),
    JSON.stringify(speakers),
  );
});

test('"Roe, the district attorney," labels her; a later "the district attorney" is her', async () => {
  const { roles } = await run(
    'Jane Roe, the district attorney, filed the charges on Monday.',
    'The district attorney said the case would go to trial in June.',
  );
  // The apposition is a mention of her too, as "Lavrov, the top Russian diplomat," is of him.
  assert.equal(roles, [
    ['district attorney', 'jane-roe', 'district attorney'],
    ['district attorney', 'jane-roe', 'district attorney'],
  ]);
});

test('a role before the name: "Libya\'s chief prosecutor" ... "General Prosecutor Al-Siddiq Al-Sour"', async () => {
  const { roles } = await run(
    'Libya’s chief prosecutor has ordered the detention of eight officials pending his investigation, his office said.',
    'A statement on Monday by the office of General Prosecutor Al-Siddiq Al-Sour said prosecutors questioned them.',
  );
  assert.equal(roles, [['chief prosecutor', 'al-siddiq-al-sour', 'Libya’s chief prosecutor']]);
});

test('"the country\'s interior minister" before "Interior Minister Remigio Ceballos"', async () => {
  const { roles } = await run(
    'The death toll from the floods in the state of Aragua has reached 50, the country’s interior minister said.',
    '“According to confirmed data, 50 people died,” Interior Minister Remigio Ceballos told the broadcaster TeleSUR.',
  );
  assert.equal(roles, [['interior minister', 'remigio-ceballos', 'interior minister']]);
});

test('possessive roles: "President Arkady Volkov\'s defence minister", "Morocco\'s interior ministry spokesman"', async () => {
  const { roles } = await run(
    'The guests were received by President Arkady Volkov’s defence minister on Saturday.',
    'Defence Minister Pavel Dorn then showed them the bombers.',
    'Interior Ministry spokesman Rachid Alami gave a new toll, and Morocco’s interior ministry spokesman said rescue work went on.',
  );
  assert.equal(roles, [
    ['defence minister', 'pavel-dorn', 'Volkov’s defence minister'],
    ['interior ministry spokesman', 'rachid-alami', 'Morocco’s interior ministry spokesman'],
  ]);
});

test('two ministers: "the minister" is neither, "the interior minister" is the one who holds that office', async () => {
  const { roles, speakers } = await run(
    'Health Minister Fahrettin Koca announced the updated death toll, saying: “We have approximately 30 residents under the wreckage in Elazig.”',
    'Interior Minister Suleyman Soylu said the injured were transferred to hospitals.',
    'The minister said: “The search will go on through the night.”',
    'The interior minister added that tents had been sent to the region.',
  );
  assert.equal(roles, [['interior minister', 'suleyman-soylu', 'interior minister']]);
  assert.ok(
    speakers.some(([t, s]) => t.startsWith('The search will') && s === ''),
    JSON.stringify(speakers),
  );
  // ", saying:": the subject of the verb before it speaks.
  assert.ok(
    speakers.some(([t, s]) => t.startsWith('We have approx') && s === 'fahrettin-koca'),
    JSON.stringify(speakers),
  );
});

test('a deputy is not the minister; another state\'s minister is not "Russia\'s foreign minister"', async () => {
  const deputy = await run(
    'Foreign Minister Lena Brandt met the delegation.',
    'The deputy foreign minister said the talks would resume.',
  );
  assert.equal(deputy.roles, []);
  const other = await run(
    'Saudi Foreign Minister Faisal Omari arrived in Vienna.',
    'Russia’s foreign minister said the talks would resume.',
  );
  assert.equal(other.roles, []);
});

test('no holder, an organisation, a quotation: no role mention', async () => {
  const { roles } = await run(
    'The death toll from the flash floods has risen to 151 people, the Taliban’s interior ministry said on Saturday.',
    'The agency’s director said more rescuers were on their way.',
  );
  assert.equal(roles, []);
  const quoted = await run(
    'Interior Minister Suleyman Soylu visited the town on Sunday.',
    '“The minister has not come to our street,” said Amina Haddad, who lost her house.',
  );
  assert.equal(quoted.roles, []);
});

test('state media speak for what they report: "Iran\'s state news agency IRNA said", "..., IRNA reported"', async () => {
  const { speakers } = await run(
    'At least three people were killed when a 5.9 magnitude earthquake struck Iran on Saturday night.',
    'Iran’s state news agency IRNA said the earthquake hit the city of Khoy.',
    '“The tremor was so strong that it was felt in many regions of the province,” IRNA reported.',
  );
  assert.equal(
    speakers.map(([t, s]) => [t.split(' ').slice(0, 3).join(' '), s]),
    [
      ['the earthquake hit', 'irna'],
      ['The tremor was', 'irna'],
    ],
  );
});

test.run();
