// A sentence that only reports what became of a proposal already stated ("Kerry did not deny the
// proposal", "refused to discuss the proposal in detail", "had not been addressed"): it names the
// proposal by a definite noun and states no new content. It adds no row; its fate, if any, goes
// to the rows of the proposal before it.
const REFERS_BACK =
  /\b(?:the|this|that|its|his|her|their)\s+(?:\w+\s+)?(?:proposal|plan|offer|report|idea|initiative|draft|roadmap|proposals|plans)\b/i;
const REACTS =
  /\b(?:den(?:y|ied|ies)|declined?\s+to\s+comment|refused\s+to\s+(?:discuss|comment|confirm)|(?:not\s+)?(?:been\s+)?addressed|rejected|dismissed|welcomed|accepted|confirmed|would\s+not\s+comment|no\s+comment)\b/i;

export function isFateOnly(sentence: string, hasContent: boolean): boolean {
  return !hasContent && REFERS_BACK.test(sentence) && REACTS.test(sentence);
}
