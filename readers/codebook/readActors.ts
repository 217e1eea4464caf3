// The actors sheet as codebook actors: a known type, a unique name (and id), and no alias that
// two actors claim, since a name must point to one actor. The name itself counts as an alias.
import type { CodebookActor } from '../../transforms/codebook/Codebook.ts';
import { slug } from '../../transforms/codebook/slug.ts';
import { ACTOR_TYPES, type ActorType } from '../../transforms/schema/index.ts';
import { InputError } from '../../transforms/InputError.ts';
import type { SheetRow } from './sheetRows.ts';
import { splitList } from './splitList.ts';

export function readActors(rows: SheetRow[], file: string): CodebookActor[] {
  const sheet = 'actors';
  const byId = new Map<string, CodebookActor>();
  const aliasOwner = new Map<string, CodebookActor>();
  const actors: CodebookActor[] = [];

  for (const { row, cells } of rows) {
    const at = (column: string) => ({ file, sheet, row, column });
    const name = cells.name;
    if (!name) throw new InputError(at('name'), 'empty name; every actor needs one');
    const type = cells.type.toLowerCase() as ActorType;
    if (!ACTOR_TYPES.includes(type))
      throw new InputError(at('type'), `unknown actor type "${cells.type}" (allowed: ${ACTOR_TYPES.join(', ')})`);

    const actor_id = slug(name);
    const twin = byId.get(actor_id);
    if (twin) {
      throw new InputError(
        at('name'),
        twin.name === name
          ? `actor "${name}" is already defined in row ${twin.ref.row}`
          : `actor "${name}" has the same id "${actor_id}" as "${twin.name}" in row ${twin.ref.row}`,
      );
    }
    const aliases = splitList(cells.aliases);
    if (!aliases.includes(name)) aliases.unshift(name);
    const actor: CodebookActor = {
      actor_id,
      name,
      type,
      aliases,
      camp: cells.camp,
      titles: splitList(cells.titles),
      ref: { file, sheet, row },
    };

    for (const alias of aliases) {
      const owner = aliasOwner.get(alias);
      if (owner)
        throw new InputError(
          at('aliases'),
          `alias "${alias}" is claimed by both ${owner.name} (row ${owner.ref.row}) and ${name} (row ${row})`,
        );
      aliasOwner.set(alias, actor);
    }
    byId.set(actor_id, actor);
    actors.push(actor);
  }
  return actors;
}
