// One codebook name, the spellings copy gives it: apostrophes and hyphens inside names, particles
// in either case, British and American spellings, institutions in lower case or with the
// country's possessive. The codebook lists each name once; the variants come from compiling it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { aliasVariants } from '../../transforms/actors/aliasVariants.ts';
import { aliasKey } from '../../transforms/text/textChars.ts';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('keys fold hyphens to spaces and drop apostrophes inside words', () => {
  assert.is(aliasKey("Bashar Ja'afari"), 'Bashar Jaafari');
  assert.is(aliasKey('Adel al-Jubeir'), 'Adel al Jubeir');
  assert.is(aliasKey('Stephen O\u2019Brien'), 'Stephen OBrien');
  assert.ok(aliasVariants('Adel al Jubeir').includes('Adel Al Jubeir'));
  assert.ok(aliasVariants('Russian Defence Ministry').includes('Russian Defense Ministry'));
  assert.ok(aliasVariants('Russian Defence Ministry').includes('Russias defence ministry'));
});

test('apostrophes inside a name: straight, curly or none', async () => {
  assert.equal(await ids("Syria's UN envoy Bashar Ja'afari rejected the report."), [
    'UN=united-nations',
    "Bashar Ja'afari=bashar-al-jaafari",
  ]);
  assert.equal(await ids('Ja\u2019afari walked out of the session.'), ['Ja\u2019afari=bashar-al-jaafari']);
  assert.equal(await ids("UN aid chief Stephen O'Brien briefed the council. O\u2019Brien said access was blocked."), [
    'UN=united-nations',
    "Stephen O'Brien=stephen-o-brien",
    'O\u2019Brien=stephen-o-brien',
  ]);
});

test('particles with a hyphen or a space, in either case', async () => {
  assert.equal(await ids('Saudi Foreign Minister Adel Al-Jubeir met Kerry.'), [
    'Adel Al-Jubeir=adel-al-jubeir',
    'Kerry=john-kerry',
  ]);
  assert.equal(await ids('Al Jubeir said Riyadh would not change course, and al Jubeir repeated it later.'), [
    'Al Jubeir=adel-al-jubeir',
    'Riyadh=saudi-arabia',
    'al Jubeir=adel-al-jubeir',
  ]);
  assert.equal(await ids('Fighters of Jaysh al Islam and Ahrar Al-Sham held the town.'), [
    'Jaysh al Islam=jaish-al-islam',
    'Ahrar Al-Sham=ahrar-al-sham',
  ]);
});

test('an institution in capitals, in lower case, in American spelling or with the possessive', async () => {
  assert.equal(await ids('The Russian defence ministry denied it.'), [
    'Russian defence ministry=russian-defence-ministry',
  ]);
  assert.equal(await ids('The Russian Defense Ministry released a video.'), [
    'Russian Defense Ministry=russian-defence-ministry',
  ]);
  assert.equal(await ids('Russia\u2019s defence ministry said its jets were grounded.'), [
    'Russia\u2019s defence ministry=russian-defence-ministry',
  ]);
  assert.equal(await ids("Russia's Foreign Ministry called the strike a provocation."), [
    "Russia's Foreign Ministry=russian-foreign-ministry",
  ]);
});

test('renamed groups stay one actor', async () => {
  assert.equal(await ids('Jabhat Fateh al-Sham, formerly al-Nusra Front, was excluded.'), [
    'Jabhat Fateh al-Sham=al-nusra-front',
    'al-Nusra Front=al-nusra-front',
  ]);
});

test.run();
