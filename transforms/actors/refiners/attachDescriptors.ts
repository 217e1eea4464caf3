// The label the text attaches to an actor at a mention, outside quotations:
// - before the name: "Kremlin spokesman Dmitry Peskov", "Top US diplomat John Kerry", "its ally
//   Syrian strongman Bashar al-Assad" (-> "Syrian strongman"), "Assad's key backer Moscow"
//   (-> "key backer"), "US Secretary of State John Kerry";
// - in apposition before it: "the UN envoy for Syria, Staffan de Mistura", "the Syrian branch of
//   Al-Qaeda, Al-Nusra Front", "his Russian opposite number, Foreign Minister Sergei Lavrov";
// - in apposition after it: "Sergei Lavrov, Russia's foreign minister,";
// - a group's label after its name: "the Al Nusra Front jihadist group", or a modifier before it:
//   "the US-backed Syrian Democratic Forces", "the opposition High Negotiations Committee".
// Several labels at one mention are joined with "; ", at most eight words in all (labelLength.ts).
import type { MentionCandidate } from '../MentionCandidate.ts';
import { isRoleNoun, GROUP_HEADS, GROUP_ROLES, MULTIWORD_ROLES, PERSON_ROLES } from '../../text/lexicon/roleNouns.ts';
import { LABEL_ADJECTIVES } from '../../text/lexicon/labelAdjectives.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import { NON_NAME_WORDS, HONORIFICS } from '../lexicon/capitalisedNonNames.ts';
import { wordsIn, isCapitalised, isPossessive, withoutPossessive, type Word } from '../../text/words.ts';
import { ORG_HEADS } from '../../text/lexicon/orgNouns.ts';
import type { MentionContext } from '../MentionContext.ts';
import { joinLabels, labelWords } from './labelLength.ts';
import {
  LABEL_MODIFIERS,
  ABBREVIATED_TITLES,
  PREFIXED_CAPITAL,
  GROUP_LABEL_HEADS,
  BARE_GROUP_HEADS,
  OCCUPATIONS,
  NOT_NOUN_MODIFIERS,
  PLACE_PARTICIPLE,
} from './labelWords.ts';

/** "veteran party leaders Anil Rao and Meera Iyer": a plural role labels the names it introduces. */
const isPluralRole = (w: string) => /[^s]s$/.test(w) && PERSON_ROLES.has(w.slice(0, -1).toLowerCase());
const isOccupation = (w: string) => OCCUPATIONS.has(w.toLowerCase());
const isHead = (w: string) => isRoleNoun(w) || ABBREVIATED_TITLES.has(w) || isPluralRole(w) || isOccupation(w);
/** "property developer", "climate scientist": a lower-case noun (by its shape) that modifies the lower-case head of a
 *  label (never a capitalised title: "between President X", "reelect President X"). */
const isNounModifier = (w: string) =>
  /^[a-z]{3,}$/.test(w) && !/(?:ed|ing|ly|s)$/.test(w) && !NOT_NOUN_MODIFIERS.has(w) && !VERBISH.test(w);
const isCapital = (w: string) => isCapitalised(w) || PREFIXED_CAPITAL.test(w);
const isModifier = (lower: string) => LABEL_ADJECTIVES.has(lower) || LABEL_MODIFIERS.has(lower);

/** Offices after "of" in a lower-case title: "secretary of state", "minister of defence", "chief of staff". */
const OFFICES = new Set(['state', 'defence', 'defense', 'staff', 'justice', 'interior', 'health', 'finance']);

const COMPASS = /^(?:North|South|East|West)$/;
const TITLE_OPENERS = /^(?:Deputy|Chief|Vice|Acting)$/;
/** "Korean", "African", "Timorese": the shape of a demonym after a compass word. */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese)$/u;

const STOP_CAPITALS = new Set([...NON_NAME_WORDS].filter((w) => !/^(Top|Chief|Foreign|Deputy)$/.test(w)));

/** The index of "of" in "of (the)? Office (Office)?" ending at words[k], or -1; "for" too, when the
 *  office is capitalised ("Undersecretary-General for Humanitarian Affairs", "Minister of State for Health"). */
function officeOf(words: Word[], k: number): number {
  if (OFFICES.has(words[k].text)) return k >= 2 && words[k - 1].text === 'of' ? k - 1 : -1;
  for (let m = k - 1, caps = 1; m >= 1 && caps <= 2; m--) {
    if (words[m].text === 'of' || words[m].text === 'for') return m;
    if (words[m].text === 'the' && m >= 2 && /^(?:of|for)$/.test(words[m - 1].text)) return m - 1;
    if (!isCapitalised(words[m].text)) return -1;
    caps++;
  }
  return -1;
}

/** Words before the name, walking back from it while they build a label that ends in a role noun. */
export function labelBefore(
  text: string,
  sentenceStart: number,
  nameStart: number,
  person = true,
): { start: number; label: string } | null {
  const words = wordsIn(text, Math.max(sentenceStart, nameStart - 120), nameStart);
  let k = words.length - 1;
  while (k >= 0 && HONORIFICS.has(words[k].text.replace(/\.$/, ''))) k--;
  if (k < 0 || (!/^ $/.test(text.slice(words[k].end, nameStart)) && k === words.length - 1)) return null;
  const gapOk = (a: Word, b: Word) => /^ $/.test(text.slice(a.end, b.start));
  let head = k;
  // "Secretary of State", "Head of State": a role, "of", a capitalised word, or one of the offices
  // copy writes in lower case ("secretary of state John Kerry", "chief of staff"); the office may
  // have two capitalised words and "the" ("Minister of Foreign Affairs", "Secretary of the Treasury").
  let of = officeOf(words, k);
  // "Minister of State for Health": an office inside an office.
  if (of > 1 && words[of].text === 'for' && !isRoleNoun(words[of - 1].text)) of = officeOf(words, of - 1);
  if (of > 0 && isRoleNoun(words[of - 1].text)) head = of - 1;
  else if (!isHead(words[k].text) || isPossessive(words[k].text)) return null;
  // A state or group is labelled by what it is to others ("key backer", "US ally"), not by a person's role ("official UN estimates").
  if (
    !person &&
    !GROUP_ROLES.has(words[k].text.toLowerCase()) &&
    !(k > 0 && MULTIWORD_ROLES.includes(`${words[k - 1].text} ${words[k].text}`.toLowerCase()))
  )
    return null;
  let first = head,
    seenCapital = false,
    // Lower-case nouns walked right before a head ("property developer"); at most two per head.
    nouns = 0,
    afterHead = true;
  for (let j = head - 1; j >= 0; j--) {
    const w = words[j].text,
      lower = w.toLowerCase();
    // A person's label may open with the possessive of a place or body: "Syria's UN ambassador
    // Bashar Ja'afari", "Russia's deputy foreign minister Mikhail Bogdanov". A group's does not
    // ("Assad's key backer Moscow" is labelled "key backer").
    if (
      isPossessive(w) &&
      person &&
      isCapitalised(w) &&
      gapOk(words[j], words[j + 1]) &&
      (j === 0 || !isCapitalised(words[j - 1].text) || STOP_CAPITALS.has(words[j - 1].text))
    ) {
      first = j;
      break;
    }
    // "European Union's summit chair", "the European Commission's vice president": a body's name of two or three
    // capitalised words, its head a body noun, as possessive.
    if (isPossessive(w) && person && ORG_HEADS[withoutPossessive(w)] && gapOk(words[j], words[j + 1])) {
      let m = j;
      while (
        m > 0 &&
        j - m < 2 &&
        isCapitalised(words[m - 1].text) &&
        !STOP_CAPITALS.has(words[m - 1].text) &&
        gapOk(words[m - 1], words[m])
      )
        m--;
      if (m < j && !STOP_CAPITALS.has(words[m].text) && !words.slice(m, j).some((x) => isRoleNoun(x.text))) {
        first = m;
        break;
      }
    }
    // "the group's chief X", "the ministry's spokesman X": a common noun's possessive after "the".
    if (isPossessive(w) && person && /^[a-z]{3,}['\u2019]s$/.test(w) && j > 0 && /^[Tt]he$/.test(words[j - 1].text)) {
      if (gapOk(words[j], words[j + 1])) first = j;
      break;
    }
    if (!gapOk(words[j], words[j + 1]) || isPossessive(w)) break;
    const atHead = afterHead;
    afterHead = false;
    // "climate scientist and former Mexico City mayor", "billionaire and property developer": two labels of
    // one person joined by "and", when both are in lower case (not "soldiers and President", "the mayor and President").
    if (
      w === 'and' &&
      j > 0 &&
      /^[a-z]/.test(words[j + 1].text) &&
      gapOk(words[j - 1], words[j]) &&
      /^[a-z]/.test(words[j - 1].text) &&
      isHead(words[j - 1].text) &&
      !isPluralRole(words[j - 1].text) &&
      person
    ) {
      first = j;
      seenCapital = false;
      nouns = 0;
      afterHead = true;
      continue;
    }
    if (atHead && isHead(w) && !isCapitalised(w) && words[j + 1] && /^and$/.test(words[j + 1].text)) {
      first = j;
      afterHead = true;
      continue;
    }
    if (PLACE_PARTICIPLE.test(w) && person) {
      first = j;
      break;
    }
    // "North Korean leader", "South African President": a compass word before a demonym is part of it.
    if (COMPASS.test(w) && j + 1 < words.length && DEMONYM_SHAPE.test(words[j + 1].text)) {
      first = j;
      continue;
    }
    // "Deputy Prime Minister and Foreign Minister": two capitalised titles of one person joined by "and".
    if (
      w === 'and' &&
      (isCapital(words[j + 1].text) || isRoleNoun(words[j + 1].text)) &&
      j > 0 &&
      isCapital(words[j - 1].text) &&
      isRoleNoun(words[j - 1].text)
    ) {
      first = j;
      continue;
    }
    // "House of Representatives speaker": "of" between two capitalised words of one name.
    if (w === 'of' && seenCapital && j > 0 && isCapital(words[j - 1].text) && gapOk(words[j - 1], words[j])) {
      first = j;
      continue;
    }
    if (isCapital(w) && !isModifier(lower)) {
      if (STOP_CAPITALS.has(w) || HONORIFICS.has(w)) break;
      seenCapital = true;
      first = j;
      continue;
    }
    if (isRoleNoun(w)) {
      // "Deputy Prime Minister", "Chief Executive": a role that opens a capitalised title is part of it.
      if (seenCapital && !(isCapitalised(w) && TITLE_OPENERS.test(w))) break;
      first = j;
      continue;
    }
    if (isModifier(lower) || DEMONYM_WORDS.has(w)) {
      first = j;
      continue;
    }
    if (person && atHead && nouns < 2 && !seenCapital && /^[a-z]/.test(words[j + 1].text) && isNounModifier(w)) {
      nouns++;
      afterHead = true;
      first = j;
      continue;
    }
    break;
  }
  const start = words[first].start,
    end = words[k].end;
  return { start, label: text.slice(start, end) };
}

const APPOSITION_DET = /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{L}[\p{L}.-]*['\u2019]s)$/u;
const VERBISH = /^(is|was|are|were|has|had|have|will|would|who|which|that|said|says|told|and|but|as)$/i;

function labelPhrase(words: Word[]): string | null {
  if (!words.length || words.length > 8) return null;
  if (words.some((w) => VERBISH.test(w.text))) return null;
  if (!words.some((w) => isRoleNoun(w.text) || isOccupation(w.text) || w.text === 'number')) return null;
  return 'ok';
}

/** The apposition after a name: up to the next comma or stop; a curly apostrophe inside a word ("Russia\u2019s") is no closing mark. */
const APPOSITION_AFTER = /^,\s+((?:[^,.;:()"\u201c\u201d\u2018\u2019]|\u2019(?=s\b))+?)(?=[,.;:)]|$)/u;
/** "Name, who heads the Syrian Observatory," -> "head of the Syrian Observatory": an office said with a verb. */
const OFFICE_CLAUSE =
  /^,\s+who (heads|leads|chairs|directs|commands) ((?:the|its|his|her|their|\p{Lu}[\p{L}.-]*['\u2019]s) (?:[^,.;:()"\u201c\u201d]|\.(?=\S)|(?<=[\s.]\p{Lu})\.)+?)(?=[,;:)]|(?<![\s.]\p{Lu})\.(?!\S)|$)/u;
const OFFICE_HOLDER: Record<string, string> = {
  heads: 'head',
  leads: 'leader',
  chairs: 'chairman',
  directs: 'director',
  commands: 'commander',
};
/** "one of the biggest rebel groups", "one of Assad's closest allies": the label is what follows. */
const ONE_OF = /^one of (?:the|its|his|her|their|\p{L}[\p{L}.-]*['\u2019]s)$/u;

/**
 * "Name, Russia's foreign minister," -> "Russia's foreign minister"; "Name, one of the biggest
 * rebel groups," -> "biggest rebel groups"; "Name, head of the Observatory," -> "head of the
 * Observatory" (a role noun with "of/for/at" needs no determiner).
 */
export function appositionAfter(text: string, nameEnd: number, sentenceEnd: number): string {
  // "Jane Okafor, 41, the lone survivor,": an age in commas stands between the name and its label.
  nameEnd += /^,\s\d{1,3}(?=,)/.exec(text.slice(nameEnd, nameEnd + 6))?.[0].length ?? 0;
  // "Mr X - a convicted criminal who went on to ... - since": a dash opens an apposition as a comma does; it ends at
  // the closing dash, as at a comma.
  const dash = /^ [-\u2013\u2014] (?=(?:a|an|the) [a-z])/.exec(text.slice(nameEnd, sentenceEnd));
  if (dash) {
    const close = text.slice(nameEnd + dash[0].length, sentenceEnd).search(/ [-\u2013\u2014] /);
    const inner = text.slice(nameEnd + dash[0].length, close < 0 ? sentenceEnd : nameEnd + dash[0].length + close);
    return appositionAfter(`, ${inner}.`, 0, inner.length + 3);
  }
  if (text[nameEnd] !== ',') return '';
  // "X, who is also the Dutch finance minister,": the clause says what X is, as an apposition would.
  const who = COPULA_CLAUSE.exec(text.slice(nameEnd, sentenceEnd));
  if (who)
    return appositionAfter(
      text.slice(0, nameEnd) + ', ' + text.slice(nameEnd + who[0].length),
      nameEnd,
      sentenceEnd - who[0].length + 2,
    );
  const office = OFFICE_CLAUSE.exec(text.slice(nameEnd, sentenceEnd));
  // "who leads the rescue team in Kathmandu": the body ends where a place or time follows it.
  const body = office?.[2].replace(/\s+(?:in|at|on|near|since|during|after|from)\s[\s\S]*$/, '') ?? '';
  if (office && wordsIn(body).length <= 10) return `${OFFICE_HOLDER[office[1]]} of ${body}`;
  const found = APPOSITION_AFTER.exec(text.slice(nameEnd, sentenceEnd));
  if (!found) return '';
  // "a representative for the farm where she worked": the relative clause is no part of the label.
  const m = [found[0], found[1].replace(/\s+(?:where|who|whom|whose|which|that)\b[\s\S]*$/, '')];
  const words = wordsIn(m[1]);
  if (!words.length) return '';
  if (words.length > 3 && ONE_OF.test(`${words[0].text} ${words[1].text} ${words[2].text}`)) {
    const rest = /^(the|its|his|her|their)$/i.test(words[2].text) ? words.slice(3) : words.slice(2);
    return labelPhrase(rest) ? m[1].slice(rest[0].start).trim() : '';
  }
  if (!APPOSITION_DET.test(words[0].text)) {
    // "head of the agency", "health minister in the eastern administration": a role (after at most two
    // lower-case modifiers) with "of/for/at/in" and no determiner; a long one ends before "in".
    const role = words.findIndex(
      (w, k) => k <= 2 && PERSON_ROLES.has(w.text.toLowerCase()) && /^(of|for|at|in)$/.test(words[k + 1]?.text ?? ''),
    );
    const bareRole =
      role >= 0 &&
      words.length >= role + 3 &&
      words.slice(0, role).every((w) => /^[a-z][a-z-]+$/.test(w.text) && !VERBISH.test(w.text));
    if (!bareRole) return '';
    const cut = words.length > 8 ? words.findIndex((w, k) => k > role + 1 && w.text === 'in') : -1;
    const label = cut > 0 ? words.slice(0, cut) : words;
    return labelPhrase(label) ? m[1].slice(label[0].start, label[label.length - 1].end).trim() : '';
  }
  let rest = /^(the|a|an|his|her|its|their)$/i.test(words[0].text) ? words.slice(1) : words;
  // "the lone suspect in Monday's shooting at two farms near the coast": a long label ends where
  // a place or time follows its role noun; the label is what the person is.
  if (rest.length > 8) {
    const head = rest.findIndex(
      (w, k) => isRoleNoun(w.text) && /^(?:in|at|on|near|during|after)$/.test(rest[k + 1]?.text),
    );
    if (head >= 0) rest = rest.slice(0, head + 1);
  }
  if (!labelPhrase(rest)) return '';
  return m[1].slice(rest[0].start, rest[rest.length - 1].end).trim();
}

const COPULA_CLAUSE = /^,\s+who (?:is|was) (?:also |now |still )?(?=(?:the|a|an|\p{Lu}[\p{L}.-]*['\u2019]s) )/u;

/** "X was sworn in as Greece's finance minister", "X was Greece's chief negotiator with creditors": a label said of
 *  X by its verb (the copula, or the verb of taking an office), up to a clause, place or time after it; only of a
 *  subject that opens its sentence (after its title or an opening label), not "according to X is a citizen". */
const PREDICATE =
  /^\s+(?:(?:(?:was|is|has been|had been) )?(?:sworn in|appointed|named|elected|installed) as |(?:was|is|became) (?=(?:the|an?|\p{Lu}[\p{L}.-]*['\u2019]s) ))((?:the|an?|\p{Lu}[\p{L}.-]*['\u2019]s) [^,.;:()"\u201c\u201d]+)/u;
const PREDICATE_END =
  /\s+(?:and|but|on|in|at|after|before|since|until|during|from|who|which|that|when|while)\s[\s\S]*$/;

export function predicateLabel(text: string, nameEnd: number, sentenceEnd: number): string {
  const m = PREDICATE.exec(text.slice(nameEnd, sentenceEnd));
  if (!m) return '';
  const phrase = m[1].replace(PREDICATE_END, '');
  const words = wordsIn(phrase);
  const rest = /^(the|a|an)$/i.test(words[0].text) ? words.slice(1) : words;
  if (!rest.length || !labelPhrase(rest) || !isHead(rest[rest.length - 1].text.replace(/['\u2019]s$/, ''))) {
    // "chief negotiator with creditors": the head may take one prepositional phrase.
    const head = rest.findIndex((w, k) => isHead(w.text) && /^(?:with|of|for|to)$/.test(rest[k + 1]?.text ?? ''));
    if (head < 0 || !labelPhrase(rest)) return '';
  }
  return phrase.slice(rest[0].start, rest[rest.length - 1].end).trim();
}

/** "the UN envoy for Syria, Name" -> "UN envoy for Syria", when the name then closes the apposition. */
export function appositionBefore(
  text: string,
  sentenceStart: number,
  labelStart: number,
  nameEnd: number,
  sentenceEnd: number,
): string {
  // "An Oxford-educated economist, Tsakalotos was ...": an indefinite label opens the sentence before the name.
  const opening = /^\s*An? ([^,;:()"\u201c\u201d]+),\s*$/.exec(text.slice(sentenceStart, labelStart));
  if (opening && labelPhrase(wordsIn(opening[1]))) return opening[1];
  if (
    !/,\s*$/.test(text.slice(Math.max(sentenceStart, labelStart - 8), labelStart)) ||
    !/^\s*([,.;:)]|$)/.test(text.slice(nameEnd, sentenceEnd))
  )
    return '';
  // The label is at most eight words: the last 200 characters hold it (cut at a space, so that no
  // word is cut), and the pattern is not run over the whole sentence.
  let from = Math.max(sentenceStart, labelStart - 200);
  if (from > sentenceStart) {
    const space = text.indexOf(' ', from);
    from = space < 0 || space >= labelStart ? labelStart : space;
  }
  const before = text.slice(from, labelStart);
  const m =
    /^[\s\S]*(?:^|[\s(])([Tt]he|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{L}[\p{L}.-]*['\u2019]s)\s+([^,;:()"\u201c\u201d]+?),\s*$/u.exec(
      before,
    );
  if (!m || !/^\s*([,.;:)]|$)/.test(text.slice(nameEnd, sentenceEnd))) return '';
  // "the head of the UN's nuclear watchdog, Yukiya Amano": a role of a body before the body's determiner.
  const office = ROLE_OF.exec(before.slice(0, before.length - m[0].length + m[0].indexOf(m[1])));
  if (office && isRoleNoun(office[2])) {
    const label = `${office[1]}${m[1]} ${m[2].trim()}`;
    if (labelWords(label) <= 8) return label;
  }
  const words = wordsIn(m[2]);
  if (!labelPhrase(words)) return '';
  return /^(the|another|his|her|its|their)$/i.test(m[1]) ? m[2].trim() : `${m[1]} ${m[2].trim()}`;
}

/** "the head of ", "the leader of ": a role and its preposition before the determiner of a body. */
const ROLE_OF =
  /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) ((?:[a-z][a-z-]+ ){0,2}?([a-z][a-z-]+) (?:of|for|at) (?:the )?)$/;

/** Words that characterise a group before its name: "the opposition High Negotiations Committee", "the jihadist Nusra Front". */
const GROUP_MODIFIERS = new Set([
  'opposition',
  'rebel',
  'jihadist',
  'extremist',
  'militant',
  'terrorist',
  'islamist',
  'moderate',
  'radical',
  'hardline',
  'armed',
  'loyalist',
  'pro-government',
  'anti-government',
  'insurgent',
  'separatist',
  'paramilitary',
  'state-run',
  'state-owned',
  'independent',
  // A party's standing: "South Africa's ruling National Congress", "the governing Unity Party".
  'ruling',
  'governing',
  'dominant',
  // Its place on the spectrum: "the ruling left-wing Syriza party", "the far-right Freedom Party".
  'left-wing',
  'right-wing',
  'far-left',
  'far-right',
  'centre-left',
  'centre-right',
  'center-left',
  'center-right',
  'leftist',
  'conservative',
  'nationalist',
  'populist',
]);
/** "the once-dominant Unity Party", "the long-ruling Freedom Front": a standing with a time prefix. */
const STANDING = /^(?:once|long|formerly|still|now)-(?:dominant|ruling|governing|powerful|banned)$/;
const SPONSORED = /^\p{Lu}[\p{L}.]*-(?:based|backed|led|allied|funded|supported|run|controlled|linked)$/u;

/** "the US-backed Syrian Democratic Forces" -> "US-backed"; "the opposition High Negotiations Committee" -> "opposition". */
export function groupModifierBefore(text: string, sentenceStart: number, nameStart: number): string {
  // "Pyongyang's state-run KCNA": a place's possessive stands where the article would.
  const m = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.-]*['\u2019]s) ((?:\S+ ){1,2})$/u.exec(
    text.slice(Math.max(sentenceStart, nameStart - 50), nameStart),
  );
  if (!m) return '';
  const words = m[1].trim().split(' ');
  return words.every((w) => GROUP_MODIFIERS.has(w) || SPONSORED.test(w) || STANDING.test(w)) ? m[1].trim() : '';
}

/** "the Al Nusra Front jihadist group" -> "jihadist group". */
export function groupLabelAfter(text: string, nameEnd: number): string {
  // After the name or after its acronym in brackets ("the Islamic State (IS) militia"); the head
  // may follow one or two modifiers ("jihadist group", "news agency said") or none ("IS terrorists").
  const words =
    /^\)? ((?:[a-z][a-z-]+ ?){1,3})/
      .exec(text.slice(nameEnd, nameEnd + 40))?.[1]
      .trim()
      .split(' ') ?? [];
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const head = words[n - 1],
      modifiers = words.slice(0, n - 1);
    if (modifiers.some((w) => VERBISH.test(w))) continue;
    if (n === 1 ? BARE_GROUP_HEADS.has(head) : GROUP_HEADS.has(head) || GROUP_LABEL_HEADS.has(head))
      return words.slice(0, n).join(' ');
  }
  return '';
}

/** Nothing before the subject in its sentence but an opening label: "An Oxford-educated economist, X was". */
const opensSentence = (lead: string) => /^\s*(?:An? [^,;:()]+,\s*)?$/.test(lead);

export interface SentenceBounds {
  start: number;
  end: number;
}

export function attachDescriptors(
  mentions: MentionCandidate[],
  { text, sentenceOf, quoted, persons }: MentionContext,
): MentionCandidate[] {
  const isPerson = (actorId: string) => persons.has(actorId);
  // The label before the first of names joined by "and", when its head is plural, is the others' too:
  // "leaders A and B", and of people, "leaders A, B and C".
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const pluralLabelFor = new Map<MentionCandidate, { start: number; label: string }>();
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    const gap = text.slice(a.end, b.start);
    const people = isPerson(a.actor_id) && isPerson(b.actor_id);
    if (a.kind !== 'name' || b.kind !== 'name' || !(gap === ' and ' || (people && /^, (?:and )?$/.test(gap)))) continue;
    const label = pluralLabelFor.get(a) ?? labelBefore(text, sentenceOf(a.start).start, a.start, isPerson(a.actor_id));
    if (label && isPluralRole(label.label.split(' ').pop()!)) pluralLabelFor.set(b, label);
  }
  return mentions.map((m) => {
    if (m.kind !== 'name' || quoted(m.start, m.end)) return m;
    const s = sentenceOf(m.start);
    const before = labelBefore(text, s.start, m.start, isPerson(m.actor_id)) ?? pluralLabelFor.get(m) ?? null;
    const labels = [
      appositionBefore(text, s.start, before?.start ?? m.start, m.end, s.end),
      before?.label ?? (isPerson(m.actor_id) ? '' : groupModifierBefore(text, s.start, m.start)),
      appositionAfter(text, m.end, s.end),
      opensSentence(text.slice(s.start, before?.start ?? m.start)) ? predicateLabel(text, m.end, s.end) : '',
      groupLabelAfter(text, m.end),
    ].filter(Boolean);
    return labels.length ? { ...m, descriptor: joinLabels(labels) } : m;
  });
}
