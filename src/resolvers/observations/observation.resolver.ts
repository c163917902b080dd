import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Indicator } from '../../entities/indicator.entity';
import { SCOPE_OF_KIND } from '../../entities/observation-scope-types';
import { Observation, ScopeKind } from '../../entities/observation.entity';
import { Source } from '../../entities/source.entity';
import { listObservations } from '../../loaders/observation-lists';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { TYPE_NAME } from '../../schema/node.interface';
import { integerKeyOf } from '../../schema/global-id';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { reviewObservations } from '../../writes/review-observations';
import { submitObservations } from '../../writes/submit-observations';
import { NodeResolver } from '../node/node-resolver.base';
import { ObservationConnection } from './observation-connection.type';
import { ObservationFilter } from './observation-filter.input';
import { ObservationInput } from './observation.input';
import { ObservationScope } from './observation-scope.union';
import { ReviewDecision } from './review-decision.enum';
import { SubmitObservationsResult } from './submit-observations-result.type';

@Resolver(() => Observation)
export class ObservationResolver extends NodeResolver(Observation, (observation) => observation.id) {
  @Query(() => ObservationConnection, {
    description:
      'Indicator values, filtered, a page at a time; approved values only unless `filter.reviewStatuses` says otherwise.',
  })
  observations(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
    @Arg('filter', () => ObservationFilter, { nullable: true, description: 'Which values to list.' })
    filter?: ObservationFilter,
  ): Promise<Page<Observation>> {
    return listObservations(reader, filter ?? {}, toPageRequest(page));
  }

  @Mutation(() => SubmitObservationsResult, {
    description:
      'Submits up to 10 000 values in one transaction: all are written or none. Every row is checked first; any bad row refuses the batch ' +
      'with BAD_USER_INPUT and `extensions.rows: [{ index, field, reason }]` for every bad row (FORBIDDEN, listed the same way, for rows ' +
      "outside the caller's scope). Rows are keyed by indicator, scope, period, sex, role and kind: a key already stored is updated, " +
      'and a row equal to the stored value changes nothing (re-sending a batch is safe). A row with `version` whose stored value has ' +
      'moved on refuses the batch with CONFLICT (`extensions.rows`). ADMIN anywhere; REPORTER for its municipalities.',
  })
  submitObservations(
    @Ctx() { em, viewer }: Context,
    @Arg('rows', () => [ObservationInput], {
      description: 'The values, at most 10 000; `index` in errors counts from 0.',
    })
    rows: ObservationInput[],
    @Arg('asDraft', () => Boolean, {
      defaultValue: false,
      description: 'Store as DRAFT (not yet for review) instead of SUBMITTED.',
    })
    asDraft: boolean,
  ): Promise<SubmitObservationsResult> {
    return submitObservations(em, viewer, rows, asDraft);
  }

  @Mutation(() => [Observation], {
    description:
      'Approves or returns SUBMITTED values, all or none. With `versions`, a value changed since it was read is refused with CONFLICT; ' +
      'a value no longer SUBMITTED is CONFLICT too. ADMIN anywhere; REVIEWER for values of programmes its organisations fund or implement ' +
      '(programme scope, their initiatives, and municipalities taking part in their initiatives). An id of a value the caller may neither read nor review ' +
      'is NOT_FOUND, as an unknown id is; a value it reads but does not review is FORBIDDEN.',
  })
  async reviewObservations(
    @Ctx() { em, viewer, loaders, reader }: Context,
    @Arg('ids', () => [ID], { description: 'Global ids of the Observations, at most 1 000.' }) ids: string[],
    @Arg('decision', () => ReviewDecision, { description: 'Approve, or return for revision.' })
    decision: ReviewDecision,
    @Arg('comment', () => String, { nullable: true, description: 'Why; required when returning (what to revise).' })
    comment?: string | null,
    @Arg('versions', () => [Int], {
      nullable: true,
      description: 'The `version` of each value as read, in the order of `ids`; a stale one is CONFLICT.',
    })
    versions?: number[] | null,
  ): Promise<Observation[]> {
    const keys = ids.map((id) => integerKeyOf(id, 'Observation', 'ids'));
    await reviewObservations(em, reader.rules, viewer, keys, decision, comment ?? null, versions ?? null);
    loaders.observationById.clearAll();
    return (await Promise.all(keys.map((key) => loaders.observationById.load(key)))).filter(
      (row): row is Observation => row !== null,
    );
  }

  @FieldResolver(() => Indicator, { description: 'The indicator measured.' })
  async indicator(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<Indicator> {
    return (await loaders.indicatorById.load(observation.indicatorId))!;
  }

  @FieldResolver(() => Observation, {
    nullable: true,
    description:
      'The latest APPROVED value of the same cell (indicator, scope, sex, role and kind) whose period ends before this one starts, ' +
      'among the values the viewer may read; null when there is none. What a reviewer compares a submitted value with.',
  })
  previousApproved(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<Observation | null> {
    return loaders.previousApprovedByObservation.load(observation.id);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where the value is published.' })
  source(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<Source | null> | null {
    return observation.sourceId == null ? null : loaders.sourceById.load(observation.sourceId);
  }

  @FieldResolver(() => ObservationScope, { description: 'What the value is about.' })
  async scope(@Root() observation: Observation, @Ctx() { loaders }: Context): Promise<object> {
    const row = await loadScope(observation, loaders);
    return { ...row, [TYPE_NAME]: SCOPE_OF_KIND[observation.scopeKind].typeName };
  }
}

async function loadScope(observation: Observation, loaders: Context['loaders']): Promise<object | null> {
  switch (observation.scopeKind) {
    case ScopeKind.COUNTRY:
      return loaders.countryByCode.load(observation.countryCode!);
    case ScopeKind.PROGRAMME:
      return loaders.programmeById.load(observation.programmeId!);
    case ScopeKind.INITIATIVE:
      return loaders.initiativeById.load(observation.initiativeId!);
    case ScopeKind.MUNICIPALITY:
      return loaders.municipalityById.load(observation.municipalityId!);
    case ScopeKind.ORGANISATION:
      return loaders.organisationById.load(observation.organisationId!);
    case ScopeKind.ACTIVITY:
      return loaders.activityById.load(observation.activityId!);
  }
}
