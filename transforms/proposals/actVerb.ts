// Whether the verb after a modal of the future ("would declare", "is likely to take", "will be
// sworn in") is an act someone will do, or a state, a forecast or a judgement ("would remain",
// "will win", "would take time", "will include"). saysWould and scheduled share it.
/** Verbs of what will happen or be, not of what someone will do. */
const NOT_ACT =
  /^(?:be|have|not|never|no|know|see|remain|stay|continue|need|depend|face|lose|win|succeed|fail|come|happen|get|look|seem|want|like|hope|think|believe|say|tell|mean|cost|fall|rise|grow|increase|decrease|change|affect|make|go|keep|discuss|talk|speak|meet|visit|attend|hold|travel|fly|arrive|leave|return|head|include|involve|cover|focus|rain|snow|study|consider|examine|review|assess|weigh|decide|likely|probably|also|still|only)$/i;
/** A passive that states an act on the subject: "would be sworn in", "will be released". */
const PASSIVE_ACT = /^(?:[a-z]+ed|sworn(?:-in)?|held|sent|given|built|chosen|freed|paid|shown|taken)$/i;

/** "take" is an act with an object ("take the oath"), not in "take time", "take place", "take effect". */
const TAKE_NO_ACT = /^\s+(?:(?:a\s+)?(?:long\s+)?(?:time|while|years|months|weeks|days|hours)|place|effect|long)\b/i;

/** `verb` is the word after the modal (after "be" when `passive`), `after` the text after it. */
export function isAct(verb: string, passive: boolean, after = ''): boolean {
  if (passive) return PASSIVE_ACT.test(verb);
  if (/^take$/i.test(verb)) return !TAKE_NO_ACT.test(after);
  return !NOT_ACT.test(verb);
}
