// The proposals parsers' cue guards (withCues.ts) skip only texts the parser finds nothing in:
// every parser reads every sentence of the sample, the dev corpus and the real-news dev set, its
// quotations blanked as the parsers read it and as written, once behind its guard and once with
// the guard open (a word set holding every word), with the sentence's actor mentions (the
// notebook's own) and a deal stated before; both readings must find the same candidates. Likewise
// whether a sentence states a deal (dealContext.ts, guarded by its cues too).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readCorpus } from '../../readers/readCorpus.ts';
import { readManifest } from '../../readers/readManifest.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { withWorld } from '../../transforms/codebook/withWorld.ts';
import { articlesAndEvents, sentencesOf, textsOf } from '../../transforms/pipeline/index.ts';
import { discoveryPass, mentionFinder } from '../../transforms/actors/index.ts';
import { parsersOf } from '../../transforms/proposals/index.ts';
import { maskQuotes } from '../../transforms/proposals/maskQuotes.ts';
import { statesDeal } from '../../transforms/proposals/refiners/dealContext.ts';
import type { ParseContext, SentenceMention } from '../../transforms/proposals/Candidate.ts';
import { wordSet, EVERY_WORD } from '../../transforms/text/wordSet.ts';

const root = new URL('../../', import.meta.url).pathname;
const codebook = withWorld(await readCodebook(`${root}sheets/codebook.xlsx`, { warnings: [] }));
const parsers = parsersOf(codebook);

/** Every sentence of a corpus with its actor mentions (offsets in the sentence). */
async function sentencesIn(dir: string): Promise<{ text: string; mentions: SentenceMention[] }[]> {
  const files = await readCorpus(`${root}${dir}`);
  const manifest = await readManifest(`${root}${dir}/manifest.csv`);
  const { articles } = articlesAndEvents({ files, manifest, codebook });
  const { sentences } = sentencesOf({ articles });
  const { texts } = textsOf({ articles, sentences });
  const discovery = discoveryPass(texts, codebook);
  const findMentions = mentionFinder(codebook, discovery.registry);
  return texts.flatMap((t, i) => {
    const mentions = findMentions(t, discovery.discoveries[i]);
    return t.sentences.map((s) => ({
      text: s.text,
      mentions: mentions
        .filter((m) => m.sentence_id === s.sentence_id && m.actor_id)
        .map((m) => ({
          start: (m.start ?? 0) - s.start,
          end: (m.end ?? 0) - s.start,
          actor_id: m.actor_id ?? '',
          surface: m.surface ?? '',
          descriptor: m.descriptor ?? '',
          media: false,
          armed: false,
        })),
    }));
  });
}

for (const dir of ['corpus', 'test/devcorpus', 'test/realnews/dev']) {
  test(`no guard hides a candidate: every sentence of ${dir}`, async () => {
    const sentences = await sentencesIn(dir);
    assert.ok(sentences.length > 40);
    let found = 0,
      deals = 0;
    for (const { text, mentions } of sentences) {
      for (const read of [maskQuotes(text), text]) {
        const deal = statesDeal(read, EVERY_WORD);
        assert.equal(statesDeal(read), deal, read);
        if (deal) deals++;
        const ctx: ParseContext = { mentions, dealStated: true, raw: text };
        for (const parse of parsers) {
          const open = parse(read, { ...ctx, words: EVERY_WORD });
          assert.equal(parse(read, { ...ctx, words: wordSet(read) }), open, read);
          found += open.length;
        }
      }
    }
    assert.ok(found > 10, `${found} candidates`);
    assert.ok(deals > 0, 'a deal stated');
  });
}

test.run();
