// Test helper: proposals found in sentences of one article, keyed as the notebook keys them, with hand-made actor mentions (every
// codebook alias or title found as a whole word), so these tests do not depend on the actors
// extractor.
import * as aq from 'arquero';
import { readCodebook } from '../../readers/readCodebook.ts';
import { proposals, type ProposalRow } from '../../transforms/proposals/index.ts';
import { proposalKeys } from '../../transforms/proposals/proposalKeys.ts';
import { articleTexts } from '../../transforms/text/articleTexts.ts';

export const codebook = await readCodebook(new URL('../../sheets/codebook.xlsx', import.meta.url).pathname);
const entries = codebook.actors
  .flatMap((a) => [...a.aliases, ...a.titles].filter((s) => s.length > 1).map((alias) => ({ alias, id: a.actor_id })))
  .sort((x, y) => y.alias.length - x.alias.length);

export function proposalsIn(articles: string[][]): ProposalRow[] {
  const sentenceRows: object[] = [],
    mentionRows: object[] = [],
    articleRows: object[] = [];
  articles.forEach((sentences, k) => {
    const id = `a${k}`;
    let at = 0;
    sentences.forEach((text, i) => {
      sentenceRows.push({
        sentence_id: `${id}:s${i}`,
        article_id: id,
        paragraph: i,
        index: i,
        start: at,
        end: at + text.length,
        text,
      });
      const taken: [number, number][] = [];
      for (const { alias, id: actor } of entries) {
        const re = new RegExp(`(?<![\\w-])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
        for (const m of text.matchAll(re)) {
          const s = m.index ?? 0,
            e = s + alias.length;
          if (taken.some(([x, y]) => s < y && x < e)) continue;
          taken.push([s, e]);
          mentionRows.push({
            mention_id: '',
            article_id: id,
            sentence_id: `${id}:s${i}`,
            start: at + s,
            end: at + e,
            surface: alias,
            actor_id: actor,
            descriptor: '',
            in_headline: false,
          });
        }
      }
      at += text.length + 1;
    });
    articleRows.push({ article_id: id, text: sentences.join(' ') });
  });
  const [articleTable, sentenceTable] = [aq.from(articleRows), aq.from(sentenceRows)];
  const found = proposals(articleTable, articleTexts(articleTable, sentenceTable), aq.from(mentionRows), codebook);
  return proposalKeys(found, articleTable, sentenceTable, codebook).objects() as ProposalRow[];
}

export const one = (sentence: string) => proposalsIn([[sentence]]);
