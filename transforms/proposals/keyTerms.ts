// The words that say what a proposal is, for recognising the same proposal across articles:
// content words, lower-cased and stemmed ("cooperation", "cooperate" -> "cooper"), without the
// cue words, with phrasings of one idea folded into one term ("step down", "be removed", "must
// go", "resign" -> "departure"; "truce", "cessation of hostilities" -> "ceasefire"), and without
// the words of how a proposal is reported rather than what it is ("took effect", "largely held",
// "agreed", "brokered"). The folds are in keySynonyms.ts. Returns each stem with the word that
// reads best for it.
import { SYNONYMS } from './keySynonyms.ts';

const STOP = new Set(
  (
    'a an the and or but if of in on at by for from to with into onto over under about after before during since until as is are was were be been being has have had do does did will would shall should can could may might must not no so such its it their his her him they them he she we our us you your this that these those there which who what when where while also any all both each more most other some own same than then too very just only said says told according its key new further closer close direct' +
    ' against between among during within without across towards toward upon via hours earlier later today two-day next last month week year' +
    ' sides side parties party warring all both took take takes taken taking effect held hold holds largely reported begin begins began across first full day days early late least also once still reportedly' +
    ' agreed agree agreement deal deals brokered under expected ready hoped hope hopes wants wanted promised pledged able vow vows vowed vowing pledge pledges commit commits committed committing' +
    ' start starts started starting come comes came coming force enter enters entered implement implemented implementing work together make sure ensure across country nationwide-wide' +
    ' appeal appeals appealed appealing suggest suggests suggested suggesting propose proposes proposed proposing adopt adopts adopted endorse endorses endorsed endorsing sets setting requires require requiring envisages envisaging provides providing stipulates' +
    ' accelerate accelerating speed speeding expand expanding expansion rapid increase step stepping boost boosting swift' +
    ' ask asks asked asking due order orders ordered ordering stress stresses stressed stressing importance' +
    ' proposal proposals plan plans offer offers offered offering ready draft roadmap initiative demand demanded demanding demands called calls call calling urged urge urges urging pressed pressing press push need creation want wants set up exchange return required putting together put'
  ).split(' '),
);

const stem = (w: string) => (w.length > 5 ? w.replace(/(?:ations?|ate[sd]?|ating|ions?|ing|ed|es|s|e)$/, '') : w);

/** At most this many terms from the start of the text: the object of the cue, not its tail. */
const MAX_TERMS = 12;

/** Who is named says less about what is proposed than what is asked for: the same ceasefire is
 *  "agreed by Washington and Moscow" in one outlet and "brokered by the US and Russia" in the
 *  next, while different proposals share the same two actors. Ideas the synonyms fold (ceasefire,
 *  aid, talks) are what a proposal is about. */
export const ACTOR_WEIGHT = 0.5;
export const CONCEPT_WEIGHT = 1;
/** What is to be done with a deal already made ("extend the truce", "respect the ceasefire",
 *  "publish the terms") makes a proposal of its own: those words outweigh the deal's name. */
export const ABOUT_A_DEAL_WEIGHT = 2;
const ABOUT_A_DEAL = new Set(['extend', 'respect', 'monitor', 'publish']);
/** The term resolutionAnchor.ts gives every part of one resolution's content: it names which
 *  text they belong to, and outweighs the parts' different words. */
export const ANCHOR_WEIGHT = 3;
const ANCHORS = new Set(['resolution-text']);
const CONCEPTS = new Set(SYNONYMS.map(([, term]) => term.trim()).filter(Boolean));

/** The object of the cue comes first; later words qualify it. */
const POSITION_DECAY = 0.94;
const PURPOSE = /\s(?:so\s+that|in\s+order\s+to|so\s+as\s+to|to\s+allow|to\s+let|to\s+enable|allowing)\s/;
const PURPOSE_WEIGHT = 0.5;

/** `word`: the term as written (an actor's name as the text gives it); `actor`: the term is one. */
export interface KeyTerm {
  stem: string;
  word: string;
  weight: number;
  actor?: boolean;
}

/** `names` folds the codebook's aliases into one term per actor ("Moscow", "the Kremlin" -> "russia"). */
export function keyTerms(text: string, names?: { pattern: RegExp; idOf(alias: string): string }): KeyTerm[] {
  const actors = new Set<string>();
  // The name as the text writes it ("Assad", "Moscow") reads better in a key than the actor's id.
  const written = new Map<string, string>();
  const named = names
    ? text.replace(names.pattern, (a) => {
        const id = names.idOf(a);
        actors.add(id.toLowerCase());
        if (!written.has(id.toLowerCase()))
          written.set(
            id.toLowerCase(),
            a
              .toLowerCase()
              .replace(/^the\s+/, '')
              .replace(/[^a-z0-9]+/g, '-')
              .replace(/^-|-$/g, ''),
          );
        return ` ${id} `;
      })
    : text;
  // The condition of a conditional commitment is not what is committed to ("If the truce holds,
  // Washington and Moscow will set up a joint centre").
  let t = ` ${named
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/^\s*if\s+[^,]{5,160},/, ' ')} `;
  for (const [p, r] of SYNONYMS) t = t.replace(p, r);
  // What a purpose clause adds ("so that aid can reach", "to allow humanitarian access") is why,
  // not what: its words count for less.
  const purpose = PURPOSE.exec(t)?.index ?? t.length;
  const words = [...t.matchAll(/[a-z][a-z-]*[a-z]/g)]
    .map((m) => ({ w: m[0].replace(/'s$/, ''), at: m.index ?? 0 }))
    .filter(({ w }) => w.length > 2 && !STOP.has(w))
    .slice(0, MAX_TERMS);
  return words.map(({ w: word, at }, i) => ({
    stem: CONCEPTS.has(word) || actors.has(word) ? word : stem(word),
    word: written.get(word) || word,
    actor: actors.has(word) || undefined,
    weight: ANCHORS.has(word)
      ? ANCHOR_WEIGHT
      : (actors.has(word)
          ? ACTOR_WEIGHT
          : ABOUT_A_DEAL.has(word)
            ? ABOUT_A_DEAL_WEIGHT
            : CONCEPTS.has(word)
              ? CONCEPT_WEIGHT
              : 1) *
        POSITION_DECAY ** i *
        (at > purpose ? PURPOSE_WEIGHT : 1),
  }));
}
