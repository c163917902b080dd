import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ScopeCounts } from '../../analytics/scope-counts';
import { loadSeries, MAX_SERIES_POINTS } from '../../analytics/series';
import { SeriesDimension } from '../../analytics/series-dimensions';
import { MAX_SERIES_PERIODS, PeriodType, periodGrid } from '../../analytics/series-periods';
import { Disaggregation } from '../../entities/indicator.entity';
import { MunicipalityKind } from '../../entities/municipality.entity';
import { ObservationKind, ReviewStatus } from '../../entities/observation.entity';
import { PersonRole } from '../../entities/person-role.enum';
import { Sex } from '../../entities/sex.enum';
import type { Context } from '../../loaders/request-context';
import { badUserInput, notFound } from '../../schema/errors';
import { atMost, fieldCost } from '../field-cost';
import { integerKeyOf } from '../../schema/global-id';
import { LocalDate } from '../../schema/scalars';
import { SeriesFilter } from './series-filter.input';
import { Series } from './series.type';
import { checkRange } from '../../schema/date-range';

/** The disaggregation an indicator needs before its values can be grouped by a dimension. */
const CELL_DIMENSIONS: Partial<Record<SeriesDimension, Disaggregation>> = {
  [SeriesDimension.SEX]: Disaggregation.SEX,
  [SeriesDimension.ROLE]: Disaggregation.ROLE,
};

/** The most groups each dimension can split a series into: its members in the hub (of the filtered country when there is one), and the group of values without one. */
const GROUP_BOUNDS: Record<SeriesDimension, (counts: ScopeCounts, country: string | null) => number> = {
  [SeriesDimension.COUNTRY]: (counts, country) => (country === null ? counts.countries : 1) + 1,
  [SeriesDimension.REGION]: (counts, country) => counts.municipalities(country, MunicipalityKind.REGION) + 1,
  [SeriesDimension.MUNICIPALITY]: (counts, country) => counts.municipalities(country, null) + 1,
  [SeriesDimension.PROGRAMME]: (counts) => counts.programmes + 1,
  [SeriesDimension.SEX]: () => Object.keys(Sex).length,
  [SeriesDimension.ROLE]: () => Object.keys(PersonRole).length,
};

/**
 * A series' cost: each point it may answer (periods × the groups of every dimension, up to the
 * 20 001 rows the statement reads before it refuses) costs its row and its selections.
 */
const seriesCost = fieldCost<{
  from: string;
  to: string;
  period: PeriodType;
  groupBy: SeriesDimension[];
  filter?: SeriesFilter | null;
}>(({ args, childComplexity, scopeCounts }) => {
  const country = args.filter?.country ?? null;
  const points = [...new Set(args.groupBy)].reduce(
    (bound, dimension) => atMost(bound * GROUP_BOUNDS[dimension](scopeCounts, country), MAX_SERIES_POINTS + 1),
    atMost(periodGrid(args.from, args.to, args.period).count, MAX_SERIES_PERIODS),
  );
  return 1 + points * (1 + childComplexity);
});

@Resolver(() => Series)
export class SeriesResolver {
  @Query(() => Series, {
    complexity: seriesCost,
    description:
      "An indicator's values over a range, one point per period and group, each aggregated in the database by the indicator's own rule (SUM, MEAN, SHARE as sum of numerators over sum of denominators, LATEST), up the hierarchies municipality → region → country and initiative or activity → programme (filter.programme also takes in the programmes under it). Values of several levels of one hierarchy (a region's own total and those of its municipalities) add up: use filter.scopeKinds to keep one level. Only values the viewer may read count. Totals (sex TOTAL, every role) unless grouped by SEX or ROLE.",
  })
  async series(
    @Ctx() { reader, loaders }: Context,
    @Arg('indicator', { description: "The indicator's code; NOT_FOUND when there is none." }) indicatorCode: string,
    @Arg('from', () => LocalDate, { description: 'First day of the range (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the range (YYYY-MM-DD), on or after `from`.' }) to: string,
    @Arg('period', () => PeriodType, {
      description: `How to cut the range into periods; at most ${MAX_SERIES_PERIODS} periods.`,
    })
    period: PeriodType,
    @Arg('groupBy', () => [SeriesDimension], {
      defaultValue: [],
      description: 'The dimensions to group by; none gives one group of everything.',
    })
    groupBy: SeriesDimension[],
    @Arg('filter', () => SeriesFilter, { nullable: true, description: 'Which values to count.' })
    filter: SeriesFilter | undefined,
    @Arg('kind', () => ObservationKind, {
      defaultValue: ObservationKind.ACTUAL,
      description: 'Which kind of values to combine.',
    })
    kind: ObservationKind,
    @Arg('reviewStatuses', () => [ReviewStatus], {
      defaultValue: [ReviewStatus.APPROVED],
      description:
        'Review states to count; only APPROVED unless asked. Unapproved values count only where the viewer may read them.',
    })
    reviewStatuses: ReviewStatus[],
  ): Promise<Series> {
    checkRange(from, to, 'from', 'to');
    const grid = periodGrid(from, to, period);
    if (grid.count > MAX_SERIES_PERIODS) {
      throw badUserInput(
        'period',
        `${from}..${to} in ${period} periods makes ${grid.count} periods, more than ${MAX_SERIES_PERIODS}; ask for a longer period or a shorter range.`,
      );
    }
    if (reviewStatuses.length === 0) throw badUserInput('reviewStatuses', 'give at least one review status.');
    const municipalityId =
      filter?.municipality != null ? integerKeyOf(filter.municipality, 'Municipality', 'filter.municipality') : null;

    const [indicator, municipality, programme] = await Promise.all([
      loaders.indicatorByCode.load(indicatorCode),
      municipalityId != null ? loaders.municipalityById.load(municipalityId) : undefined,
      filter?.programme != null ? loaders.programmeByCode.load(filter.programme) : undefined,
    ]);
    if (!indicator) throw notFound('indicator', indicatorCode);
    if (municipality === null) throw notFound('filter.municipality', filter!.municipality!);
    if (programme === null) throw notFound('filter.programme', filter!.programme!);
    for (const dimension of groupBy) {
      const needed = CELL_DIMENSIONS[dimension];
      if (needed && !indicator.disaggregations.includes(needed)) {
        throw badUserInput(
          'groupBy',
          `${dimension}: the indicator ${indicatorCode} is not disaggregated by ${needed}.`,
        );
      }
    }

    const points = await loadSeries(reader, {
      indicator,
      from,
      to,
      period,
      groupBy,
      kind,
      reviewStatuses,
      countryCode: filter?.country,
      programmeCode: filter?.programme,
      municipalityId,
      scopeKinds: filter?.scopeKinds,
    });
    return { indicator, period, from, to, kind, reviewStatuses, points };
  }
}
