// Who a figure counts: a plural noun for people, with up to two words before it ("Syrian
// civilians", "pro-government fighters"). A number followed by anything else ("50 strikes", "six
// Tupolev bombers", "two rebel-held neighbourhoods") is no casualty figure.
const NOUNS =
  'people|persons|civilians|soldiers|troops|children|kids|women|men|fighters|rebels|militants|jihadists|combatants|insurgents|policemen|police|officers|residents|inhabitants|protesters|demonstrators|Syrians|Iraqis|Kurds|refugees|migrants|members|workers|journalists|doctors|patients|staff|others|passengers|students|villagers|prisoners|detainees|hostages|victims|individuals|adults|infants|babies|girls|boys|personnel|servicemen|volunteers|recruits|guards|citizens|bystanders|passers-by|family\\s+members';
const SINGULAR =
  'person|civilian|soldier|child|woman|man|boy|girl|baby|fighter|rebel|officer|policeman|journalist|reporter|photographer|cameraman|doctor|nurse|medic|paramedic|worker|volunteer|member|driver|resident|commander|teacher|student|guard|employee|official|diplomat';
/** One person, as a regex source: "a Red Crescent staff member", "one rescue worker". */
export const ONE_PERSON = `(?:a|an|one|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:${SINGULAR})\\b`;
/** A people noun, as a regex source. */
export const VICTIM_NOUN = `(?:${NOUNS})`;
/** A victims phrase, as a regex source: optional modifiers, then a people noun. */
export const VICTIMS = `(?:(?:[\\w-]+\\s+){0,2}?(?:${NOUNS}))\\b`;

/** The people of a victims phrase as the row shows them: "scores of civilians" counts "civilians". */
export function tidyVictims(victims: string): string {
  return victims.replace(/^of\s+/i, '').trim();
}
