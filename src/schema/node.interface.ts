import { Field, ID, InterfaceType } from 'type-graphql';

/** Property that tells `Node`'s type resolver which object type a plain row is. */
export const TYPE_NAME = '__typename';

@InterfaceType({
  description: 'An object with a global id, which `node(id:)` fetches again.',
  resolveType: (value: Record<string, unknown>) => value[TYPE_NAME] as string,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global object id; `node(id:)` returns the object again.' })
  id!: string;
}
