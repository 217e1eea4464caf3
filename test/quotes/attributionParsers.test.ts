// Each attribution parser on its own, on sentences of the sample and dev corpora: the phrasing it
// reads, and the phrasings it leaves to the others (negatives).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toTable, ARTICLES, MENTIONS, rowsOf } from '../../transforms/schema/index.ts';
import { sentences } from '../../transforms/sentences/index.ts';
import { articleTexts } from '../../transforms/text/articleTexts.ts';
import { sentenceAt, isQuoted } from '../../transforms/text/ArticleText.ts';
import { actors } from '../../transforms/actors/index.ts';
import type { Parser } from '../../transforms/Extractor.ts';
import {
  attributionInput,
  type AttributionInput,
  type Attribution,
} from '../../transforms/quotes/attribution/Attribution.ts';
import { saidAfter } from '../../transforms/quotes/attribution/saidAfter.ts';
import { saidBy } from '../../transforms/quotes/attribution/saidBy.ts';
import { accordingTo } from '../../transforms/quotes/attribution/accordingTo.ts';
import { speakerBefore } from '../../transforms/quotes/attribution/speakerBefore.ts';
import { closingAttribution } from '../../transforms/quotes/attribution/closingAttribution.ts';
import { quotationMarks } from '../../transforms/quotes/parsers/quotationMarks.ts';
import { sampleCodebook } from '../actors/extractText.ts';

const codebook = await sampleCodebook();

/** [speaker, speaker_text, verb] that a parser reads for the first quote of a one-paragraph article. */
function reads(parser: Parser<AttributionInput, Attribution>, paragraph: string): string[][] {
  const articles = toTable(ARTICLES, [{ article_id: 'a', text: `Headline\n\n${paragraph}` }]);
  const [layout] = articleTexts(articles, sentences(articles));
  const persons = new Set(codebook.actors.filter((x) => x.type === 'person').map((x) => x.actor_id));
  const ids = new Set(codebook.actors.map((x) => x.actor_id));
  const mentions = rowsOf(MENTIONS, actors([layout], codebook).mentions).map((m) => ({
    start: m.start!,
    end: m.end!,
    actor_id: m.actor_id ?? '',
    surface: m.surface ?? '',
    person: persons.has(m.actor_id ?? '') || !ids.has(m.actor_id ?? ''),
  }));
  const quoted = (o: number) => isQuoted(layout, o);
  const [quote] = quotationMarks({ layout, mentions, codebook, quoted });
  const input = attributionInput(quote, layout.text, (o) => sentenceAt(layout, o), quoted, mentions, codebook);
  return parser(input).map((a) => [a.speaker, a.speaker_text, a.verb]);
}

const HOTBED =
  '"Nowhere is there a greater hotbed and incubator for these terrorists than in Syria," Kerry said after observing a minute of silence in honour of the victims ahead of his talks with Russian counterpart Sergei Lavrov.';
const OFFICIAL = '"It is our expectation that this meeting will go forward," said a senior US official.';
const PESKOV =
  'Kremlin spokesman Dmitry Peskov said Friday that the talks between Putin and Kerry had not marked the start of cooperation "to significantly improve the effectiveness of efforts in the fight against terrorism".';
const WORDS =
  'As a result Kerry will meet Lavrov at the foreign ministry then both will go to Putin\u2019s office to, in the words of Kremlin spokesman Dmitry Peskov, \u201cinform him of their talks.\u201d';
const STATEMENT =
  'A "credible, inclusive and non-sectarian" government would be formed within six months and free elections held within 18 months, the statement said.';
const DE_MISTURA =
  'De Mistura said the talks \u201chave a target date of August\u201d and need to be \u201ca credible beginning of a roadmap towards a political transition\u201d.';
const ASSAD =
  '"Only the Syrian people define who\'s going to be the president, when to come, and when to go. They never said a single word regarding this," he said.';

test('saidAfter: "X said" after the closing mark, a pronoun left unresolved', () => {
  assert.equal(reads(saidAfter, HOTBED), [['john-kerry', 'Kerry', 'said']]);
  assert.equal(reads(saidAfter, ASSAD), [['', 'he', 'said']]);
  assert.equal(
    reads(
      saidAfter,
      '"If we cannot get to a solution that resolves both of those problems we\'re going to be in a very different place," a US official said.',
    ),
    [['united-states', 'a US official', 'said']],
  );
});

test('saidAfter reads no verb-first attribution, no attribution before the quote, no sentence-final one', () => {
  assert.equal(reads(saidAfter, OFFICIAL), []);
  assert.equal(reads(saidAfter, PESKOV), []);
  assert.equal(reads(saidAfter, DE_MISTURA), []);
  assert.equal(reads(saidAfter, STATEMENT), []);
});

test('saidBy: "said X", the verb first', () => {
  assert.equal(reads(saidBy, OFFICIAL), [['united-states', 'a senior US official', 'said']]);
});

test('saidBy reads nothing when the speaker comes before the verb', () => {
  assert.equal(reads(saidBy, HOTBED), []);
  assert.equal(reads(saidBy, ASSAD), []);
  assert.equal(reads(saidBy, PESKOV), []);
});

test('accordingTo: "in the words of X" or "according to X" right before the quote', () => {
  assert.equal(reads(accordingTo, WORDS), [['dmitry-peskov', 'Kremlin spokesman Dmitry Peskov', 'words']]);
  assert.equal(
    reads(accordingTo, 'According to Kremlin spokesman Dmitry Peskov, "the talks were serious and frank."'),
    [['dmitry-peskov', 'Kremlin spokesman Dmitry Peskov', 'according to']],
  );
});

test('accordingTo reads no speech verb and nothing after the quote', () => {
  assert.equal(reads(accordingTo, PESKOV), []);
  assert.equal(reads(accordingTo, HOTBED), []);
});

test('speakerBefore: "X said ... that" before the opening mark', () => {
  assert.equal(reads(speakerBefore, PESKOV), [['dmitry-peskov', 'Kremlin spokesman Dmitry Peskov', 'said']]);
  assert.equal(
    reads(speakerBefore, DE_MISTURA).map((r) => r.slice(1)),
    [['De Mistura', 'said']],
  );
});

test('speakerBefore reads nothing when no speech verb precedes the quote', () => {
  assert.equal(reads(speakerBefore, HOTBED), []);
  assert.equal(reads(speakerBefore, OFFICIAL), []);
  assert.equal(reads(speakerBefore, STATEMENT), []);
});

test('closingAttribution: ", the statement said." ending the sentence', () => {
  assert.equal(
    reads(closingAttribution, STATEMENT).map((r) => r.slice(1)),
    [['the statement', 'said']],
  );
});

test('closingAttribution reads nothing when the sentence does not end with ", X said."', () => {
  assert.equal(reads(closingAttribution, PESKOV), []);
  assert.equal(reads(closingAttribution, DE_MISTURA), []);
});

test.run();
