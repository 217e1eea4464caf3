// Nouns of an organisation's members, or of the group itself, that a bare name modifies in news
// English ("Hamas official", "Houthi rebels", "the Hamas movement"), with the type they give the
// name: fighting members make an armed group. memberNounName.ts reads them.
import type { ActorType } from '../../schema/index.ts';

const ARMED = [
  'fighters',
  'militants',
  'gunmen',
  'rebels',
  'insurgents',
  'militiamen',
  'guerrillas',
  'commander',
  'commanders',
];
const ORGANISED = [
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'leaders',
  'member',
  'members',
  'lawmakers',
  'legislators',
  'negotiators',
  'delegation',
  'movement',
];

export const MEMBER_NOUNS: Record<string, ActorType> = Object.fromEntries([
  ...ARMED.map((n) => [n, 'armed_group']),
  ...ORGANISED.map((n) => [n, 'organization']),
]);
