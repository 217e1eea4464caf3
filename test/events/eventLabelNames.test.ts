// Which distinctive names can name an event: outlets, bylines, titles and adjectives of nationality
// are passed over; a word of a longer name stands for the whole name.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { eventLabelNames } from '../../transforms/events/eventLabelNames.ts';
import { bylineNames } from '../../transforms/events/bylineNames.ts';

const none = new Set<string>();

test('outlets, agencies of the world layer and bylines never name an event', () => {
  const bylines = bylineNames([
    'Kerry, Putin meet in Moscow\n\nBy Matthew Lee and Vladimir Isachenkov, Associated Press\n\nMOSCOW - Talks ran late.',
  ]);
  assert.ok(bylines.has('matthew lee') && bylines.has('isachenkov'));
  const ranked = ['matthew lee', 'associated press', 'nbc news', 'vladimir isachenkov associated press', 'kremlin'];
  assert.equal(eventLabelNames(ranked, new Set(['nbc news']), bylines), ['kremlin']);
});

test('titles, times of day and adjectives of nationality are not names of the event', () => {
  const ranked = [
    'mateo county supervisor david canepa',
    'pm agence france presse',
    'asian american',
    'russian defense ministry',
    'half moon bay',
  ];
  assert.equal(eventLabelNames(ranked, none, none), ['half moon bay']);
});

test('a state run into a name by a possessive is passed over; the state alone is kept', () => {
  // "China's Xi Jinping" reads as one run, "china xi jinping".
  assert.equal(eventLabelNames(['china xi jinping', 'china', 'xi jinping'], none, none), ['china', 'xi jinping']);
  assert.equal(eventLabelNames(['saudi arabia', 'riyadh'], none, none), ['saudi arabia', 'riyadh']);
});

test('one word of a longer name of the list stands for the whole name', () => {
  assert.equal(eventLabelNames(['claudia', 'mexico', 'claudia sheinbaum'], none, none), [
    'claudia sheinbaum',
    'mexico',
  ]);
  assert.equal(eventLabelNames(['angeles', 'los angeles'], none, none), ['los angeles']);
});

test('a photographer credited on a photo line does not name the event', () => {
  const bylines = bylineNames(['Quake\n\nPhoto: Pavel Sergeyev\n\nRABAT - The toll rose.']);
  assert.equal(eventLabelNames(['sergeyev', 'pavel sergeyev', 'al haouz'], none, bylines), ['al haouz']);
});

test.run();
