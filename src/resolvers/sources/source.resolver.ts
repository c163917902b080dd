import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Source } from '../../entities/source.entity';
import { listSources } from '../../loaders/source-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { NodeResolver } from '../node/node-resolver.base';
import { SourceConnection } from './source-connection.type';
import { SourceFilter } from './source-filter.input';

@Resolver(() => Source)
export class SourceResolver extends NodeResolver(Source, (source) => source.id) {
  @Query(() => SourceConnection, {
    description: "Sources the hub's facts come from, by key, filtered, a page at a time.",
  })
  sources(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which sources to list.' }) filter?: SourceFilter,
  ): Promise<Page<Source>> {
    return listSources(reader, filter ?? {}, toPageRequest(page));
  }

  @Query(() => Source, { description: 'The source with this key; NOT_FOUND when there is none.' })
  async source(
    @Arg('key', { description: "The source's key, for example `salar-hoj-programme-page`." }) key: string,
    @Ctx() { loaders }: Context,
  ): Promise<Source> {
    const source = await loaders.sourceByKey.load(key);
    if (!source) throw notFound('key', key);
    return source;
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: 'The document that cites this one, when the hub knows it only through that citation.',
  })
  citedIn(@Root() source: Source, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return source.citedInId == null ? null : loaders.sourceById.load(source.citedInId);
  }
}
