// The fates refiner: a sentence that only tells a stated proposal's fate sets the status of the
// last row before it and adds none. Drafts made by hand on sentences of the sample corpus, so that
// these tests see the refiner alone.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { proposalArticle, type ProposalSentence } from '../../transforms/proposals/ProposalArticle.ts';
import { fates } from '../../transforms/proposals/refiners/fates.ts';
import type { Draft } from '../../transforms/proposals/Draft.ts';

function articleOf(texts: string[]) {
  let at = 0;
  const sentences = texts.map((text, index) => {
    const s = {
      sentence_id: `a:s${index}`,
      article_id: 'a',
      paragraph: index,
      index,
      start: at,
      end: at + text.length,
      text,
    };
    at += text.length + 1;
    return s;
  });
  return proposalArticle('a', sentences, new Map());
}

const draft = (sentence: ProposalSentence, summary: string): Draft => ({
  sentence,
  candidate: { cue: 'proposed', cueStart: 0, cueEnd: 0, type: 'plan', parser: 'cueClause' },
  from: 0,
  to: sentence.text.length,
  view: sentence.masked,
  own: [],
  multi: false,
  proposer: 'russia',
  addressee: '',
  status: 'proposed',
  start: 0,
  end: sentence.text.length,
  said: '',
  summaryFrom: 0,
  summary,
  parser: 'cueClause',
});

const article = articleOf([
  'Russia proposed a UN Security Council resolution calling for an immediate truce in Aleppo.',
  'It also proposed that aid convoys enter the eastern districts.',
  'Washington rejected the proposal on Saturday.',
  'Talks are expected to resume in Geneva next week.',
]);
const [s0, s1, s2, s3] = article.sentences;

test('a fate-only sentence sets the status of the last row before it, and only that one', () => {
  const drafts = [draft(s0, 'truce'), draft(s1, 'convoys')];
  const out = fates(article)(drafts);
  assert.equal(
    out.map((d) => [d.summary, d.status]),
    [
      ['truce', 'proposed'],
      ['convoys', 'rejected'],
    ],
  );
  assert.is(drafts[1].status, 'proposed', 'the input list is left as it was');
});

test('a sentence with a row of its own is no fate note', () => {
  const out = fates(article)([draft(s0, 'truce'), draft(s2, 'rejection')]);
  assert.equal(
    out.map((d) => d.status),
    ['proposed', 'proposed'],
  );
});

test('a fate with no row before it changes nothing, and a sentence with no fate neither', () => {
  const first = articleOf(['Washington rejected the proposal on Saturday.', s0.text]);
  assert.equal(
    fates(first)([draft(first.sentences[1], 'truce')]).map((d) => d.status),
    ['proposed'],
  );
  assert.equal(
    fates(article)([draft(s3, 'talks')]).map((d) => d.status),
    ['proposed'],
  );
});

test.run();
