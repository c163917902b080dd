import type { ClassType } from 'type-graphql';
import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../schema/global-id';

/** The `id` field every Node type resolves the same way: its type name and key, encoded. */
export function NodeResolver<T extends object>(type: ClassType<T>, keyOf: (row: T) => string | number) {
  @Resolver(() => type)
  abstract class NodeIdResolver {
    @FieldResolver(() => ID, { description: 'Global object id; `node(id:)` returns the object again.' })
    id(@Root() row: T): string {
      return toGlobalId(type.name, keyOf(row));
    }
  }
  return NodeIdResolver;
}
