// The main intergovernmental bodies and UN agencies (data/organizations.json) and the main news
// agencies and broadcasters (data/media.json), as world actors.
import { createRequire } from 'node:module';
import type { WorldActor } from './WorldActor.ts';

interface BodyRow {
  name: string;
  aliases: string[];
  adjectives?: string[];
  wire?: boolean;
  credit?: string;
}

const require = createRequire(import.meta.url);
const organizations: BodyRow[] = require('./data/organizations.json');
const media: BodyRow[] = require('./data/media.json');

const actorOf =
  (type: WorldActor['type']) =>
  (row: BodyRow): WorldActor => ({
    name: row.name,
    type,
    aliases: [...new Set([row.name, ...row.aliases])],
    adjectives: row.adjectives ?? [],
    people: [],
    capitals: [],
    iso3: '',
    wire: row.wire ? (row.credit ?? row.name) : '',
  });

let cached: WorldActor[] | undefined;
export function worldBodies(): WorldActor[] {
  return (cached ??= [...organizations.map(actorOf('organization')), ...media.map(actorOf('media'))]);
}
