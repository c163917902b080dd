import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../loaders/request-context';
import { notFound } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { lookUpNode } from '../../loaders/node-lookups';
import { Node, TYPE_NAME } from '../../schema/node.interface';

@Resolver()
export class NodeQueryResolver {
  @Query(() => Node, { description: 'Any object by its global id; NOT_FOUND when the id names nothing (any more).' })
  async node(
    @Arg('id', () => ID, { description: 'A global id from an `id` field.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<object> {
    const { typeName, key } = fromGlobalId(id, 'id');
    const row = await lookUpNode(loaders, typeName, key);
    if (!row) throw notFound('id', id);
    return { ...row, [TYPE_NAME]: typeName };
  }
}
