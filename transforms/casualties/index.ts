// Casualty figures: counts of people killed, wounded, displaced, detained, missing or affected,
// with how exact the text says they are, who they are, where, who says so, and any hedge.
//
// Parsers (each one phrasing family; a figure needs a people noun or a casualty term from the
// codebook beside it, so "more than 50 strikes" and "six Tupolev bombers" never are):
//   numberThenKind  "at least 84 people were killed", "more than 280,000 dead"
//   kindThenNumber  "killed at least 12 civilians", "forced millions from their homes"
//   deathToll       "the death toll rose to 84"
//   coordinatedFigure  "at least 26 soldiers and 40 IS fighters were killed": the first of two
//   peopleLivingWithout  "some 275,000 people live there with little or no access to aid"
//   peopleInNeed    "some 13.5 million Syrians inside the country need humanitarian assistance"
//   livesOf         "claimed the lives of over 250,000 people"
//   amongTheDead    "five children were among the dead", "the dead included five children"
// Refiners, in order: keepLongest (one reading per span), includedFigures ("58 people, including
// 13 children": a row for the 13, after keepLongest, which would drop it), then the context each
// row keeps:
//   locationOf, sourceOf (the figure's sentence), hedgeOf (its sentence, else the next).
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { CASUALTIES, SENTENCES, toTable, rowsOf, type Casualty } from '../schema/index.ts';
import { kindTerms } from './kindTerms.ts';
import { tidyVictims } from './victims.ts';
import { MAY_HOLD_AMOUNT } from './amount.ts';
import { numberThenKind } from './parsers/numberThenKind.ts';
import { kindThenNumber } from './parsers/kindThenNumber.ts';
import { deathToll } from './parsers/deathToll.ts';
import { coordinatedFigure } from './parsers/coordinatedFigure.ts';
import { peopleLivingWithout } from './parsers/peopleLivingWithout.ts';
import { peopleInNeed } from './parsers/peopleInNeed.ts';
import { livesOf } from './parsers/livesOf.ts';
import { amongTheDead } from './parsers/amongTheDead.ts';
import { includedFigures } from './refiners/includedFigures.ts';
import { keepLongest } from './refiners/keepLongest.ts';
import { locationOf } from './refiners/locationOf.ts';
import { sourceOf } from './refiners/sourceOf.ts';
import { hedgeOf } from './refiners/hedgeOf.ts';

/** A row of the casualties table: the contract columns, the hedge and the parser that found it. */
export type CasualtyRow = Casualty;

export function casualties(articles: ColumnTable, sentences: ColumnTable, codebook: Codebook): ColumnTable {
  const terms = kindTerms(codebook);
  const parsers = [
    numberThenKind(terms),
    kindThenNumber(terms),
    deathToll,
    coordinatedFigure(terms),
    peopleLivingWithout(terms),
    peopleInNeed,
    livesOf,
    amongTheDead(terms),
  ];
  const articleIds = new Set(articles.array('article_id') as string[]);
  const all = rowsOf(SENTENCES, sentences).filter((s) => articleIds.has(s.article_id ?? ''));
  const rows: CasualtyRow[] = [];
  const count = new Map<string, number>();
  all.forEach((s, i) => {
    const text = s.text ?? '';
    const next = all[i + 1]?.article_id === s.article_id ? (all[i + 1].text ?? '') : '';
    if (!MAY_HOLD_AMOUNT.test(text)) return;
    for (const c of includedFigures(text, keepLongest(parsers.flatMap((p) => p(text))))) {
      const articleId = s.article_id ?? '';
      const n = count.get(articleId) ?? 0;
      count.set(articleId, n + 1);
      const start = (s.start ?? 0) + c.start;
      rows.push({
        casualty_id: `${articleId}:c${n}`,
        article_id: articleId,
        sentence_id: s.sentence_id ?? '',
        start,
        end: start + (c.end - c.start),
        surface: text.slice(c.start, c.end),
        figure: c.figure,
        qualifier: c.qualifier,
        kind: c.kind,
        victims: tidyVictims(c.victims),
        location: locationOf(text, c.start, c.end),
        source: sourceOf(text),
        hedge: hedgeOf(text.slice(c.end), next),
        parser: c.parser,
      });
    }
  });
  return toTable(CASUALTIES, rows);
}
