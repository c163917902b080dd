import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CharterSignature } from '../../entities/charter-signature.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Source } from '../../entities/source.entity';
import { listCharterSignatures } from '../../loaders/charter-signature-list.query';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { LocalDate } from '../../schema/scalars';
import { actionPlanDueOn, ActionPlanStatus, actionPlanStatusOf, todayUtc } from '../../analytics/action-plan-status';
import { CharterSignatureConnection } from './charter-signature-connection.type';
import { CharterSignatureFilter } from './charter-signature-filter.input';
import { CharterSignatureSort } from './charter-signature-sort.input';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => CharterSignature)
export class CharterSignatureResolver extends NodeResolver(CharterSignature, (signature) => signature.id) {
  @Query(() => CharterSignatureConnection, {
    description:
      'Signatures of the European Charter for Equality of Women and Men in Local Life, filtered and sorted, a page at a time.',
  })
  charterSignatures(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => CharterSignatureFilter, { nullable: true, description: 'Which signatures to list.' })
    filter?: CharterSignatureFilter,
    @Arg('sort', () => CharterSignatureSort, {
      nullable: true,
      description: 'The order; by signing date when not given.',
    })
    sort?: CharterSignatureSort,
  ): Promise<Page<CharterSignature>> {
    return listCharterSignatures(reader, filter ?? {}, sort ?? new CharterSignatureSort(), toPageRequest(page));
  }

  @FieldResolver(() => Municipality, { description: 'The municipality, city or region that signed.' })
  async municipality(@Root() signature: CharterSignature, @Ctx() { loaders }: Context): Promise<Municipality> {
    return (await loaders.municipalityById.load(signature.municipalityId))!;
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the signature is recorded.' })
  source(@Root() signature: CharterSignature, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return signature.sourceId == null ? null : loaders.sourceById.load(signature.sourceId);
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      'Last day to adopt the Equality Action Plan: two years after signing (YYYY-MM-DD); null without a signing date.',
  })
  actionPlanDueOn(@Root() signature: CharterSignature): string | null {
    return actionPlanDueOn(signature);
  }

  @FieldResolver(() => ActionPlanStatus, {
    description: 'Where the signatory stands with its Equality Action Plan today (UTC).',
  })
  actionPlanStatus(@Root() signature: CharterSignature): ActionPlanStatus {
    return actionPlanStatusOf(signature, todayUtc());
  }
}
