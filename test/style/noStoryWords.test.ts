// No story words in the code: the default codebook's names (sheets/codebook/defaultCodebook.ts)
// never appear in transforms/ outside the world layer's data, so that every rule works for any
// story. Comments are exempt (their examples show news English), and so are the column docs of
// transforms/schema (documentation shown to users). What counts as a story word, derived from the
// codebook: every actor name and alias with a capital letter, found as written as a whole word,
// or as a whole string literal in any case ('russia'; acronyms as written); all-lower-case aliases are common nouns by
// the codebook's own convention ("regime", "rebels": compileActorMatcher.ts), and a single-word
// alias that is a head noun of organisation names ("Observatory", text/lexicon/orgNouns.ts) is an
// ordinary English word.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CODEBOOK_SHEETS } from '../../sheets/codebook/defaultCodebook.ts';
import { ORG_HEADS } from '../../transforms/text/lexicon/orgNouns.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXEMPT = ['transforms/world/data/', 'transforms/schema/'];

const storyWords = [
  ...new Set(
    (CODEBOOK_SHEETS.actors.rows as readonly (readonly string[])[])
      .flatMap((row) => [row[0], ...row[2].split(';')])
      .map((n) => n.trim().replace(/^the\s+/i, ''))
      .filter((n) => n && n !== n.toLowerCase() && !(n in ORG_HEADS)),
  ),
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const withoutComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = storyWords.map((w) => ({
  word: w,
  asWritten: new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'u'),
  // Acronyms as written only: 'is' and 'us' are English words.
  literal: new RegExp(`(['"\`])${escape(w)}\\1`, w === w.toUpperCase() ? 'u' : 'iu'),
}));

function storyWordsIn(source: string): string[] {
  const code = withoutComments(source);
  return patterns.filter((p) => p.asWritten.test(code) || p.literal.test(code)).map((p) => p.word);
}

test('the rule finds a story word as written and as a lower-case literal, not in a comment', () => {
  assert.ok(storyWordsIn("const LABELS = new Set(['news', 'russia']);").includes('Russia'));
  assert.equal(storyWordsIn("const WORDS = ['is', 'us'];"), []);
  assert.ok(storyWordsIn('if (name === "Kerry") return;').includes('Kerry'));
  assert.equal(storyWordsIn('// "Kerry said": an example\nconst x = 1;'), []);
  assert.equal(storyWordsIn("const NOUNS = ['regime', 'rebels'];"), []);
});

test('no transforms file holds a story word of the default codebook', () => {
  const found: string[] = [];
  for (const file of tsFiles(join(ROOT, 'transforms'))) {
    const rel = relative(ROOT, file).split('\\').join('/');
    if (EXEMPT.some((e) => rel.startsWith(e))) continue;
    const words = storyWordsIn(readFileSync(file, 'utf8'));
    if (words.length) found.push(`${rel}: ${words.join(', ')}`);
  }
  assert.equal(found, []);
});

test.run();
