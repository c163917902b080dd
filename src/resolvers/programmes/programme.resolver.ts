import { Args, Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PROGRAMME_BUDGET } from '../../auth/field-rules';
import { Activity } from '../../entities/activity.entity';
import { Country } from '../../entities/country.entity';
import { Disbursement, MAX_DISBURSEMENTS_PER_PROGRAMME } from '../../entities/disbursement.entity';
import { GoodPractice } from '../../entities/good-practice.entity';
import { Indicator } from '../../entities/indicator.entity';
import { Initiative } from '../../entities/initiative.entity';
import { Network } from '../../entities/network.entity';
import { Observation } from '../../entities/observation.entity';
import { MAX_BUDGETS_PER_PROGRAMME, ProgrammeBudget } from '../../entities/programme-budget.entity';
import { ProgrammeComponent } from '../../entities/programme-component.entity';
import { ProgrammeFunder } from '../../entities/programme-funder.entity';
import { ProgrammeImplementer } from '../../entities/programme-implementer.entity';
import { ProgrammeParticipant } from '../../entities/programme-participant.entity';
import { Programme } from '../../entities/programme.entity';
import { Source } from '../../entities/source.entity';
import { Theme } from '../../entities/theme.entity';
import { WorkingGroup } from '../../entities/working-group.entity';
import { initiativesOfProgramme } from '../../loaders/initiative-lists';
import { observationsOf } from '../../loaders/observation-lists';
import { listProgrammes } from '../../loaders/programme-list.query';
import type { IndicatorFigures } from '../../loaders/results-by-scope.loader';
import type { ComputedFigureRow } from '../../analytics/computed-programme-figures';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { forbidden, notFound } from '../../schema/errors';
import { Money, moneyOf } from '../../schema/money.type';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { checkRange } from '../../schema/date-range';
import { iatiExportProblem } from '../../iati/iati-activity-xml';
import { ComputedFigure } from '../computed-figures/computed-figure.type';
import { atMost, fieldCost } from '../field-cost';
import { DateRange } from '../computed-figures/computed-date-range.input';
import { InitiativeConnection } from '../initiatives/initiative-connection.type';
import { IndicatorResult } from '../indicators/indicator-result.type';
import { NodeResolver } from '../node/node-resolver.base';
import { ObservationConnection } from '../observations/observation-connection.type';
import { ObservationFilter } from '../observations/observation-filter.input';
import { ProgrammeConnection } from './programme-connection.type';
import { ProgrammeFilter } from './programme-filter.input';
import { ProgrammeSort } from './programme-sort.input';

@Resolver(() => Programme)
export class ProgrammeResolver extends NodeResolver(Programme, (programme) => programme.id) {
  @Query(() => ProgrammeConnection, { description: 'Programmes, filtered and sorted, a page at a time.' })
  async programmes(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader, loaders }: Context,
    @Arg('filter', () => ProgrammeFilter, { nullable: true, description: 'Which programmes to list.' })
    filter?: ProgrammeFilter,
    @Arg('sort', () => ProgrammeSort, { nullable: true, description: 'The order; by English name when not given.' })
    sort?: ProgrammeSort,
  ): Promise<Page<Programme>> {
    const listed = await listProgrammes(reader, filter ?? {}, sort ?? new ProgrammeSort(), toPageRequest(page));
    // Fields below (a funding's amount, for one) look their programme up by id: the page already holds it.
    for (const programme of listed.nodes) loaders.programmeById.prime(programme.id, programme);
    return listed;
  }

  @Query(() => Programme, { description: 'The programme with this code; NOT_FOUND when there is none.' })
  async programme(
    @Arg('code', { description: "The programme's code, for example `HAJ`." }) code: string,
    @Ctx() { loaders }: Context,
  ): Promise<Programme> {
    const programme = await loaders.programmeByCode.load(code);
    if (!programme) throw notFound('code', code);
    return programme;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "Total budget, in the currency the source gives. An unpublished budget is FORBIDDEN except to the programme's funders and implementers.",
  })
  async budget(@Root() programme: Programme, @Ctx() { viewer, loaders }: Context): Promise<Money | null> {
    if (!(await PROGRAMME_BUDGET.reads(viewer, loaders, programme)))
      throw forbidden(PROGRAMME_BUDGET.refusal(programme));
    return moneyOf(programme.budgetAmount, programme.budgetCurrency);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why the programme cannot be downloaded as an IATI activity (`/iati/activities.xml?programme=CODE`, which then answers 422), in English; null when it can. The standard needs a planned or actual start or end date, and a reporting organisation (the lead implementer, else the first) with an `iatiIdentifier`.',
  })
  async iatiExportProblem(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<string | null> {
    const implementers = await loaders.implementersByProgramme.load(programme.id);
    const organisations = await loaders.organisationById.loadMany(implementers.map((link) => link.organisationId));
    return iatiExportProblem({
      code: programme.code,
      plannedStartOn: programme.plannedStartOn ?? null,
      plannedEndOn: programme.plannedEndOn ?? null,
      startOn: programme.startOn ?? null,
      endOn: programme.endOn ?? null,
      implementers: implementers.flatMap((link, index) => {
        const organisation = organisations[index];
        return organisation && !(organisation instanceof Error)
          ? [
              {
                role: link.role,
                organisation: { code: organisation.code, iatiIdentifier: organisation.iatiIdentifier ?? null },
              },
            ]
          : [];
      }),
    });
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the programme can be downloaded as an IATI activity (`/iati/activities.xml?programme=CODE`); `iatiExportProblem` says why not.',
  })
  async iatiExportable(@Root() programme: Programme, @Ctx() context: Context): Promise<boolean> {
    return (await this.iatiExportProblem(programme, context)) === null;
  }

  @FieldResolver(() => [ProgrammeBudget], {
    description:
      "Budgets per period, by period start (original before revised); each one's `value` follows the read rule of `budget`. At most 100 (`createProgrammeBudget` refuses more); an operation selecting it is priced as if each programme had as many as the one that has the most.",
    complexity: fieldCost<object>(
      ({ childComplexity, scopeCounts }) =>
        1 + atMost(scopeCounts.largestProgrammeBudgets, MAX_BUDGETS_PER_PROGRAMME) * childComplexity,
    ),
  })
  budgets(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<ProgrammeBudget[]> {
    return loaders.budgetsByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Disbursement], {
    description:
      "Money its funders paid out to it, by date; each one's `value` follows the read rule of `budget`. At most 2 000 (`createDisbursement` refuses more); an operation selecting it is priced as if each programme had as many as the one that has the most.",
    complexity: fieldCost<object>(
      ({ childComplexity, scopeCounts }) =>
        1 + atMost(scopeCounts.largestProgrammeDisbursements, MAX_DISBURSEMENTS_PER_PROGRAMME) * childComplexity,
    ),
  })
  disbursements(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Disbursement[]> {
    return loaders.disbursementsByProgramme.load(programme.id);
  }

  @FieldResolver(() => [ProgrammeFunder], { description: 'Who funds the programme, with the amounts where known.' })
  funders(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<ProgrammeFunder[]> {
    return loaders.fundersByProgramme.load(programme.id);
  }

  @FieldResolver(() => [ProgrammeImplementer], { description: 'Who implements the programme, and in what role.' })
  implementers(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<ProgrammeImplementer[]> {
    return loaders.implementersByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Country], { description: 'Countries the programme works in.' })
  countries(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Country[]> {
    return loaders.countriesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Theme], { description: 'Themes the programme works on.' })
  themes(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Theme[]> {
    return loaders.themesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Source], { description: 'Documents that describe the programme.' })
  sources(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Source[]> {
    return loaders.sourcesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [ProgrammeComponent], { description: "The programme's components, in order." })
  components(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<ProgrammeComponent[]> {
    return loaders.componentsByProgramme.load(programme.id);
  }

  @FieldResolver(() => [ProgrammeParticipant], {
    description: 'Municipalities taking part in the programme, with their grants.',
  })
  participants(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<ProgrammeParticipant[]> {
    return loaders.participantsByProgramme.load(programme.id);
  }

  @FieldResolver(() => InitiativeConnection, {
    description: 'Initiatives funded under the programme, a page at a time, by code.',
  })
  initiatives(
    @Root() programme: Programme,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Page<Initiative>> {
    return initiativesOfProgramme(loaders, toPageRequest(page)).load(programme.id);
  }

  @FieldResolver(() => [Indicator], {
    description: 'Indicators with values about the programme itself that the viewer may read.',
  })
  indicators(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Indicator[]> {
    return loaders.indicatorsByProgramme.load(programme.id);
  }

  @FieldResolver(() => ObservationConnection, {
    description: 'Indicator values about the programme itself, a page at a time; approved values only unless asked.',
  })
  observations(
    @Root() programme: Programme,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => ObservationFilter, {
      nullable: true,
      description: 'Which values to list (its `scope` is ignored here).',
    })
    filter?: ObservationFilter,
  ): Promise<Page<Observation>> {
    return observationsOf<number>(loaders, 'programme_id', { ...filter, scope: null }, toPageRequest(page)).load(
      programme.id,
    );
  }

  @FieldResolver(() => [WorkingGroup], { description: 'Working groups set up under the programme.' })
  workingGroups(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<WorkingGroup[]> {
    return loaders.workingGroupsByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Network], { description: 'Networks formed under the programme.' })
  networks(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Network[]> {
    return loaders.networksByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Activity], { description: 'Capacity-building activities of the programme.' })
  activities(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Activity[]> {
    return loaders.activitiesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [GoodPractice], { description: 'Good practices that came out of the programme.' })
  goodPractices(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<GoodPractice[]> {
    return loaders.goodPracticesByProgramme.load(programme.id);
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme this one is part of.' })
  parent(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Programme | null> | null {
    return programme.parentId == null ? null : loaders.programmeById.load(programme.parentId);
  }

  @FieldResolver(() => Programme, { nullable: true, description: "The programme that continued this one's work." })
  successor(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Programme | null> | null {
    return programme.successorId == null ? null : loaders.programmeById.load(programme.successorId);
  }

  @FieldResolver(() => [Programme], {
    description:
      'The programmes whose work this one continued (those that name it as their successor), by code; only those the caller may read.',
  })
  predecessors(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<Programme[]> {
    return loaders.predecessorsByProgramme.load(programme.id);
  }

  @FieldResolver(() => [IndicatorResult], {
    description:
      'For each indicator with values about the programme itself: latest baseline, target and actual, and progress toward the target. Approved values only.',
  })
  results(@Root() programme: Programme, @Ctx() { loaders }: Context): Promise<IndicatorFigures[]> {
    return loaders.resultsByProgramme.load(programme.id);
  }

  @FieldResolver(() => [ComputedFigure], {
    description:
      "Figures the hub computes from its records about the programme, each beside the programme's own reported figure of the comparable indicator and their difference: INITIATIVE_COUNT, MUNICIPALITIES_REACHED, and SHARE_TRUE for each BOOLEAN indicator with initiative values (or whose comparable share the programme reports). Only records and approved values the viewer may read count.",
  })
  computedFigures(
    @Root() programme: Programme,
    @Ctx() { loaders }: Context,
    @Arg('period', () => DateRange, {
      nullable: true,
      description:
        'Only initiatives whose own period overlaps this range (an unknown start or end counts as open) and values whose period lies inside it; everything when not given. Participants have no period and always count.',
    })
    period?: DateRange | null,
  ): Promise<ComputedFigureRow[]> {
    if (period) checkRange(period.from, period.to, 'from', 'period.to');
    return loaders.computedFiguresByProgramme(period ? { from: period.from, to: period.to } : null).load(programme.id);
  }
}
