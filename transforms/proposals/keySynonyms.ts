// The phrasings of one idea that outlets use for the same proposal, folded into one term before
// the key terms are counted: "truce", "cease-fire", "cessation of hostilities" -> ceasefire;
// "humanitarian access", "aid deliveries", "relief convoys" -> aid; "negotiations", "peace
// talks" -> talks; "resumption", "restart", "restore", "reestablish", "reconvene" -> resume; "ground aircraft", "halt
// flights", "no longer fly" -> ground-flights; "step down", "must go" -> departure. Each entry is
// [pattern, term]; they run in order over lower-cased text, so a longer phrasing comes before
// the words inside it. Times ("on Monday", "within a week", "at sundown", "48 hours") are when,
// not what: outlets date the same proposal differently, so they fold to nothing.
import { ACTION_PHRASINGS } from '../text/lexicon/proposalActions.ts';

export const SYNONYMS: [RegExp, string][] = [
  // A concession is not the demand it softens: "would not have to resign" keeps the leader on.
  [
    /\b(?:would\s*(?:not|n['\u2019]?t)|need\s*(?:not|n['\u2019]t)|(?:does|do|did)\s*(?:not|n['\u2019]t))\s+(?:have\s+to\s+|need\s+to\s+)?(?:resign|step\s+(?:down|aside)|go|leave\s+(?:office|power))\b/g,
    ' stay-on ',
  ],
  [
    /\b(?:step(?:s|ped|ping)?\s+(?:down|aside)|stand(?:s|ing)?\s+down|resign(?:s|ed|ing|ation)?|be(?:ing)?\s+removed|removal|must\s+go|leave\s+(?:office|power)|ouster|departure|regime\s+change)\b/g,
    ' departure ',
  ],
  [
    /\b(?:(?:can|could|should|must|will|would)\s*(?:not|n['\u2019]t)\s+(?:be\s+part\s+of|have\s+(?:a|any)\s+(?:role|place)\s+in|play\s+(?:a|any)\s+role\s+in)|(?:can\s+)?have\s+no\s+(?:role|place|future)\s+in)\b/g,
    ' departure ',
  ],
  // Times and durations.
  [
    /\b(?:(?:on|by|from|until|before|after|at|as\s+of)\s+)?(?:(?:early|late|next|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/g,
    ' ',
  ],
  [
    /\b(?:(?:in|by|from|until|before|after|on|since)\s+)?(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|sept?|oct|nov|dec)(?:\s+\d{1,2})?(?:,?\s+\d{4})?\b/g,
    ' ',
  ],
  [/\b(?:at\s+)?(?:sundown|sunset|sunrise|dawn|dusk|midnight|noon)\b/g, ' '],
  [
    /\b(?:within|in|for|by|after|of|over|beyond)?\s*(?:another\s+|a\s+further\s+|an\s+(?:additional|extra)\s+|the\s+(?:initial|first|next)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\d+)[\s-]+)?(?:hours?|days?|weeks?|months?|years?)(?:['\u2019]s?\s+time)?\b/g,
    ' ',
  ],
  [/\b(?:as\s+soon\s+as\s+possible|immediately|soon|quickly|at\s+once|without\s+delay|no\s+later\s+than)\b/g, ' '],
  // Ceasefires.
  [
    /\b(?:cease-?fires?|truces?|cessation\s+of\s+(?:hostilities|fighting)|halt\s+(?:to\s+)?(?:the\s+)?fighting|(?:stop|end)\s+(?:to\s+)?(?:the\s+)?fighting|armistice|lull\s+in\s+(?:the\s+)?fighting)\b/g,
    ' ceasefire ',
  ],
  [/\b(?:humanitarian\s+)?(?:pauses?|lulls?)\b/g, ' pause '],
  // Flights: grounding an air force, halting flights, no longer flying combat missions.
  [
    /\b(?:ground(?:s|ed|ing)?\s+(?:(?:all|its|their|the|government|regime|[a-z]+(?:an|ian|ish|ese|i))\s+){0,3}(?:aircraft|planes|jets|warplanes|air\s*force|aviation|helicopters)|(?:halt|stop|end|suspend|suspension)(?:s|ed|ping|ing)?\s+(?:to\s+|of\s+)?(?:all\s+)?(?:military\s+|combat\s+)?(?:flights|flying|air\s+operations|sorties)|no(?:\s+longer)?\s+fly(?:ing)?(?:\s+combat\s+missions)?|barred\s+from\s+flying|(?:stop|halt|end)(?:s|ped|ping)?\s+(?:the\s+)?(?:bombing|air\s*strikes|airstrikes|air\s+raids)|no-fly\s+zones?)\b/g,
    ' ground-flights ',
  ],
  // Aid.
  [
    /\b(?:humanitarian\s+(?:access|aid|assistance|deliveries|supplies|relief|convoys?|corridors?)|(?:aid|relief|food|medical)\s+(?:deliveries|convoys?|supplies|access|shipments|trucks|corridors?)|access\s+for\s+aid|deliver(?:y|ies|ing)?\s+(?:of\s+)?aid|food\s+and\s+medicine|relief)\b/g,
    ' aid ',
  ],
  [/\b(?:besieged|under\s+siege|encircled|sieges?|blockaded)\b/g, ' besieged '],
  [/\b(?:towns?|cities|city|areas?|districts?|neighbou?rhoods?|communities|regions?|localities)\b/g, ' '],
  // Talks.
  [
    /\b(?:resum(?:e|es|ed|ing|ption)|restart(?:s|ed|ing)?|re-?convene[sd]?|reconvening|revive[sd]?|revival\s+of|relaunch(?:es|ed|ing)?|restor(?:e|es|ed|ing|ation)|re-?establish(?:es|ed|ing|ment)?|return\s+to)\b/g,
    ' resume ',
  ],
  [
    /\b(?:face\s+to\s+face|direct\s+(?:talks|negotiations)|(?:at|around)\s+(?:one|the\s+same)\s+table)\b/g,
    ' direct-talks ',
  ],
  [
    /\b(?:(?:peace|political|formal|proximity|indirect)\s+)?(?:talks|negotiations|dialogue|peace\s+process)\b/g,
    ' talks ',
  ],
  [
    /\b(?:transitional\s+(?:government|body|authority|administration)|political\s+transition|transition(?:al)?)\b/g,
    ' transition ',
  ],
  [/\b(?:elections?|polls|vote\s+for|ballot)\b/g, ' elections '],
  [
    /\b(?:task\s+force|working\s+group|joint\s+(?:implementation\s+)?cent(?:re|er)|joint\s+cell|monitoring\s+(?:group|mechanism))\b/g,
    ' joint-body ',
  ],
  [/\bco-?operat(?:ion|e|ing)\b/g, ' cooperation '],
  // What is to be done with a deal already made: its own proposal, not the deal again.
  [/\b(?:extend(?:s|ed|ing)?|extension\s+of|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?|renewal\s+of)\b/g, ' extend '],
  [/\b(?:respect(?:s|ed|ing)?|abide\s+by|honou?r(?:s|ed|ing)?|observe[sd]?|adhere\s+to|comply\s+with)\b/g, ' respect '],
  [/\b(?:monitor(?:s|ed|ing)?|verif(?:y|ication|ied)|observers?|supervis(?:e|ion|ed))\b/g, ' monitor '],
  [/\b(?:publish(?:es|ed|ing)?|make\s+public|disclose[sd]?|release\s+the\s+(?:text|terms|details))\b/g, ' publish '],
  [/\bcentre\b|\bcenter\b/g, ' centre '],
  // Withdrawals, releases, sanctions, joint operations, sitting down to talk (the action lexicon).
  ...ACTION_PHRASINGS,
  [/\b(?:restrain(?:s|ed|ing)?|rein(?:s|ed)?\s+in|(?:keep|keeps|kept)\s+(?:\S+\s+){1,3}in\s+check)\b/g, ' restrain '],
  [
    /\b(?:separat(?:e|es|ed|ing|ion)|break\s+(?:all\s+)?(?:links|ties)|distance\s+(?:themselves|itself)|disentangle)\b/g,
    ' separate ',
  ],
  [
    /\b(?:moderate|mainstream|[\w.]+-backed)\s+(?:rebels?|opposition|groups?|fighters|factions)\b/g,
    ' moderate-rebels ',
  ],
  // A reciprocal compound is its word: "military-to-military contacts" are military contacts.
  [/\b([a-z]+)-to-\1\b/g, ' $1 '],
];
