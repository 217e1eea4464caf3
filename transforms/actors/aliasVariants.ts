// The spellings news copy uses for one codebook name, derived when the codebook is compiled so
// that the codebook lists a name once:
// - particles inside a name in either case ("Adel al-Jubeir" / "Adel Al-Jubeir"); the
//   hyphen-or-space choice ("al-Jubeir" / "al Jubeir") and apostrophes inside a name
//   ("Ja'afari" / "Jaafari" / "Ja’afari") are folded by the key itself (textChars.aliasKey) and
//   by the matcher's walk, on both sides;
// - British and American spellings of the same word ("Defence" / "Defense");
// - an institution's name with its common-noun words in lower case, as copy often writes it
//   ("the Russian Defence Ministry" / "the Russian defence ministry"), and with the country's
//   possessive for its adjective ("Russia's defence ministry").
// Only the words of an institution are lowered: "Islamic State" never becomes "Islamic state".
import { DEMONYMS } from '../text/lexicon/demonyms.ts';

const PARTICLE = /^(al|el|ad|as|an|ash|at|az|de|da|di|du|van|von|le|la|bin|ibn|ben|abu|abou)$/i;

/** Spelling pairs of British and American English that appear in names of institutions. */
const SPELLINGS: [string, string][] = [
  ['defence', 'defense'],
  ['organisation', 'organization'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['labour', 'labor'],
];

/** Words of an institution's name that copy writes in lower case; the last one must be a head. */
const INSTITUTION_WORDS = new Set([
  'defence',
  'defense',
  'foreign',
  'interior',
  'affairs',
  'security',
  'intelligence',
  'military',
  'health',
  'justice',
  'finance',
  'information',
  'ministry',
  'department',
  'council',
  'committee',
  'commission',
  'office',
  'agency',
  'command',
  'service',
  'services',
  'forces',
  'army',
  'navy',
]);
const INSTITUTION_HEADS = new Set([
  'ministry',
  'department',
  'council',
  'committee',
  'commission',
  'office',
  'agency',
  'command',
  'service',
  'services',
]);

function withSpellings(key: string): string[] {
  let out = [key];
  for (const [uk, us] of SPELLINGS) {
    out = out.flatMap((k) => {
      const swapped = k.replace(new RegExp(`\\b(${uk}|${us})\\b`, 'gi'), (w) => {
        const other = w.toLowerCase() === uk ? us : uk;
        return w[0] === w[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other;
      });
      return swapped === k ? [k] : [k, swapped];
    });
  }
  return out;
}

function withParticles(key: string): string[] {
  const words = key.split(' ');
  let out = [words];
  words.forEach((w, i) => {
    if (i === words.length - 1 || !PARTICLE.test(w)) return;
    const flipped = w[0] === w[0].toUpperCase() ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1);
    out = out.flatMap((ws) => [ws, ws.map((x, j) => (j === i ? flipped : x))]);
  });
  return out.map((ws) => ws.join(' '));
}

/** "Russian Defence Ministry" -> "Russian defence ministry", "Russias defence ministry" (the key form of "Russia's"). */
function institutionForms(key: string): string[] {
  const words = key.split(' ');
  let from = words.length;
  while (from > 1 && INSTITUTION_WORDS.has(words[from - 1].toLowerCase())) from--;
  if (from === words.length || !INSTITUTION_HEADS.has(words[words.length - 1].toLowerCase())) return [];
  const lowered = words.slice(from).map((w) => w.toLowerCase());
  const out = [[...words.slice(0, from), ...lowered].join(' ')];
  if (from === 1) {
    for (const country of DEMONYMS[words[0]] ?? []) {
      if (country.includes(' ')) continue;
      out.push([`${country}s`, ...lowered].join(' '), [`${country}s`, ...words.slice(1)].join(' '));
    }
  }
  return out;
}

/** Every spelling of a name with capitals (an alias as a key), itself first. */
export function aliasVariants(key: string): string[] {
  const forms = withParticles(key).flatMap(withSpellings);
  return [...new Set([...forms, ...forms.flatMap(institutionForms)])];
}
