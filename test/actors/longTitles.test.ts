// Long titles before a name, with "for" as well as "of", and offices inside offices; the labels of
// parties ("the ruling ...", "the once-dominant ...") and outlets ("... television station").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { groupModifierBefore, groupLabelAfter } from '../../transforms/actors/refiners/attachDescriptors.ts';

const people = async (text: string) =>
  (await extract(article(text))).mentionRows
    .filter((m) => m.parser === 'titledName')
    .map((m) => [m.surface, m.descriptor]);

test('an office with "for"', async () => {
  assert.equal(await people('UN Under-Secretary-General for Political Affairs Nora Castell flew in.'), [
    ['Nora Castell', 'UN Under-Secretary-General for Political Affairs'],
  ]);
  assert.equal(await people('Minister of State for Health Kofi Arden visited the clinic.'), [
    ['Kofi Arden', 'Minister of State for Health'],
  ]);
});

test('two capitalised titles joined by "and", and a title opened by Deputy or Chief', async () => {
  assert.equal(await people('Deputy Prime Minister and Foreign Minister Lena Varga flew in.'), [
    ['Lena Varga', 'Deputy Prime Minister and Foreign Minister'],
  ]);
  assert.equal(await people('Deputy Prime Minister Omar Haddad swore her in.'), [
    ['Omar Haddad', 'Deputy Prime Minister'],
  ]);
});

test('"and" between a lower-case noun and a title joins nothing', async () => {
  assert.equal(await people('Farmers and Foreign Minister Lena Varga met.'), [['Lena Varga', 'Foreign Minister']]);
});

test('"for" after no role, or no name after the office', async () => {
  assert.equal(await people('A fund for Disaster Relief Anna Sorel opened.'), []);
  assert.equal(await people('The Minister for Health said the clinic was full.'), []);
});

test("a party's standing before its name, an outlet's label after it", () => {
  const a = "Ruritania's ruling Unity Party lost its majority.";
  assert.is(groupModifierBefore(a, 0, a.indexOf('Unity')), 'ruling');
  const b = 'With 99% counted, the once-dominant Unity Party had 40%.';
  assert.is(groupModifierBefore(b, 0, b.indexOf('Unity')), 'once-dominant');
  const c = 'With 99% counted, the once-great Unity Party had 40%.';
  assert.is(groupModifierBefore(c, 0, c.indexOf('Unity')), '');
  const d = 'He told al-Nahar television station that 40 died.';
  assert.is(groupLabelAfter(d, d.indexOf(' television')), 'television station');
  const e = 'He told al-Nahar on Monday that 40 died.';
  assert.is(groupLabelAfter(e, e.indexOf(' on')), '');
});

test.run();
