// Which parser found a date. chrono keeps no such field on its results (a few of its parsers tag
// theirs, most do not), so every parser, chrono's own and ours, is wrapped to tag what it returns
// with its name: ours by name, chrono's after their class ("chrono/ENMonthNameLittleEndianParser").
// chrono's merging refiners clone results and may drop tags, so every refiner is wrapped too: a
// result that comes out untagged is named after the first result it covers ("Friday, March 4" after
// the weekday, "March 3 to 5" after "March 3"). A result with no name at all is `chrono`'s.
import { ParsingComponents, ParsingResult, type Parser, type Refiner, type ParsedResult } from 'chrono-node';

const TAG = 'framebook/parser:';

/** The parser, tagging each of its results with `name`. Same results as the parser alone. */
export function tagParser(name: string, parser: Parser): Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract: (context, match) => {
      const found = parser.extract(context, match);
      if (!found) return found;
      if (found instanceof ParsingResult || found instanceof ParsingComponents) return found.addTag(TAG + name);
      // A plain object of components: made into a result as chrono itself would.
      return context.createParsingResult(match.index ?? 0, match[0], found).addTag(TAG + name);
    },
  };
}

/** The refiner, naming each result it makes after the first result it covers. Same results. */
export function keepParserTags(refiner: Refiner): Refiner {
  return {
    refine: (context, results) => {
      const out = refiner.refine(context, results);
      for (const r of out) {
        if (tagOf(r)) continue;
        const covered = results.find(
          (x) => x.index >= r.index && x.index + x.text.length <= r.index + r.text.length && tagOf(x),
        );
        if (covered) r.addTag(tagOf(covered)!);
      }
      return out;
    },
  };
}

function tagOf(result: ParsingResult): string | undefined {
  for (const tag of result.start.tags()) if (tag.startsWith(TAG)) return tag;
  return undefined;
}

/** The name of chrono's own parser `parser`. */
export function chronoParserName(parser: Parser): string {
  return `chrono/${(parser as object).constructor.name}`;
}

/** The name of the parser that found `result`. */
export function parserOf(result: ParsedResult): string {
  for (const tag of result.tags()) if (tag.startsWith(TAG)) return tag.slice(TAG.length);
  return 'chrono';
}
