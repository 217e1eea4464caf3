// Casualty figures: counts of people killed, wounded, displaced, detained, missing or affected,
// with how exact the text says they are, who they are, where, who says so, and any hedge.
//
// Parsers and refiners are listed below in order, each with why it comes where it does (the
// shared contract: transforms/Extractor.ts). Each row keeps the parser that found it.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { TextParser, Refiner } from '../Extractor.ts';
import type { Candidate } from './Candidate.ts';
import type { KindTerms } from './kindTerms.ts';
import { CASUALTIES, toTable, type Casualty } from '../schema/index.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { kindTerms } from './kindTerms.ts';
import { tidyVictims } from './victims.ts';
import { MAY_HOLD_AMOUNT } from './amount.ts';
import { numberThenKind } from './parsers/numberThenKind.ts';
import { kindThenNumber } from './parsers/kindThenNumber.ts';
import { secondObject } from './parsers/secondObject.ts';
import { deathToll } from './parsers/deathToll.ts';
import { coordinatedFigure } from './parsers/coordinatedFigure.ts';
import { peopleLivingWithout } from './parsers/peopleLivingWithout.ts';
import { peopleInNeed } from './parsers/peopleInNeed.ts';
import { livesOf } from './parsers/livesOf.ts';
import { amongTheDead } from './parsers/amongTheDead.ts';
import { fateOf } from './parsers/fateOf.ts';
import { violentDeath } from './parsers/violentDeath.ts';
import { hostagesTaken } from './parsers/hostagesTaken.ts';
import { onBoard } from './parsers/onBoard.ts';
import { includedFigures } from './refiners/includedFigures.ts';
import { placeFigures } from './refiners/placeFigures.ts';
import { keepLongest } from './refiners/keepLongest.ts';
import { locationOf } from './refiners/locationOf.ts';
import { sourceOf } from './refiners/sourceOf.ts';
import { hedgeOf } from './refiners/hedgeOf.ts';

/** The parsers, one phrasing family each. A figure needs a people noun or a casualty term from
 *  the codebook beside it, so "more than 50 strikes" and "six Tupolev bombers" never are. Where
 *  two read the same span, the one listed first is kept (keepLongest). */
function parsersOf(terms: KindTerms): TextParser<Candidate>[] {
  return [
    // "at least 84 people were killed", "more than 280,000 dead": the commonest phrasing, first
    numberThenKind(terms),
    // "killed at least 12 civilians", "forced millions from their homes"
    kindThenNumber(terms),
    // "killed 64 Israeli soldiers and three civilians": the verb's second object
    secondObject(terms),
    // "the death toll rose to 84"
    deathToll,
    // "at least 26 soldiers and 40 IS fighters were killed": the first of two, whose verb is the second's
    coordinatedFigure(terms),
    // "some 275,000 people live there with little or no access to aid"
    peopleLivingWithout(terms),
    // "some 13.5 million Syrians inside the country need humanitarian assistance"
    peopleInNeed,
    // "claimed the lives of over 250,000 people"
    livesOf,
    // "five children were among the dead", "the dead included five children"
    amongTheDead(terms),
    // "the death of more than 400,000 people", "the detention of eight officials": a fate as a noun
    fateOf,
    // "shot dead 10 people", "shooting seven people to death": no codebook term, the manner says it
    violentDeath,
    // "took about 800 people hostage": detained; after numberThenKind, whose "held" would misread it
    hostagesTaken,
    // "a plane with 239 people on board went missing": the fate comes later in the sentence
    onBoard(terms),
  ];
}

/** The refiners over one sentence's candidates, in order. The context each row keeps (locationOf,
 *  sourceOf from the figure's sentence, hedgeOf from its sentence, else the next) is read last,
 *  row by row, once the figures are settled. */
function refinersOf(sentence: string): Refiner<Candidate>[] {
  return [
    // one reading per span: two parsers may read the same words
    keepLongest,
    // "58 people, including 13 children": a row for the 13; after keepLongest, which would drop it
    (found) => includedFigures(sentence, found),
    // "1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate": a row per place listed
    (found) => placeFigures(sentence, found),
  ];
}

/** A row of the casualties table: the contract columns, the hedge and the parser that found it. */
export type CasualtyRow = Casualty;

export function casualties(texts: ArticleText[], codebook: Codebook): ColumnTable {
  const terms = kindTerms(codebook);
  const parsers = parsersOf(terms);
  const all = texts.flatMap((t) => t.sentences.map((s) => ({ ...s, article_id: t.article_id })));
  const rows: CasualtyRow[] = [];
  const count = new Map<string, number>();
  all.forEach((s, i) => {
    const text = s.text ?? '';
    const next = all[i + 1]?.article_id === s.article_id ? (all[i + 1].text ?? '') : '';
    if (!MAY_HOLD_AMOUNT.test(text)) return;
    for (const c of refinersOf(text).reduce(
      (found, refine) => refine(found),
      parsers.flatMap((p) => p(text)),
    )) {
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
