/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a Charter signatory stands with its Equality Action Plan. */
export type ActionPlanStatus =
  /** The action plan is adopted. */
  | 'ADOPTED'
  /** No action plan yet, and the two years after signing have not run out. */
  | 'DUE'
  /** No action plan, and more than two years have passed since signing. */
  | 'OVERDUE'
  /** No action plan recorded and no signing date to count from. */
  | 'UNKNOWN';

/** What the hub computes about a programme from its own records. */
export type ComputedFigureKind =
  /** Initiatives recorded under the programme (with a period: those whose own period overlaps it). */
  | 'INITIATIVE_COUNT'
  /** Distinct municipalities taking part: the programme's participants, and the participating and lead municipalities of the counted initiatives. */
  | 'MUNICIPALITIES_REACHED'
  /** For one BOOLEAN indicator observed at initiative level: 100 × initiatives whose latest approved value is true (1) / initiatives with a value (0 or 1). */
  | 'SHARE_TRUE';

/** The part an organisation plays in implementing a programme. */
export type ImplementerRole =
  | 'LEAD'
  | 'PARTNER'
  | 'TECHNICAL_SUPPORT';

/** How an indicator's values combine across scopes and periods. */
export type IndicatorAggregation =
  | 'LATEST'
  | 'MEAN'
  | 'SHARE'
  | 'SUM';

/** Which way is better for an indicator's values. */
export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER'
  | 'NEUTRAL';

/** What an indicator's values measure in. */
export type IndicatorUnit =
  | 'BOOLEAN'
  | 'COUNT'
  | 'MONEY'
  | 'PERCENT'
  | 'SCORE';

/** The tier of a local or regional self-government unit. */
export type MunicipalityKind =
  | 'CITY'
  | 'MUNICIPALITY'
  | 'REGION';

/** How each indicator's values are put on one scale before they are weighted together. */
export type Normalisation =
  /** Min-max: 0 for the worst value among the ranked municipalities, 1 for the best, linear between. When every municipality with data has the same value, each scores 0.5. */
  | 'MIN_MAX'
  /** Z-score: how many (population) standard deviations a value lies on the better side of the mean; 0 at the mean, negative on the worse side. When every municipality with data has the same value, each scores 0. */
  | 'Z_SCORE';

/** Baseline, target or actual value. */
export type ObservationKind =
  | 'ACTUAL'
  | 'BASELINE'
  | 'TARGET';

/** How a series cuts its range into periods. */
export type PeriodType =
  /** The whole range as one period. */
  | 'CUSTOM'
  /** Calendar half-years: January-June and July-December. */
  | 'HALF_YEAR'
  /** Calendar quarters. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** The role a person has in local government work: who is trained, who sits in a working group. */
export type PersonRole =
  | 'ASSOCIATION_STAFF'
  | 'CIVIL_SERVANT'
  | 'GENDER_EQUALITY_STRATEGIST'
  | 'GENDER_EXPERT'
  | 'KEY_ACTOR'
  | 'MANAGER'
  | 'MUNICIPAL_REPRESENTATIVE'
  | 'NGO_REPRESENTATIVE'
  | 'POLITICIAN'
  | 'PROCESS_LEADER'
  | 'PROJECT_LEADER';

/** Which programmes to list; every condition given must hold. */
export type ProgrammeFilter = {
  /** Ran (or, before it started, was planned to run) during this year. */
  activeInYear?: number | null | undefined;
  /** Works in this country (ISO 3166-1 alpha-2). */
  country?: string | null | undefined;
  /** Funded by the organisation with this code, for example `GOV-SE`. */
  funder?: string | null | undefined;
  /** Text contained in the code or the English or original name, ignoring case. */
  search?: string | null | undefined;
  /** Works on the theme with this code. */
  theme?: string | null | undefined;
};

/** What the values of a series may be grouped by. */
export type SeriesDimension =
  /** The country of the value: its country scope, or the country of its municipality or region. */
  | 'COUNTRY'
  /** The municipality, city or region the value is about. */
  | 'MUNICIPALITY'
  /** The programme of the value: its programme scope, or the programme of its initiative or activity. */
  | 'PROGRAMME'
  /** The region of the value: a region's own values, and those of the municipalities whose parent it is. */
  | 'REGION'
  /** The role cell; values for every role together are then left out (needs an indicator disaggregated by role). */
  | 'ROLE'
  /** The sex cell: TOTAL, FEMALE and MALE each a group (needs an indicator disaggregated by sex). */
  | 'SEX';

/** The sex disaggregation cell of a figure: TOTAL for women and men together. */
export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'TOTAL';

/** An indicator to rank on, and how much it counts in the composite score. */
export type WeightedIndicator = {
  /** The indicator's code; NOT_FOUND when there is none. Its direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER. */
  code: string;
  /** Relative weight, 0 to 1000 (default 1); only the ratios between weights matter. The weights may not all be zero. */
  weight?: number;
};

export type BenchmarkQueryVariables = Exact<{
  country: string;
  year: number;
  indicators: Array<WeightedIndicator> | WeightedIndicator;
  normalisation: Normalisation;
  rank: boolean;
}>;


export type BenchmarkQuery = { countries: Array<{ code: string, nameEn: string, nameLocal: string }>, indicators: { nodes: Array<{ code: string, nameEn: string, direction: IndicatorDirection, unit: IndicatorUnit }> }, municipalityRanking?: { municipalityCount: number, rankedCount: number, entries: { totalCount: number, nodes: Array<{ rank: number | null, percentile: number | null, composite: number | null, municipality: { code: string | null, nameLocal: string, nameEn: string | null }, coverage: { available: number, requested: number }, scores: Array<{ missing: boolean, value: number | null, indicator: { code: string, nameEn: string } }> }> } } };

export type CharterViewQueryVariables = Exact<{
  from: number;
  to: number;
}>;


export type CharterViewQuery = { charterSignatoryCounts: Array<{ year: number, signedInYear: number, signatories: number, actionPlansAdopted: number, overdue: number, undatedSignatories: number, country: { code: string, nameEn: string }, reportedSignatories: { value: number, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null }> };

export type MunicipalityProfileViewQueryVariables = Exact<{
  country: string;
  code: string;
}>;


export type MunicipalityProfileViewQuery = { municipality: { nameLocal: string, nameEn: string | null, kind: MunicipalityKind, validTo: string | null, mayImportObservations: boolean, country: { code: string, nameEn: string }, parent: { nameLocal: string } | null, charterSignature: { signedOn: string | null, actionPlanStatus: ActionPlanStatus, actionPlanDueOn: string | null, actionPlanAdoptedOn: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, programmeParticipations: Array<{ programme: { code: string, nameEn: string }, grant: { amount: number, currency: string } | null }>, initiatives: { nodes: Array<{ code: string, nameEn: string, programme: { code: string, nameEn: string } }> }, results: Array<{ progress: number | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, latestActual: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, target: { value: number } | null }>, countryComparisons: Array<{ year: number, value: number, lowerQuartile: number, median: number, upperQuartile: number, municipalitiesWithValue: number, rank: number | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit } }>, observations: { nodes: Array<{ sex: Sex, periodStart: string, periodEnd: string, value: number, indicator: { code: string, nameEn: string, unit: IndicatorUnit } }> } } };

export type ProgrammeReportQueryVariables = Exact<{
  code: string;
}>;


export type ProgrammeReportQuery = { programme: { code: string, nameEn: string, nameLocal: string | null, summary: string | null, website: string | null, plannedStartOn: string | null, plannedEndOn: string | null, startOn: string | null, endOn: string | null, budget: { amount: number, currency: string } | null, funders: Array<{ funder: { code: string, nameEn: string, nameLocal: string | null }, amount: { amount: number, currency: string } | null }>, implementers: Array<{ role: ImplementerRole, organisation: { code: string, nameEn: string, nameLocal: string | null } }>, countries: Array<{ code: string, nameEn: string, nameLocal: string }>, components: Array<{ position: number, nameEn: string, nameLocal: string | null }>, parent: { code: string, nameEn: string } | null, predecessors: Array<{ code: string, nameEn: string }>, successor: { code: string, nameEn: string } | null, results: Array<{ progress: number | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, baseline: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, target: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null, latestActual: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null }>, computedFigures: Array<{ kind: ComputedFigureKind, value: number | null, difference: number | null, comparableIndicator: { code: string, nameEn: string } | null, reported: { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null } | null }>, observations: { nodes: Array<{ kind: ObservationKind, sex: Sex, value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, indicator: { code: string, nameEn: string, unit: IndicatorUnit }, source: { title: string, url: string | null, publishedYear: number | null } | null }> }, participants: Array<{ municipality: { code: string | null, nameLocal: string, nameEn: string | null, country: { code: string } }, grant: { amount: number, currency: string } | null }> } };

export type ReportedValueFragment = { value: number, periodStart: string, periodEnd: string, sourceQuote: string | null, source: { title: string, url: string | null, publishedYear: number | null } | null };

export type ProgrammeListQueryVariables = Exact<{
  filter?: ProgrammeFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ProgrammeListQuery = { programmes: { totalCount: number, nodes: Array<{ code: string, nameEn: string, nameLocal: string | null, startOn: string | null, endOn: string | null, plannedStartOn: string | null, plannedEndOn: string | null, countries: Array<{ code: string, nameEn: string }>, themes: Array<{ code: string, nameEn: string }> }> }, countries: Array<{ code: string, nameEn: string, nameLocal: string }>, themes: Array<{ code: string, nameEn: string }> };

export type SeriesViewQueryVariables = Exact<{
  indicator: string;
  from: string;
  to: string;
  period: PeriodType;
  groupBy: Array<SeriesDimension> | SeriesDimension;
  show: boolean;
}>;


export type SeriesViewQuery = { indicators: { nodes: Array<{ code: string, nameEn: string, unit: IndicatorUnit }> }, series?: { indicator: { code: string, nameEn: string, unit: IndicatorUnit, aggregation: IndicatorAggregation }, points: Array<{ periodStart: string, periodEnd: string, empty: boolean, value: number | null, observationCount: number, sex: Sex | null, role: PersonRole | null, country: { nameEn: string } | null, region: { nameLocal: string } | null, municipality: { nameLocal: string } | null, programme: { nameEn: string } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReportedValueFragmentDoc = new TypedDocumentString(`
    fragment ReportedValue on Observation {
  value
  periodStart
  periodEnd
  sourceQuote
  source {
    title
    url
    publishedYear
  }
}
    `, {"fragmentName":"ReportedValue"}) as unknown as TypedDocumentString<ReportedValueFragment, unknown>;
export const BenchmarkDocument = {"__meta__":{"hash":"sha256:cfa9b71495ad5472d779a5a1121fd045a285187196b2be4e20795912226b2681"}} as unknown as TypedDocumentString<BenchmarkQuery, BenchmarkQueryVariables>;
export const CharterViewDocument = {"__meta__":{"hash":"sha256:2c458b6e2059dda473d4df816874a4ffebc80efbe16cf7776665f83b38638bcc"}} as unknown as TypedDocumentString<CharterViewQuery, CharterViewQueryVariables>;
export const MunicipalityProfileViewDocument = {"__meta__":{"hash":"sha256:8e4ae41eedc027bbf18e608ed93cd835b075d95b8cc67e8eb0a8a648d1c28e60"}} as unknown as TypedDocumentString<MunicipalityProfileViewQuery, MunicipalityProfileViewQueryVariables>;
export const ProgrammeReportDocument = {"__meta__":{"hash":"sha256:5a2ce0a47b799a213be587efa0f062a263eed9dd4781a8c4363223de37269f91"}} as unknown as TypedDocumentString<ProgrammeReportQuery, ProgrammeReportQueryVariables>;
export const ProgrammeListDocument = {"__meta__":{"hash":"sha256:bf73131a0c39aec8a684c619b5ba0f5bfd082dbdc17ed739f271a2a42a56c980"}} as unknown as TypedDocumentString<ProgrammeListQuery, ProgrammeListQueryVariables>;
export const SeriesViewDocument = {"__meta__":{"hash":"sha256:f4bf8ce39b7e82fe56cb3004878ffff297750f8bc1f1b81638debdd656c70cd1"}} as unknown as TypedDocumentString<SeriesViewQuery, SeriesViewQueryVariables>;