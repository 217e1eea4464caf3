// Labels before a name as copy writes them beyond capitalised titles: nationality and role,
// lower-case offices, a country's possessive, job titles with adviser / coordinator / negotiator.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labels = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.filter((m) => m.descriptor).map((m) => [m.surface, m.descriptor]);

test('nationality and role, veteran and humanitarian', async () => {
  assert.equal(await labels('Norwegian diplomat Jan Egeland chaired the task force.'), [
    ['Jan Egeland', 'Norwegian diplomat'],
  ]);
  assert.equal(await labels('The veteran Russian diplomat Sergei Lavrov smiled.'), [
    ['Sergei Lavrov', 'veteran Russian diplomat'],
  ]);
  assert.equal(await labels('UN humanitarian adviser Jan Egeland said access had improved.'), [
    ['Jan Egeland', 'UN humanitarian adviser'],
  ]);
});

test('lower-case offices: secretary of state, minister of defence', async () => {
  assert.equal(await labels('On Friday, secretary of state John Kerry flew to Geneva.'), [
    ['John Kerry', 'secretary of state'],
  ]);
  assert.equal(await labels('He spoke with defence minister Sergei Shoigu.'), [['Sergei Shoigu', 'defence minister']]);
});

test("a country's possessive opens a person's label", async () => {
  assert.equal(await labels("Syria's UN ambassador Bashar al-Jaafari rejected the report."), [
    ['Bashar al-Jaafari', "Syria's UN ambassador"],
  ]);
  assert.equal(await labels('Russia\u2019s deputy foreign minister Mikhail Bogdanov met the envoy.'), [
    ['Mikhail Bogdanov', 'Russia\u2019s deputy foreign minister'],
  ]);
  assert.equal(await labels('The Syrian ambassador, Bashar al-Jaafari, walked out.'), [
    ['Bashar al-Jaafari', 'Syrian ambassador'],
  ]);
});

test('coordinators, chief negotiators, special envoys', async () => {
  assert.equal(await labels('HNC coordinator Riad Hijab said the truce was collapsing.'), [
    ['Riad Hijab', 'HNC coordinator'],
  ]);
  assert.equal(await labels('Opposition chief negotiator Mohammed Alloush resigned.'), [
    ['Mohammed Alloush', 'Opposition chief negotiator'],
  ]);
  assert.equal(await labels('The special envoy, Staffan de Mistura, said talks would resume.'), [
    ['Staffan de Mistura', 'special envoy'],
  ]);
});

test('partitive labels of groups', async () => {
  assert.equal(await labels('Al-Nusra Front, the Syrian branch of al-Qaeda, was excluded.'), [
    ['Al-Nusra Front', 'Syrian branch of al-Qaeda'],
  ]);
});

test('a group keeps its label without the possessor; a name before a possessive is not swallowed', async () => {
  assert.equal(await labels("Assad's key backer Moscow stood firm."), [['Moscow', 'key backer']]);
  assert.equal(await labels("Kerry met Syria's UN ambassador Bashar al-Jaafari."), [
    ['Bashar al-Jaafari', "Syria's UN ambassador"],
  ]);
});

test.run();
