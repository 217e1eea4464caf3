// Test helper: runs the actor and quote extractors on articles given as plain texts (headline,
// blank line, paragraphs), with the sample codebook and the project's sentence splitter.
import { toTable, ARTICLES, rowsOf, MENTIONS, QUOTES } from '../../transforms/schema/index.ts';
import { sentences } from '../../transforms/sentences/index.ts';
import { actors } from '../../transforms/actors/index.ts';
import { articleTexts } from '../../transforms/text/articleTexts.ts';
import { quotes } from '../../transforms/quotes/index.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { CODEBOOK_FILE } from '../../sheets/codebook/buildCodebook.ts';
import type { Codebook } from '../../transforms/codebook/Codebook.ts';

let cached: Codebook | undefined;
export async function sampleCodebook(): Promise<Codebook> {
  return (cached ??= await readCodebook(CODEBOOK_FILE));
}

export async function extract(...texts: string[]) {
  const codebook = await sampleCodebook();
  const articles = toTable(
    ARTICLES,
    texts.map((text, i) => ({ article_id: `a${i}`, text })),
  );
  const sents = sentences(articles);
  const layouts = articleTexts(articles, sents);
  const out = actors(layouts, codebook);
  const q = quotes(layouts, out.mentions, codebook);
  return {
    ...out,
    mentionRows: rowsOf(MENTIONS, out.mentions),
    quoteRows: q.objects() as (ReturnType<typeof rowsOf<typeof QUOTES.columns>>[number] & { speaker_text: string })[],
  };
}

/** A text as one article: headline "Headline", then the given paragraphs. */
export const article = (...paragraphs: string[]) => ['Headline', ...paragraphs].join('\n\n');
