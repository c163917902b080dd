import { Arg, Ctx, ID, Int, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { EditableEntity } from '../../entities/editable.entity';
import type { Context } from '../../loaders/request-context';
import { validateItems } from '../../schema/validate-input';
import type { LinkSetSpec } from '../../writes/link-set-spec';
import { setLinks } from '../../writes/write-links';

/** What a set's items are: input objects, or the ids (codes, for countries) of the records linked. */
export type LinkItems = { input: ClassType } | { names: typeof ID | typeof String };

/**
 * The mutation `set<Type><Field>` that replaces one set of links of a record (`spec`) at its
 * version; `what` names what the set holds, after "Replaces".
 */
export function linkSetWriteResolver<Item extends object>(
  spec: LinkSetSpec<Item>,
  objectType: ClassType,
  items: LinkItems,
  what: string,
): ClassType {
  const { owner, field, target } = spec;
  const name = `set${owner.typeName}${field[0].toUpperCase()}${field.slice(1)}`;
  const editors = owner.editors?.actions.includes('UPDATE')
    ? `ADMIN tokens; EDITOR tokens in the programmes their organisations fund or implement, adding, removing or changing only links to records of their scope (FORBIDDEN otherwise, \`extensions.fields\` naming each${spec.grantsProgrammeRights ? '), and never leaving the programme without an organisation they act for' : ')'}`
    : 'ADMIN tokens only';
  const toItem = (named: string): Item => ({ [target.field]: named }) as Item;

  @Resolver()
  class LinkSetWriteResolver {
    @Mutation(() => objectType, {
      name,
      description: `Replaces ${what} with \`${field}\`, raising the ${owner.typeName}'s version (${editors}). Links no longer listed are removed, new ones added, changed ones rewritten, in one transaction with one audit row (an UPDATE of the ${owner.typeName} whose \`before\` and \`after\` hold the set under \`${field}\`); a set sent unchanged writes nothing. Every record named must be one the caller reads (archived ones are not) and be named once (BAD_USER_INPUT, \`extensions.fields\` naming each, for example \`${field}[0].${target.field}\`); a stale \`version\` is CONFLICT with \`extensions.currentVersion\`.`,
    })
    set(
      @Arg('id', () => ID, { description: `Global id of the ${owner.typeName}.` }) id: string,
      @Arg('version', () => Int, {
        description: 'The version the caller read; the write applies only while it is still current.',
      })
      version: number,
      @Arg(field, () => ('input' in items ? [items.input] : [items.names]), {
        validateFn: validateItems(field),
        description: `The whole set, at most ${spec.maxItems}; an empty list removes every link.`,
      })
      set: (Item | string)[],
      @Ctx() context: Context,
    ): Promise<EditableEntity> {
      const asItems = set.map((item) => (typeof item === 'string' ? toItem(item) : item));
      return setLinks(context, spec, id, version, asItems);
    }
  }
  return LinkSetWriteResolver;
}
