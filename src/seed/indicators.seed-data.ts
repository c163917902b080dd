import {
  Disaggregation,
  IndicatorAggregation,
  IndicatorComputation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
} from '../entities/indicator.entity';

/** An indicator, keyed by `code`. */
export interface IndicatorSeed {
  code: string;
  nameEn: string;
  definition: string;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  disaggregations: readonly Disaggregation[];
  computation: IndicatorComputation;
}

const { COUNT, PERCENT } = IndicatorUnit;
const { OUTPUT, OUTCOME } = IndicatorLevel;
const { HIGHER_IS_BETTER, NEUTRAL } = IndicatorDirection;
const { SUM, SHARE, LATEST } = IndicatorAggregation;
const { REPORTED } = IndicatorComputation;

/**
 * Every indicator holds published figures (REPORTED). Counts of things that accumulate over a period
 * (initiatives funded, people trained) add up (SUM); counts of things that stand at a moment
 * (signatories, municipalities) take the latest value (LATEST); percentages combine as shares.
 * Country statistics (numbers of municipalities) are context, not results: the model has no level for
 * context, so they are OUTPUT with a NEUTRAL direction.
 */
export const indicators = [
  {
    code: 'INITIATIVES_FUNDED',
    nameEn: 'Initiatives funded',
    definition: 'Number of initiatives (projects) the programme funded in the period.',
    unit: COUNT,
    level: OUTPUT,
    direction: HIGHER_IS_BETTER,
    aggregation: SUM,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'HAJ_TANGIBLE_IMPROVEMENTS_SHARE',
    nameEn: 'Share of development projects that achieved tangible operational improvements',
    definition:
      "Percentage of all the programme's development projects that have achieved tangible operational improvements.",
    unit: PERCENT,
    level: OUTCOME,
    direction: HIGHER_IS_BETTER,
    aggregation: SHARE,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'HAJ_GENDER_MANAGEMENT_SYSTEMS_SHARE',
    nameEn:
      'Share of development projects that have integrated gender into control and management systems, or are about to',
    definition:
      "Percentage of the programme's development projects that have integrated gender equality into their control and management systems or are about to do so.",
    unit: PERCENT,
    level: OUTCOME,
    direction: HIGHER_IS_BETTER,
    aggregation: SHARE,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'HAJ_RESULTS_DISSEMINATION_PLANNED_SHARE',
    nameEn: 'Share of development projects that plan to actively disseminate their results after the programme',
    definition:
      "Percentage of the programme's development projects that plan to actively disseminate their results after the programme.",
    unit: PERCENT,
    level: OUTCOME,
    direction: HIGHER_IS_BETTER,
    aggregation: SHARE,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'HAJ_GENDER_EQUALITY_STRENGTHENED_SHARE',
    nameEn: "Share of participants stating that gender equality has been strengthened by the programme's resources",
    definition:
      'Percentage of participants who state that gender equality has been strengthened by the resources the programme provided.',
    unit: PERCENT,
    level: OUTCOME,
    direction: HIGHER_IS_BETTER,
    aggregation: SHARE,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'HAJ_WORK_DEPENDENT_ON_PROGRAMME_SHARE',
    nameEn: 'Share of participants stating that the work would not have been done the same way without the programme',
    definition:
      'Percentage of participants who answer that the work would not have been conducted in the same way without the programme.',
    unit: PERCENT,
    level: OUTCOME,
    direction: HIGHER_IS_BETTER,
    aggregation: SHARE,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'GENDER_TRAINING_PARTICIPANTS',
    nameEn: 'People who participated in gender training',
    definition:
      'Number of politicians, managers, civil servants and other people who participated in gender equality or gender mainstreaming training.',
    unit: COUNT,
    level: OUTPUT,
    direction: HIGHER_IS_BETTER,
    aggregation: SUM,
    disaggregations: [Disaggregation.SEX, Disaggregation.ROLE],
    computation: REPORTED,
  },
  {
    code: 'CHARTER_SIGNATORIES',
    nameEn: 'Signatories of the European Charter for Equality of Women and Men in Local Life',
    definition:
      'Number of local and regional governments in the scope that have signed the European Charter for Equality of Women and Men in Local Life.',
    unit: COUNT,
    level: OUTCOME,
    direction: HIGHER_IS_BETTER,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'PROGRAMME_PARTICIPATING_MUNICIPALITIES',
    nameEn: 'Municipalities participating in the programme',
    definition: 'Number of municipalities taking part in the programme.',
    unit: COUNT,
    level: OUTPUT,
    direction: HIGHER_IS_BETTER,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'MUNICIPALITIES_COUNT',
    nameEn: 'Number of municipalities',
    definition: 'Number of municipalities in the country (for Serbia: municipalities other than cities).',
    unit: COUNT,
    level: OUTPUT,
    direction: NEUTRAL,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'REGIONAL_AUTHORITIES_COUNT',
    nameEn: 'Number of regional self-government units',
    definition: "Number of regional self-government units in the country: Sweden's regions, Norway's counties.",
    unit: COUNT,
    level: OUTPUT,
    direction: NEUTRAL,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'CITIES_COUNT',
    nameEn: 'Number of cities',
    definition: 'Number of local self-government units with city status in the country.',
    unit: COUNT,
    level: OUTPUT,
    direction: NEUTRAL,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'LOCAL_GOVERNMENTS_COUNT',
    nameEn: 'Number of local self-government units (cities and municipalities) in practice',
    definition: 'Number of cities and municipalities that function as local self-government units in practice.',
    unit: COUNT,
    level: OUTPUT,
    direction: NEUTRAL,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
  {
    code: 'LOCAL_GOVERNMENTS_IN_LAW_COUNT',
    nameEn: 'Number of local self-government units (cities and municipalities) in law',
    definition:
      "Number of cities and municipalities the country's law provides for, whether or not they function in practice.",
    unit: COUNT,
    level: OUTPUT,
    direction: NEUTRAL,
    aggregation: LATEST,
    disaggregations: [],
    computation: REPORTED,
  },
] as const satisfies readonly IndicatorSeed[];

export type IndicatorCode = (typeof indicators)[number]['code'];
