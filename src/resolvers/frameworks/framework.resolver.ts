import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { FrameworkElement } from '../../entities/framework-element.entity';
import { Framework } from '../../entities/framework.entity';
import { Source } from '../../entities/source.entity';
import { fetchAllRows } from '../../loaders/all-rows.query';
import type { FrameworkCoverageRow } from '../../loaders/framework-coverage.loader';
import type { Context } from '../../loaders/request-context';
import { notFound } from '../../schema/errors';
import { FrameworkCoverage } from './framework-coverage.type';
import { resultScopeOf } from '../../loaders/result-scope';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => Framework)
export class FrameworkResolver extends NodeResolver(Framework, (framework) => framework.id) {
  @Query(() => [Framework], { description: 'Every framework indicators can be mapped to, by code.' })
  frameworks(@Ctx() { reader }: Context): Promise<Framework[]> {
    return fetchAllRows(reader, Framework, ['code']);
  }

  @Query(() => Framework, { description: 'The framework with this code; NOT_FOUND when there is none.' })
  async framework(
    @Arg('code', { description: "The framework's code, for example `SDG_5`." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Framework> {
    const framework = await loaders.frameworkByCode.load(code);
    if (!framework) throw notFound('code', code);
    return framework;
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: 'Where the framework and the wording of its elements are published.',
  })
  source(@Root() framework: Framework, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return framework.sourceId == null ? null : loaders.sourceById.load(framework.sourceId);
  }

  @FieldResolver(() => [FrameworkElement], {
    description: "Its articles, goals or targets, in the framework's own order.",
  })
  elements(@Root() framework: Framework, @Ctx() { loaders }: Context): Promise<FrameworkElement[]> {
    return loaders.elementsByFramework.load(framework.id);
  }

  @FieldResolver(() => FrameworkCoverage, {
    description:
      'How many of its elements have a mapped indicator, and how many have one with an approved actual value for the scope.',
  })
  coverage(
    @Root() framework: Framework,
    @Arg('scope', () => ID, {
      description: 'Global id of a programme, initiative, municipality, organisation or country.',
    })
    scope: string,
    @Ctx() { loaders }: Context,
  ): Promise<FrameworkCoverageRow> {
    return loaders.frameworkCoverage(resultScopeOf(scope, 'scope')).load(framework.id);
  }
}
