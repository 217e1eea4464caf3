import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { terms, PHRASE_BREAK, WORD_PATTERN } from '../../transforms/framing/terms.ts';
import { STOP_WORDS } from '../../transforms/framing/stopWords.ts';
import { ARTICLES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { termCounts } from '../../transforms/framing/termCounts.ts';

test('unigrams and bigrams of kept words, within a phrase', () => {
  assert.equal(terms('Syrian strongman Bashar al-Assad, a Russian ally.'), [
    'syrian',
    'strongman',
    'syrian strongman',
    'bashar',
    'strongman bashar',
    'al-assad',
    'bashar al-assad',
    'russian',
    'ally',
    'russian ally',
  ]);
});

test('stop words break bigrams; possessives and capitalised acronyms', () => {
  assert.equal(terms("Assad's regime and the US-led coalition"), [
    'assad',
    'regime',
    'assad regime',
    'us-led',
    'coalition',
    'us-led coalition',
  ]);
  assert.equal(terms('US officials met IS defectors as the talks went on'), [
    'us',
    'officials',
    'us officials',
    'met',
    'officials met',
    'is',
    'met is',
    'defectors',
    'is defectors',
    'talks',
    'went',
    'talks went',
  ]);
});

test('a dash between spaces breaks a phrase; a hyphen inside a word does not', () => {
  assert.equal(terms('ceasefire - fighting'), ['ceasefire', 'fighting']);
  assert.equal(terms('five-year-old conflict'), ['five-year-old', 'conflict', 'five-year-old conflict']);
});

// The definition the scanner must keep: split into phrases at PHRASE_BREAK, words by WORD_PATTERN.
function byPatterns(text: string): string[] {
  const out: string[] = [];
  for (const phrase of text.split(new RegExp(PHRASE_BREAK.source, 'u'))) {
    let previous: string | null = null;
    for (const raw of phrase.match(WORD_PATTERN) ?? []) {
      const bare = raw.replace(/['\u2019][sS]$/u, '');
      const word = bare.toLowerCase().replace(/\u2019/g, "'");
      const acronym = /^\p{Lu}{2,3}$/u.test(bare);
      if (!acronym && (word.length < 2 || STOP_WORDS.has(word) || /^\p{N}+$/u.test(word))) {
        previous = null;
        continue;
      }
      out.push(word);
      if (previous !== null) out.push(`${previous} ${word}`);
      previous = word;
    }
  }
  return out;
}

test('the one-pass scanner reads words and phrases as the patterns define them', () => {
  const texts = [
    'BEIRUT \u2014 Syria\u2019s government said on Tuesday that 1,200 rebels\u2019 positions \u2013 in Aleppo\u2019s east \u2013 were hit.',
    'The U.N.-brokered truce -- agreed in Munich -- took effect at midnight (2200 GMT); "It\u2019s fragile," said de Mistura.',
    "Al-Nusra Front's fighters, ISIS and the SDF\u2019s Kurdish-led units \u2026 in Deir Ezzor/Raqqa.",
    'Erdoğan met Lavrov and Şoygu in Ankara; Zeid Ra\u2019ad Al Hussein urged \u00ablarge-scale\u00bb aid.\u00a0Next - - day',
    "Year 2016: \u0661\u0662 killed \u2014 \u00c9TAT \u00c9I and the ÉU\u2019S response \ud835\udc00\ud835\udc01 \ud83d\ude00 end-- -start 'quoted' x-' y'-z",
    'tab\tseparated\nlines - with\u2028odd\u2009spaces - and a lone \ud800 surrogate',
  ];
  for (const text of texts) assert.equal(terms(text), byPatterns(text), text);
});

test("term counts pool an outlet's articles within an event", () => {
  const articles = toTable(ARTICLES, [
    { article_id: 'a1', outlet: 'A', event_id: 'e1', text: 'Regime forces' },
    { article_id: 'a2', outlet: 'A', event_id: 'e1', text: 'regime' },
  ]);
  assert.equal(termCounts(articles, articleOutlets(articles)).objects(), [
    { event_id: 'e1', outlet: 'A', term: 'forces', count: 1 },
    { event_id: 'e1', outlet: 'A', term: 'regime', count: 2 },
    { event_id: 'e1', outlet: 'A', term: 'regime forces', count: 1 },
  ]);
});

test.run();
