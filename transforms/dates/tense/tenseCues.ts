// The words of a clause that say whether it looks forward or back. Each is a regex over the clause
// text; the nearest match to the date decides (see clauseTense.ts).
export type Tense = 'past' | 'future';

const MODALS = String.raw`will|would|should|could|might|must|shall|won['\u2019]t|wouldn['\u2019]?t|shouldn['\u2019]?t|['\u2019]ll`;
// Nouns of a plan whose infinitive looks forward: "a deal to halt the fighting from Monday".
const PLAN_NOUNS =
  'deal|agreement|accord|plan|plans|proposal|offer|bid|move|decision|pledge|promise|commitment|initiative|truce|ceasefire|attempt|effort|efforts|call|calls|order|orders|invitation|arrangement|timetable|schedule';
// Present tense of what is scheduled: "the holiday begins on Monday", "takes effect at sunset on
// Monday", "Kerry arrives in Moscow on Thursday".
const SCHEDULED = String.raw`begins|starts|opens|closes|ends|expires|resumes|reconvenes|convenes|arrives|departs|leaves|travels|heads|meets|visits|hosts|kicks\s+off|takes\s+effect|takes\s+place|comes\s+into\s+(?:force|effect)|goes\s+into\s+effect|enters\s+into\s+force|gets\s+under\s+way`;
// A plural verb, not a noun: "the start of the operation", "a resumption" and "its open letter" are
// no plan.
const SCHEDULED_PLURAL = String.raw`(?<!\b(?:did|didn['\u2019]t|not|never|to|the|a|an|its|their|his|her|this|that|a\s+fresh|a\s+new)\s+)\b(?:begin|start|open|resume|reconvene|convene|take\s+effect|take\s+place|come\s+into\s+(?:force|effect)|go\s+into\s+effect|get\s+under\s+way|kick\s+off)(?!\s+of\b)`;

/** Looking forward: modals, "is due to", "was to", "want to", a plan's infinitive, the scheduled present. */
export const FUTURE = new RegExp(
  [
    // a modal passive: "would be held" (its participle is no past)
    String.raw`\b(?:${MODALS}|to)\s+(?:not\s+)?(?:be|have)\s+(?:been\s+)?[a-z]+\b`,
    String.raw`\b(?:${MODALS}|is|are|was|were|be|been)\s+(?:(?:also|still|now|not|then)\s+)?(?:due|set|scheduled|slated|expected|going|planned|poised|likely|to)\b`,
    String.raw`\b(?:${MODALS})\b`,
    String.raw`\b(?:wants?|wanted|plans?|planned|hopes?|hoped|aims?|intends?|intended|agreed|agrees|promised|vowed|expects?|expected|prepared|ready|decided|pledged|threatened|offered|proposed)\s+to\b`,
    String.raw`\b(?:${PLAN_NOUNS})\s+to\s+[a-z]+\b`,
    // a wish or a call for others to act: "wants talks to begin", "urged the parties to meet",
    // "called for negotiations to start"
    String.raw`\b(?:wants?|wanted|urged?|urges|called\s+for|calls?\s+for|asked|asks?|invited|invites?|pressed|presses|want(?:ed)?\s+for|would\s+like)\s+(?:[\w'\u2019-]+\s+){1,5}?to\s+[a-z]+\b`,
    String.raw`\b(?:target|deadline|next|upcoming|coming|forthcoming)\b`,
    String.raw`\b(?:${SCHEDULED})\b`,
    SCHEDULED_PLURAL + String.raw`\b`,
    String.raw`\bby(?=\s+\S+$)`,
  ].join('|'),
  'gi',
);

/**
 * Future cues that are no verb of the date's own future: a goal or "next" ("a deadline of Jan. 31",
 * which may have passed), "by", the scheduled present (a headline's present is often the past:
 * "Talks resume in Geneva on Feb. 25"), and a plan told in the past ("had been due to start on
 * Jan. 25": it may have fallen through). They place a date only near the reference.
 */
export const SOFT_FUTURE = new RegExp(
  String.raw`^(?:(?:was|were|been|had)\b.*|target|deadline|next|upcoming|coming|forthcoming|by|${SCHEDULED}|begin|start|open|resume|reconvene|convene|take\s+effect|take\s+place|come\s+into\s+(?:force|effect)|go\s+into\s+effect|get\s+under\s+way|kick\s+off)$`,
  'i',
);

/** The present progressive as a plan ("is meeting on Friday"); lower case only, so "IS fighters" is not. */
export const PROGRESSIVE = /\b(?:is|are|am)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b/g;

// Looking back: "said", "was", "had", irregular and regular past forms, "ago", "last".
const PAST_WORDS =
  'said|told|was|were|had|did|met|held|flew|went|came|began|begun|left|made|took|taken|saw|seen|gave|given|spoke|spoken|broke|broken|fell|fallen|rose|won|lost|sent|brought|bought|caught|fought|thought|found|struck|hit|shot|led|fled|kept|became|ran|sat|stood|wrote|written|drove|driven|chose|chosen|got|put|set|ended|withdrew|withdrawn|retook|retaken|overran|undertook|undertaken|shown|built|sought|laid|paid|heard|swept|blew|blown|arose|dealt|last|ago|earlier|previous|since';
export const PAST = new RegExp(String.raw`\b(?:${PAST_WORDS})\b|\b[a-z]{3,}ed\b`, 'gi');
/** "-ed" words that are not verbs in the past, or that look forward. */
export const NOT_PAST =
  /^(?:need|indeed|based|speed|red|bed|hundred|proposed|planned|scheduled|expected|intended|wanted|hoped|prepared|united|limited|concerned|related|armed|alleged|so-called|called|threatened)$/i;

/**
 * The words just before a date that say which way it points, whatever the verb: "from Monday"
 * (the start of what is to come, unless a "to" closes the span), "as early as Wednesday", "ahead
 * of Friday's talks", "scheduled for Friday"; "since Monday" looks back.
 */
export const FUTURE_PREFIX =
  /\b(?:from|starting|(?:have|has|given|gives|give)\s+(?:\w+\s+)?until|beginning|as\s+of|effective|as\s+early\s+as|no\s+later\s+than|ahead\s+of|(?:scheduled|slated|planned|set|due|expected|pencil+ed\s+in)\s+(?:for|on))\s+(?:the\s+)?$/i;
/** A date that qualifies a goal is ahead: "an August target", "Friday's deadline"... */
export const FUTURE_SUFFIX = /^(?:['\u2019]s)?\s+(?:target|deadline|goal)\b/i;
/** ...unless the goal is the subject of a past verb: "Sunday's deadline passed without a deal". */
export const GOAL_PAST =
  /^(?:['\u2019]s)?\s+(?:target|deadline|goal)\s+(?:(?:has|had)\s+)?(?:passed|expired|lapsed|came|went|was|were|ended|slipped|elapsed)\b/i;
/**
 * A deadline on an event still to come, whatever the verbs of reporting or judgement around it:
 * "a resumption of talks before Feb. 25 looked unlikely", "a vote by March 3", "a withdrawal no
 * later than Jan. 15". The date is the noun's, through its own preposition.
 */
const EVENT_NOUNS = String.raw`resumption|talks|negotiations|deadline|vote|deal|agreement|accord|settlement|withdrawal|pullout|pull-out|ceasefire|cease-fire|truce|meeting|summit|elections?|handover|transition|return|decision|breakthrough|solution|response|reply|answer|delivery|deliveries|evacuation|release|exchange|ruling|verdict|approval|launch|deployment|departure|arrival|visit`;
export const EVENT_DEADLINE = new RegExp(
  String.raw`\b(?:${EVENT_NOUNS})\b(?:\s+(?:of|on|with|between|in|for|from|to)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)?\s+(?:before|by|until|till|no\s+later\s+than)\s+(?:the\s+)?$`,
  'i',
);

/**
 * Verbs of saying and judging: the time of the saying, not of what is said. "Diplomats said a
 * resumption of talks before Feb. 25 looked unlikely": neither "said" nor "looked" places Feb. 25.
 * They count only as the date's own verb, right before it ("said on Feb. 3").
 */
export const REPORTING =
  /^(?:say|says|said|tell|tells|told|add|adds|added|note|notes|noted|state|states|stated|stress|stressed|insist|insisted|explain|explained|report|reported|claim|claimed|argue|argued|acknowledged|admitted|believe|believed|think|thought|look|looks|looked|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|was|were|is|are)$/i;

export const PAST_PREFIX = /\b(?:since|as\s+late\s+as)\s+$/i;
/** After a "from" date, the end of a span: "from Monday to Wednesday" is no start of anything. */
export const SPAN_END =
  /^\W*(?:to|until|till|through|and)\s+(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|^\s*[-\u2013]\s*\w/i;
