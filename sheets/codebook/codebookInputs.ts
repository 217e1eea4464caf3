// What each column of the codebook workbook asks of the user, shown as an input message when a
// cell is selected, and the values a column allows (a drop-down; types and kinds the reader
// would refuse are refused here too, the others only warned about).
import { ACTOR_TYPES, CASUALTY_KINDS } from '../../transforms/schema/index.ts';
import type { Choices } from '../SheetSpec.ts';

export interface CodebookInput {
  prompt: string;
  choices?: Choices;
  rule?: { formula: string; error: string };
}

const LIST = 'A list: items joined with "; " (semicolon and space).';

export const CODEBOOK_INPUTS: Record<string, Record<string, CodebookInput>> = {
  actors: {
    name: {
      prompt: 'The actor\'s full name, as charts show it ("Bashar al-Assad"). One row per actor; names must be unique.',
    },
    type: { prompt: `One of: ${ACTOR_TYPES.join(', ')}.`, choices: { values: ACTOR_TYPES, strict: true } },
    aliases: {
      prompt: `Every name that counts as this actor, metonyms too ("Moscow; the Kremlin" under Russia). ${LIST} An alias belongs to one actor only.`,
    },
    camp: { prompt: 'A grouping for charts ("US side", "Russia side"); may be empty.' },
    titles: { prompt: `Descriptions that refer to this actor when used alone ("top US diplomat"). ${LIST}` },
  },
  frames: {
    frame: { prompt: "The frame's name (Military, Diplomacy, Humanitarian...)." },
    cues: {
      prompt: `Words that signal the frame, whole words, case-insensitive; a cue ending in * matches any ending. ${LIST}`,
    },
  },
  labels: {
    term: { prompt: 'A word of a descriptor ("strongman", "regime").' },
    connotation: {
      prompt: 'What the word connotes: negative, neutral or positive.',
      choices: { values: ['negative', 'neutral', 'positive'], strict: false },
    },
  },
  casualty_terms: {
    term: { prompt: 'A word that makes a number a casualty figure ("killed", "wounded").' },
    kind: { prompt: `One of: ${CASUALTY_KINDS.join(', ')}.`, choices: { values: CASUALTY_KINDS, strict: true } },
  },
  proposal_cues: {
    cue: { prompt: 'A word or phrase that marks a proposal ("offered", "called for").' },
    type: {
      prompt: 'The kind of proposal: offer, plan, demand, call or condition.',
      choices: { values: ['offer', 'plan', 'demand', 'call', 'condition'], strict: false },
    },
  },
  outlets: {
    outlet: { prompt: "The outlet's name, as the manifest and the charts write it." },
    country: { prompt: 'Where the outlet is based.' },
    kind: {
      prompt: 'wire, state, independent, public...',
      choices: { values: ['wire', 'state', 'independent', 'public', 'partisan'], strict: false },
    },
    colour: {
      prompt:
        "The outlet's colour in charts: #RRGGBB (e.g. #1f77b4) or a CSS colour name; empty for the colour-blind-safe default.",
      rule: {
        formula:
          'OR(LEN({cell})=0,AND(LEFT({cell},1)="#",OR(LEN({cell})=4,LEN({cell})=7)),ISERROR(SEARCH(" ",{cell})))',
        error: 'A colour is #RGB, #RRGGBB or a CSS colour name such as steelblue.',
      },
    },
    aliases: { prompt: `Other names the outlet goes by in page headers. ${LIST}` },
  },
};
