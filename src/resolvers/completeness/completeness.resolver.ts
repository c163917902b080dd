import { Arg, Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { pageCompletenessScopes } from '../../analytics/completeness';
import { countCompletenessScopes } from '../../analytics/completeness-cells';
import {
  checkCompletenessArguments,
  checkCompletenessSize,
  MAX_CELLS_PER_INDICATOR,
  MAX_COMPLETENESS_CELLS,
  MAX_COMPLETENESS_INDICATORS,
  type CompletenessRequest,
  type CompletenessScopes,
} from '../../analytics/completeness-request';
import type { ScopeCounts } from '../../analytics/scope-counts';
import { MAX_SERIES_PERIODS, PeriodType, periodGrid } from '../../analytics/series-periods';
import { Disaggregation, type Indicator } from '../../entities/indicator.entity';
import { MunicipalityKind } from '../../entities/municipality.entity';
import { ReviewStatus } from '../../entities/observation.entity';
import type { Loaders } from '../../loaders/loaders';
import type { Reader } from '../../loaders/reader';
import type { Context } from '../../loaders/request-context';
import type { Page } from '../../schema/connection';
import { notFound } from '../../schema/errors';
import { atMost, fieldCost } from '../field-cost';
import { PageArgs, toPageRequest } from '../../schema/page-args';
import { CountryCode, LocalDate } from '../../schema/scalars';
import {
  CompletenessReport,
  IndicatorCompleteness,
  ScopeCompleteness,
  ScopeCompletenessConnection,
  withShare,
} from './completeness.type';

const INDICATORS = `The codes of the indicators whose values are expected, 1 to ${MAX_COMPLETENESS_INDICATORS}, each once; NOT_FOUND naming the first unknown one.`;
const PERIOD = `How to cut the range into periods (at most ${MAX_SERIES_PERIODS}); BAD_USER_INPUT when periods × scopes × indicator cells exceed ${MAX_COMPLETENESS_CELLS}.`;
const REVIEW_STATUSES =
  'The review states a value may be in to count as present; only APPROVED unless asked. Unapproved values count only where the viewer may read them.';

/**
 * Expected cells one cost point stands for: PostgreSQL builds and matches about 2 700 cells a
 * millisecond (214 200 in 80 ms), where the hub resolves fields at about 100 cost points a millisecond.
 */
const CELLS_PER_POINT = 25;

/** The arguments a report's cost is reckoned from. */
interface CompletenessCostArgs {
  indicators: string[];
  from: string;
  to: string;
  period: PeriodType;
}

/**
 * A report's cost: its selections, plus each cell statement's expected cells (periods × indicators
 * × 3 sex cells × at most `scopes`, capped where the resolver refuses) at `CELLS_PER_POINT`. Each
 * statement walks every expected cell: the counts, one for each `scopes` selection (aliases each
 * run their own) and one for each `missingCells` selection under them.
 */
function completenessCost<Args extends CompletenessCostArgs>(scopes: (args: Args, counts: ScopeCounts) => number) {
  return fieldCost<Args>(({ args, childComplexity, scopeCounts, selected, selectedBelow }) => {
    const statements = 1 + selected('scopes') + selectedBelow('scopes', 'missingCells');
    const periods = atMost(periodGrid(args.from, args.to, args.period).count, MAX_SERIES_PERIODS);
    const indicatorCells = atMost(args.indicators.length, MAX_COMPLETENESS_INDICATORS) * MAX_CELLS_PER_INDICATOR;
    const cells = atMost(
      periods * indicatorCells * atMost(scopes(args, scopeCounts), MAX_COMPLETENESS_CELLS),
      MAX_COMPLETENESS_CELLS,
    );
    return 1 + childComplexity + statements * Math.ceil(cells / CELLS_PER_POINT);
  });
}

/** The indicators of `codes` in order, found through the request's loader (one statement); NOT_FOUND naming the first unknown one. */
async function findIndicators(loaders: Loaders, codes: string[]): Promise<Indicator[]> {
  const rows = await Promise.all(codes.map((code) => loaders.indicatorByCode.load(code)));
  return rows.map((row, index) => {
    if (!row) throw notFound(`indicators[${index}]`, codes[index]);
    loaders.indicatorById.prime(row.id, row);
    return row;
  });
}

/** The request, once its scopes are known to fit the cap (one statement counts them). */
async function checkedRequest(
  reader: Reader,
  scopes: CompletenessScopes,
  indicators: Indicator[],
  from: string,
  to: string,
  period: PeriodType,
  reviewStatuses: ReviewStatus[],
  periodCount: number,
): Promise<CompletenessRequest> {
  const request: CompletenessRequest = {
    scopes,
    from,
    to,
    period,
    reviewStatuses,
    indicators: indicators.map((indicator) => ({
      id: indicator.id,
      bySex: indicator.disaggregations.includes(Disaggregation.SEX),
    })),
  };
  checkCompletenessSize(
    periodCount,
    await countCompletenessScopes(reader, request),
    request.indicators,
    from,
    to,
    period,
  );
  return request;
}

@Resolver(() => CompletenessReport)
export class CompletenessResolver {
  @Query(() => CompletenessReport, {
    complexity: completenessCost<CompletenessCostArgs & { country: string; kind?: MunicipalityKind | null }>(
      (args, counts) => counts.municipalities(args.country, args.kind ?? null),
    ),
    description:
      "Which expected values of the chosen indicators a country's municipalities are missing, per municipality and period. The scopes are every municipality, city and region of the country (or of the tier `kind`) that existed on the range's first day (`validTo` empty or on or after `from`); each is expected for every period that starts on or before its `validTo`. See CompletenessReport for what is expected and what is present. NOT_FOUND for an unknown country or indicator; BAD_USER_INPUT for `to` before `from`, an empty, oversized or repeated indicator list, no review status, or too many expected cells.",
  })
  async municipalityCompleteness(
    @Ctx() { reader, loaders }: Context,
    @Arg('country', () => CountryCode, { description: 'ISO 3166-1 alpha-2 code of the country, for example `NO`.' })
    country: string,
    @Arg('indicators', () => [String], { description: INDICATORS }) indicatorCodes: string[],
    @Arg('from', () => LocalDate, { description: 'First day of the range (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the range (YYYY-MM-DD), on or after `from`.' }) to: string,
    @Arg('period', () => PeriodType, { description: PERIOD }) period: PeriodType,
    @Arg('kind', () => MunicipalityKind, {
      nullable: true,
      description: 'Only this tier (municipalities, cities or regions); every tier when omitted.',
    })
    kind: MunicipalityKind | null | undefined,
    @Arg('reviewStatuses', () => [ReviewStatus], {
      defaultValue: [ReviewStatus.APPROVED],
      description: REVIEW_STATUSES,
    })
    reviewStatuses: ReviewStatus[],
  ): Promise<CompletenessReport> {
    const periodCount = checkCompletenessArguments(indicatorCodes, from, to, period, reviewStatuses);
    const [countryRow, indicators] = await Promise.all([
      loaders.countryByCode.load(country),
      findIndicators(loaders, indicatorCodes),
    ]);
    if (!countryRow) throw notFound('country', country);
    const scopes = { countryCode: countryRow.code, municipalityKind: kind ?? null };
    const request = await checkedRequest(reader, scopes, indicators, from, to, period, reviewStatuses, periodCount);
    return new CompletenessReport(
      { country: countryRow, municipalityKind: kind ?? null },
      indicators,
      request,
      periodCount,
    );
  }

  @Query(() => CompletenessReport, {
    complexity: completenessCost((_args, counts) => 1 + counts.largestProgrammeParticipants),
    description:
      "Which expected values of the chosen indicators a programme and its participating municipalities are missing, per scope and period. The scopes are the programme itself (its own values, scope PROGRAMME) and each municipality taking part in it (its values, scope MUNICIPALITY) that existed on the range's first day; each municipality is expected for every period that starts on or before its `validTo`. Initiatives and sub-programmes are not scopes of the report. See CompletenessReport for what is expected and what is present. NOT_FOUND for a programme the viewer may not read or an unknown indicator; BAD_USER_INPUT as for `municipalityCompleteness`.",
  })
  async programmeCompleteness(
    @Ctx() { reader, loaders }: Context,
    @Arg('programme', { description: "The programme's code, for example `NO_LIKESTILTE_KOMMUNER`." })
    programmeCode: string,
    @Arg('indicators', () => [String], { description: INDICATORS }) indicatorCodes: string[],
    @Arg('from', () => LocalDate, { description: 'First day of the range (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the range (YYYY-MM-DD), on or after `from`.' }) to: string,
    @Arg('period', () => PeriodType, { description: PERIOD }) period: PeriodType,
    @Arg('reviewStatuses', () => [ReviewStatus], {
      defaultValue: [ReviewStatus.APPROVED],
      description: REVIEW_STATUSES,
    })
    reviewStatuses: ReviewStatus[],
  ): Promise<CompletenessReport> {
    const periodCount = checkCompletenessArguments(indicatorCodes, from, to, period, reviewStatuses);
    const [programme, indicators] = await Promise.all([
      loaders.programmeByCode.load(programmeCode),
      findIndicators(loaders, indicatorCodes),
    ]);
    if (!programme) throw notFound('programme', programmeCode);
    loaders.programmeById.prime(programme.id, programme);
    const request = await checkedRequest(
      reader,
      { programmeId: programme.id },
      indicators,
      from,
      to,
      period,
      reviewStatuses,
      periodCount,
    );
    return new CompletenessReport({ programme }, indicators, request, periodCount);
  }

  @FieldResolver(() => Int, { description: 'How many scopes the report covers.' })
  async scopeCount(@Root() report: CompletenessReport, @Ctx() { reader }: Context): Promise<number> {
    return (await report.summarise(reader)).scopeCount;
  }

  @FieldResolver(() => Int, { description: 'Expected cells of every scope, period and indicator together.' })
  async expectedCount(@Root() report: CompletenessReport, @Ctx() { reader }: Context): Promise<number> {
    return (await report.summarise(reader)).expectedCount;
  }

  @FieldResolver(() => Int, { description: 'Of them, the cells that have a value.' })
  async presentCount(@Root() report: CompletenessReport, @Ctx() { reader }: Context): Promise<number> {
    return (await report.summarise(reader)).presentCount;
  }

  @FieldResolver(() => Int, { description: 'Of them, the cells without a value.' })
  async missingCount(@Root() report: CompletenessReport, @Ctx() { reader }: Context): Promise<number> {
    return withShare(await report.summarise(reader)).missingCount;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Present cells divided by expected cells over the whole report, from 0 to 1; null when nothing is expected.',
  })
  async completeness(@Root() report: CompletenessReport, @Ctx() { reader }: Context): Promise<number | null> {
    return withShare(await report.summarise(reader)).completeness;
  }

  @FieldResolver(() => [IndicatorCompleteness], {
    description: "Each indicator's counts over every scope and period, in the order asked for.",
  })
  async indicators(@Root() report: CompletenessReport, @Ctx() { reader }: Context): Promise<IndicatorCompleteness[]> {
    const { indicators } = await report.summarise(reader);
    return indicators.map((row, index) => withShare({ ...row, indicator: report.indicatorRows[index] }));
  }

  @FieldResolver(() => ScopeCompletenessConnection, {
    description:
      'The scopes, a page at a time: least complete first, the programme before municipalities when equally complete, then by name.',
  })
  scopes(
    @Root() report: CompletenessReport,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { reader }: Context,
  ): Promise<Page<ScopeCompleteness>> {
    return pageCompletenessScopes(reader, report.request, toPageRequest(page), (row) => ({
      ...withShare(row),
      report,
    }));
  }
}
