import { ObservationKind, ScopeKind } from '../entities/observation.entity';
import type { PersonRole } from '../entities/person-role.enum';
import { Sex } from '../entities/sex.enum';
import type { CountryCode } from './countries.seed-data';
import type { IndicatorCode } from './indicators.seed-data';
import type { OrganisationCode } from './organisations.seed-data';
import type { ProgrammeCode } from './programmes.seed-data';
import type { SourceKey } from './sources.seed-data';

/** What an observation is about, by natural key; `kind` says which scope column it fills. */
export type ObservationScopeSeed =
  | { kind: ScopeKind.PROGRAMME; programmeCode: ProgrammeCode }
  | { kind: ScopeKind.COUNTRY; countryCode: CountryCode }
  | { kind: ScopeKind.ORGANISATION; organisationCode: OrganisationCode };

/**
 * A published figure. Its natural key is (indicator, scope, period, sex, role, kind); `sourceQuote`
 * holds the source's own words where the seed has them (figures from the public facts come without).
 */
export interface ObservationSeed {
  indicatorCode: IndicatorCode;
  scope: ObservationScopeSeed;
  periodStart: string;
  periodEnd: string;
  sex: Sex;
  role?: PersonRole;
  kind: ObservationKind;
  value: string;
  numerator?: string;
  denominator?: string;
  sourceKey: SourceKey;
  sourceQuote?: string;
}

const HAJ = { kind: ScopeKind.PROGRAMME, programmeCode: 'HAJ' } as const;
const SWEDEN = { kind: ScopeKind.COUNTRY, countryCode: 'SE' } as const;
const NORWAY = { kind: ScopeKind.COUNTRY, countryCode: 'NO' } as const;
const SERBIA = { kind: ScopeKind.COUNTRY, countryCode: 'RS' } as const;
const { TOTAL } = Sex;
const { ACTUAL } = ObservationKind;

/** HåJ ran 2008-2013; counts "over the years" cover that whole span. */
const HAJ_YEARS = { periodStart: '2008-01-01', periodEnd: '2013-12-31' } as const;
/** The 2010 report's shares describe the state of the programme in that year. */
const HAJ_REPORT_2010 = { periodStart: '2010-01-01', periodEnd: '2010-12-31', sourceKey: 'haj-report-2010' } as const;
/**
 * Norway's counts are stated for 2024; Sweden's and Serbia's come undated from the same body of public
 * facts and are recorded for the same year (true then as well).
 */
const YEAR_2024 = { periodStart: '2024-01-01', periodEnd: '2024-12-31' } as const;

export const observations = [
  // Programme for Sustainable Gender Equality (HåJ).
  {
    indicatorCode: 'INITIATIVES_FUNDED',
    scope: HAJ,
    ...HAJ_YEARS,
    sex: TOTAL,
    kind: ACTUAL,
    value: '88',
    sourceKey: 'haj-gender-mainstreaming-at-local-level',
    sourceQuote: 'have over the years funded 88 initiatives on gender mainstreaming',
  },
  {
    indicatorCode: 'GENDER_TRAINING_PARTICIPANTS',
    scope: HAJ,
    ...HAJ_YEARS,
    sex: TOTAL,
    kind: ACTUAL,
    value: '66000',
    sourceKey: 'haj-gender-mainstreaming-at-local-level',
    sourceQuote: '66 000 politicians, managers and civil servants has particpated in gender training',
  },
  {
    indicatorCode: 'HAJ_TANGIBLE_IMPROVEMENTS_SHARE',
    scope: HAJ,
    ...HAJ_REPORT_2010,
    sex: TOTAL,
    kind: ACTUAL,
    value: '63',
    sourceQuote: '63% of all development projects have achieved tangible operational improvements',
  },
  {
    indicatorCode: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE',
    scope: HAJ,
    ...HAJ_REPORT_2010,
    sex: TOTAL,
    kind: ACTUAL,
    value: '80',
    sourceQuote: '80% have integrated gender control and management systems or are about to do so',
  },
  {
    indicatorCode: 'HAJ_RESULTS_DISSEMINATION_PLANNED_SHARE',
    scope: HAJ,
    ...HAJ_REPORT_2010,
    sex: TOTAL,
    kind: ACTUAL,
    value: '85',
    sourceQuote: 'Furthermore 85% plan to actively disseminate the results after the program.',
  },
  {
    indicatorCode: 'HAJ_GENDER_EQUALITY_STRENGTHENED_SHARE',
    scope: HAJ,
    ...HAJ_REPORT_2010,
    sex: TOTAL,
    kind: ACTUAL,
    value: '95',
    sourceQuote: 'A full 95% of participants states that gender equality has been strengthened by the resources',
  },
  {
    // "as many": the same 95 %.
    indicatorCode: 'HAJ_WORK_DEPENDENT_ON_PROGRAMME_SHARE',
    scope: HAJ,
    ...HAJ_REPORT_2010,
    sex: TOTAL,
    kind: ACTUAL,
    value: '95',
    sourceQuote:
      'A full 95% of participants states that gender equality has been strengthened by the resources and as many answers to work would not be conducted in the same way without the program.',
  },

  // Serbia: Charter signatories, as of document 000 (written in 2013).
  {
    indicatorCode: 'CHARTER_SIGNATORIES',
    scope: SERBIA,
    periodStart: '2013-01-01',
    periodEnd: '2013-12-31',
    sex: TOTAL,
    kind: ACTUAL,
    value: '11',
    sourceKey: 'salar-sctm-gender-collaboration',
    sourceQuote:
      'The European Charter for Equality of women and men in local life has been signed by 11 Serbian municipalities.',
  },

  // Norway's «Likestilte kommuner».
  {
    indicatorCode: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES',
    scope: { kind: ScopeKind.PROGRAMME, programmeCode: 'NO_LIKESTILTE_KOMMUNER' },
    periodStart: '2012-01-01',
    periodEnd: '2014-12-31',
    sex: TOTAL,
    kind: ACTUAL,
    value: '20',
    sourceKey: 'norway-gender-approach-in-local-policies',
    sourceQuote:
      'The twenty municipalities participating in the program receive both guidance and financial support to implement activities and pilot projects aiming to improve gender equality at local level.',
  },

  // Countries.
  {
    indicatorCode: 'MUNICIPALITIES_COUNT',
    scope: SWEDEN,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '290',
    sourceKey: 'kolada',
  },
  {
    indicatorCode: 'REGIONAL_AUTHORITIES_COUNT',
    scope: SWEDEN,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '21',
    sourceKey: 'kolada',
  },
  {
    indicatorCode: 'MUNICIPALITIES_COUNT',
    scope: NORWAY,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '357',
    sourceKey: 'kartverket-municipality-numbers',
  },
  {
    indicatorCode: 'REGIONAL_AUTHORITIES_COUNT',
    scope: NORWAY,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '15',
    sourceKey: 'kartverket-municipality-numbers',
  },
  {
    indicatorCode: 'LOCAL_GOVERNMENTS_COUNT',
    scope: SERBIA,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '145',
    sourceKey: 'serbia-local-self-government-facts',
  },
  {
    indicatorCode: 'MUNICIPALITIES_COUNT',
    scope: SERBIA,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '117',
    sourceKey: 'serbia-local-self-government-facts',
  },
  {
    indicatorCode: 'CITIES_COUNT',
    scope: SERBIA,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '28',
    sourceKey: 'serbia-local-self-government-facts',
  },
  {
    indicatorCode: 'LOCAL_GOVERNMENTS_IN_LAW_COUNT',
    scope: SERBIA,
    ...YEAR_2024,
    sex: TOTAL,
    kind: ACTUAL,
    value: '174',
    sourceKey: 'serbia-local-self-government-facts',
  },
] as const satisfies readonly ObservationSeed[];
