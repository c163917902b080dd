import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ScopeKind } from '../../entities/observation.entity';
import type { MissingCellRow } from '../../loaders/completeness-missing-cells.loader';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { TYPE_NAME } from '../../schema/node.interface';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { MissingCellConnection, ScopeCompleteness } from './completeness.type';
import { ObservationScope } from '../observations/observation-scope.union';

@Resolver(() => ScopeCompleteness)
export class ScopeCompletenessResolver {
  @FieldResolver(() => ObservationScope, {
    description: 'The scope: a Municipality, or the Programme of a programme report.',
  })
  async scope(@Root() scope: ScopeCompleteness, @Ctx() { loaders }: Context): Promise<object> {
    const row =
      scope.scopeKind === ScopeKind.PROGRAMME
        ? await loaders.programmeById.load(scope.scopeId)
        : await loaders.municipalityById.load(scope.scopeId);
    return { ...row, [TYPE_NAME]: scope.scopeKind === ScopeKind.PROGRAMME ? 'Programme' : 'Municipality' };
  }

  @FieldResolver(() => MissingCellConnection, {
    description:
      'The expected cells without a value, a page at a time (`totalCount` is `missingCount`): by indicator in the order asked for, then period, then sex (TOTAL, FEMALE, MALE). One statement serves the page of every scope.',
  })
  missingCells(
    @Root() scope: ScopeCompleteness,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
  ): Promise<Page<MissingCellRow>> {
    return scope.report
      .missingCells(reader, toPageRequest(page))
      .load({ scopeKind: scope.scopeKind, scopeId: scope.scopeId, missingCount: scope.missingCount });
  }
}
