// Adjectives of nationality and seats of government, and the names they point to: "a US official"
// speaks for the United States, "a Syrian military source" for Syria's government, "Turkish
// officials" for Turkey. Taken from the world layer (transforms/world: every state's adjectives
// and capitals, the adjectives of intergovernmental bodies), never typed in per story. The names
// are looked up in the codebook's aliases in order: "<adjective> government" first, so that a
// codebook that names a government apart from its state ("Syrian government") is found first.
import { worldActors } from '../../world/worldActors.ts';

function demonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const actor of worldActors()) {
    const forms = [...actor.adjectives.map((adj) => `${adj} government`), actor.name];
    for (const word of [...actor.adjectives, ...actor.capitals])
      if (!/\s/.test(word) && !out[word]) out[word] = [...new Set(forms)];
  }
  return out;
}

export const DEMONYMS: Record<string, string[]> = demonyms();

/**
 * Adjectives of peoples, faiths and regions that name no one state ("Kurdish", "Sunni",
 * "Western"): general words of news English, for the label and name-shape checks.
 */
const GROUP_ADJECTIVES = [
  'Kurdish',
  'Arab',
  'Western',
  'European',
  'Gulf',
  'Afghan',
  'Palestinian',
  'Chechen',
  'Alawite',
  'Sunni',
  'Shiite',
  'Shia',
  'Islamist',
  'Islamic',
  'Druze',
  'Christian',
  'Muslim',
  'Persian',
  'Soviet',
  'Yazidi',
  'Assyrian',
  'Hashemite',
  'Wahhabi',
  // Bodies' adjectives that are words ("Nato"), from the world layer.
  ...worldActors()
    .filter((a) => a.type === 'organization')
    .flatMap((a) => a.adjectives)
    .filter((a) => /\p{Ll}/u.test(a) && !/\s/.test(a)),
];

/** Every adjective of nationality or group and every seat of government (single words), for the label and name-shape checks. */
export const DEMONYM_WORDS = new Set([...Object.keys(DEMONYMS), ...GROUP_ADJECTIVES]);
