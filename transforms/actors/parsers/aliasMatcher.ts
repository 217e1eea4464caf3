// Finds every codebook alias and title in a text: from each word start, walks the compiled
// tries and reports each entry whose key ends at a word boundary. Overlapping finds are all
// kept here ("Assad's regime", "Assad"); refiners/dropContained.ts decides which survive.
import type { ActorMatcher, MatcherEntry, TrieNode } from '../compileActorMatcher.ts';
import { foldChar, isWordChar } from '../../text/textChars.ts';

export interface AliasMatch {
  start: number;
  end: number;
  entry: MatcherEntry;
}

const isHyphenJoin = (text: string, at: number) => text[at] === '-' && isWordChar(text[at + 1]);

function walk(root: TrieNode, text: string, from: number, lower: boolean, out: AliasMatch[]): void {
  let n: TrieNode | undefined = root;
  for (let j = from; j < text.length && n; j++) {
    const code = text.charCodeAt(j);
    let ch: string;
    if (code < 128) ch = lower && code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[j];
    else {
      ch = foldChar(text[j]);
      if (lower) ch = ch.toLowerCase();
    }
    // As in the keys (textChars.aliasKey): an apostrophe inside a word is skipped, a hyphen reads as a space.
    if (ch === "'" && j > from && isWordChar(text[j - 1]) && isWordChar(text[j + 1])) continue;
    if (ch === '-') ch = ' ';
    n = n.next.get(ch);
    if (!n || !n.entries.length) continue;
    const end = j + 1;
    if (isWordChar(text[end])) continue;
    for (const entry of n.entries) {
      // Common nouns and titles do not match inside hyphenated words ("anti-regime", "secretary-general").
      if (entry.commonNoun && (isHyphenJoin(text, end) || (text[from - 1] === '-' && isWordChar(text[from - 2]))))
        continue;
      out.push({ start: from, end, entry });
    }
  }
}

export function aliasMatcher(text: string, matcher: ActorMatcher, from = 0, to = text.length): AliasMatch[] {
  const out: AliasMatch[] = [];
  // Word starts only (and dots, for "U.S."-like aliases).
  let previousIsWord = isWordChar(text[from - 1]);
  for (let i = from; i < to; i++) {
    const isWord = isWordChar(text[i]);
    if (!previousIsWord && (isWord || text[i] === '.')) {
      walk(matcher.exact, text, i, false, out);
      walk(matcher.folded, text, i, true, out);
    }
    previousIsWord = isWord;
  }
  return out.filter((m) => m.end <= to);
}
