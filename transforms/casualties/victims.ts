// Who a figure counts: a plural noun for people, with up to two words before it ("Syrian
// civilians", "pro-government fighters"). A number followed by anything else ("50 strikes", "six
// Tupolev bombers", "two rebel-held neighbourhoods") is no casualty figure. Besides the nouns
// listed, a people of the world layer ("Moroccans", "Libyans") and an agent noun in -ers, -ists
// or -men ("climbers", "tourists", "fishermen") name people, except the things in -ers below.
import { worldStates } from '../world/worldStates.ts';

const NOUNS =
  'people|persons|civilians|soldiers|troops|children|kids|women|men|fighters|rebels|militants|jihadists|combatants|insurgents|policemen|police|officers|residents|inhabitants|protesters|demonstrators|Syrians|Iraqis|Kurds|refugees|migrants|members|workers|journalists|doctors|patients|staff|others|passengers|students|villagers|prisoners|detainees|hostages|victims|individuals|adults|infants|babies|girls|boys|personnel|servicemen|volunteers|recruits|guards|citizens|bystanders|passers-by|family\\s+members|locals|tourists|visitors|worshippers|pilgrims|miners|farmers|employees|crew\\s+members|crew|sailors|firefighters|rescuers|pupils|teenagers|teens|youths|officials|suspects|peacekeepers|servicemembers|concertgoers|spectators|guests|schoolgirls|schoolboys|schoolchildren|shoppers|motorists|occupants|survivors|friends|colleagues|relatives|neighbours|neighbors|classmates|loved\\s+ones';
/** Plural peoples of the world layer, longest first ("Moroccans", "Iraqis"). */
const PEOPLES = [...new Set(worldStates().flatMap((s) => s.people))]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/** Plural things in -ers that are no people. */
const THINGS =
  'bombers|helicopters|containers|computers|tankers|trailers|towers|rivers|numbers|letters|papers|centers|layers|orders|borders|quarters|headquarters|chambers|boosters|markers|shelters|waters|powers|meters|kilometers|liters|millimeters|centimeters|parameters|chapters|lists|wrists|fists|twists|mists';
const AGENT = `(?!(?:${THINGS})\\b)[a-z][a-z-]*(?:ers|ists|men)`;
const SINGULAR =
  'person|civilian|soldier|child|woman|man|boy|girl|baby|fighter|rebel|officer|policeman|journalist|reporter|photographer|cameraman|doctor|nurse|medic|paramedic|worker|volunteer|member|driver|resident|commander|teacher|student|guard|employee|official|diplomat';
/** One person, as a regex source: "a Red Crescent staff member", "one rescue worker". */
export const ONE_PERSON = `(?:a|an|one|another)\\s+(?:[\\w-]+\\s+){0,3}?(?:${SINGULAR})\\b`;
/** A people noun, as a regex source. */
export const VICTIM_NOUN = `(?:${NOUNS}|${PEOPLES}|${AGENT})`;
/** A victims phrase, as a regex source: optional modifiers, then a people noun. */
export const VICTIMS = `(?:(?:[\\w-]+\\s+){0,2}?${VICTIM_NOUN})\\b`;

/** The people of a victims phrase as the row shows them: "scores of civilians" counts "civilians". */
export function tidyVictims(victims: string): string {
  return victims.replace(/^of\s+/i, '').trim();
}
