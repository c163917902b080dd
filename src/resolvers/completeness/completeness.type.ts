import type DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { CompletenessScopeKind } from '../../analytics/completeness-cells';
import { summariseCompleteness, type CompletenessCounts, type CompletenessSummary } from '../../analytics/completeness';
import type { CompletenessRequest } from '../../analytics/completeness-request';
import { PeriodType } from '../../analytics/series-periods';
import { Country } from '../../entities/country.entity';
import { Indicator } from '../../entities/indicator.entity';
import { MunicipalityKind } from '../../entities/municipality.entity';
import { ReviewStatus, ScopeKind } from '../../entities/observation.entity';
import { Programme } from '../../entities/programme.entity';
import { Sex } from '../../entities/sex.enum';
import {
  createCompletenessMissingCellsLoader,
  type MissingCellRow,
  type MissingCellsKey,
} from '../../loaders/completeness-missing-cells.loader';
import type { Reader } from '../../loaders/reader';
import { ConnectionType, type Page } from '../../schema/connection';
import { pageRequestKey, type PageRequest } from '../../schema/page-args';
import { LocalDate } from '../../schema/scalars';

const EXPECTED =
  'Expected cells: one per scope, period and indicator (TOTAL), plus FEMALE and MALE for an indicator disaggregated by SEX; a municipality is not expected for the periods that start after its `validTo`.';
const PRESENT =
  'Expected cells that have a value: an ACTUAL value of the scope, indicator and sex cell, for every role together, in one of the review states asked for and readable by the viewer, whose own period lies inside the period.';
const SHARE =
  'Present cells divided by expected cells, from 0 (nothing reported) to 1 (complete); null when nothing is expected.';

/** Counts with what follows from them: the missing cells and the completeness share. */
export interface CountsWithShare extends CompletenessCounts {
  missingCount: number;
  completeness: number | null;
}

export function withShare<T extends CompletenessCounts>(counts: T): T & CountsWithShare {
  return {
    ...counts,
    missingCount: counts.expectedCount - counts.presentCount,
    completeness: counts.expectedCount === 0 ? null : counts.presentCount / counts.expectedCount,
  };
}

@ObjectType({
  description: 'An expected value that is missing: no value of its scope for this indicator, period and sex cell.',
})
export class MissingCell {
  /** The indicator's id; the `indicator` field resolves it. */
  indicatorId!: number;

  @Field(() => LocalDate, {
    description:
      "First day of the period: the calendar period's, or the range's first day when the range starts inside it.",
  })
  periodStart!: string;

  @Field(() => LocalDate, {
    description:
      "Last day of the period: the calendar period's, or the range's last day when the range ends inside it.",
  })
  periodEnd!: string;

  @Field(() => Sex, { description: 'The sex cell: TOTAL, or FEMALE or MALE of an indicator disaggregated by SEX.' })
  sex!: Sex;
}

@ObjectType({ description: 'A page of MissingCell items.' })
export class MissingCellConnection extends ConnectionType(MissingCell, 'MissingCell') {}

@ObjectType({ description: "How complete one indicator's values are, over every scope and period of a report." })
export class IndicatorCompleteness {
  @Field(() => Indicator, { description: 'The indicator.' })
  indicator!: Indicator;

  @Field(() => Int, { description: EXPECTED })
  expectedCount!: number;

  @Field(() => Int, { description: PRESENT })
  presentCount!: number;

  @Field(() => Int, { description: 'Expected cells without a value.' })
  missingCount!: number;

  @Field(() => Float, { nullable: true, description: SHARE })
  completeness!: number | null;
}

/** Root value: a `ScopeCompletenessRow` with its share and its report, for the missing cells. */
@ObjectType({
  description: "How complete one scope's values are: a municipality, or the programme of a programme report.",
})
export class ScopeCompleteness {
  @Field(() => ScopeKind, { description: 'MUNICIPALITY or PROGRAMME: what `scope` is.' })
  scopeKind!: CompletenessScopeKind;

  /** The scope's id; the `scope` field resolves it. */
  scopeId!: number;

  @Field(() => Int, { description: EXPECTED })
  expectedCount!: number;

  @Field(() => Int, { description: PRESENT })
  presentCount!: number;

  @Field(() => Int, { description: 'Expected cells without a value: the length of `missingCells`.' })
  missingCount!: number;

  @Field(() => Float, { nullable: true, description: SHARE })
  completeness!: number | null;

  /** The report the scope belongs to. */
  report!: CompletenessReport;
}

@ObjectType({ description: 'A page of ScopeCompleteness items.' })
export class ScopeCompletenessConnection extends ConnectionType(ScopeCompleteness, 'ScopeCompleteness') {}

@ObjectType({
  description:
    'Which expected indicator values are missing, per scope, for a range cut into periods. Expected: for every scope, every period and every indicator asked for, its TOTAL cell, and its FEMALE and MALE cells when the indicator is disaggregated by SEX (role cells are never expected). Present: an ACTUAL value for the scope, indicator and sex cell, covering every role, in a review state asked for (APPROVED unless told) and readable by the viewer, whose own period lies inside the period (a yearly value fills a YEAR period, not a QUARTER). Counted in the database, a fixed number of statements whatever the number of scopes.',
})
export class CompletenessReport {
  @Field(() => Country, {
    nullable: true,
    description: 'The country, for a report on its municipalities; null for a programme report.',
  })
  country: Country | null;

  @Field(() => Programme, {
    nullable: true,
    description: 'The programme, for a programme report; null for a country report.',
  })
  programme: Programme | null;

  @Field(() => MunicipalityKind, {
    nullable: true,
    description:
      'The tier of a country report, when one was asked for; null for every tier and for a programme report.',
  })
  municipalityKind: MunicipalityKind | null;

  @Field(() => LocalDate, { description: 'First day of the range.' })
  from: string;

  @Field(() => LocalDate, { description: 'Last day of the range.' })
  to: string;

  @Field(() => PeriodType, { description: 'How the range is cut into periods.' })
  period: PeriodType;

  @Field(() => Int, { description: 'How many periods the range is cut into.' })
  periodCount: number;

  @Field(() => [ReviewStatus], {
    description: 'The review states a value may be in to count as present (always within what the viewer may read).',
  })
  reviewStatuses: ReviewStatus[];

  /** The checked request, for the field resolvers that run its SQL. */
  readonly request: CompletenessRequest;
  /** The indicators in request order. */
  readonly indicatorRows: Indicator[];

  private summary?: Promise<CompletenessSummary>;
  private readonly missingCellLoaders = new Map<string, DataLoader<MissingCellsKey, Page<MissingCellRow>, string>>();

  constructor(
    place: { country: Country; municipalityKind: MunicipalityKind | null } | { programme: Programme },
    indicators: Indicator[],
    request: CompletenessRequest,
    periodCount: number,
  ) {
    this.country = 'country' in place ? place.country : null;
    this.programme = 'programme' in place ? place.programme : null;
    this.municipalityKind = 'country' in place ? place.municipalityKind : null;
    this.from = request.from;
    this.to = request.to;
    this.period = request.period;
    this.periodCount = periodCount;
    this.reviewStatuses = request.reviewStatuses;
    this.request = request;
    this.indicatorRows = indicators;
  }

  /** The report's counts: one statement, however many of its fields are asked for. */
  summarise(reader: Reader): Promise<CompletenessSummary> {
    return (this.summary ??= summariseCompleteness(reader, this.request));
  }

  /** The loader of one page request of missing cells, over every scope of the report that asks for it. */
  missingCells(reader: Reader, page: PageRequest): DataLoader<MissingCellsKey, Page<MissingCellRow>, string> {
    const key = pageRequestKey(page);
    let loader = this.missingCellLoaders.get(key);
    if (!loader) {
      loader = createCompletenessMissingCellsLoader(reader, this.request, page);
      this.missingCellLoaders.set(key, loader);
    }
    return loader;
  }
}
