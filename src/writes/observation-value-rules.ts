import { Disaggregation, IndicatorComputation, IndicatorUnit } from '../entities/indicator.entity';
import { Sex } from '../entities/sex.enum';
import { rangeEndProblem } from '../schema/date-range';

/** The most evidence links one value may carry. */
export const MAX_EVIDENCE_URLS = 20;
/** numeric(20, 4) holds up to 16 digits before the point. */
export const MAX_ABSOLUTE_VALUE = 1e16;

/** What the rules read of the indicator a value is for (not archived). */
export interface IndicatorForValues {
  code: string;
  unit: IndicatorUnit;
  disaggregations: Disaggregation[];
  computation: IndicatorComputation;
}

/**
 * One value as the rules read it, whichever way it came in (`submitObservations` or the CSV
 * import). A field the caller's own checks already refused (a date or number that does not parse,
 * a sex that is not one of the enumeration) is null, and the rules on it stay silent.
 */
export interface ObservationValue {
  /** The indicator's code; null when the row gives none. */
  indicator: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  sex: Sex | null;
  role: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  evidenceUrls: string[];
}

/** The fields the rules name, as `submitObservations` calls them; the import names its columns after them. */
export type ObservationValueField =
  'indicator' | 'periodStart' | 'periodEnd' | 'sex' | 'role' | 'value' | 'numerator' | 'denominator' | 'evidenceUrls';

/** How a way in names the fields, in messages and in `field`. */
export type FieldNames = Record<ObservationValueField, string>;

/** The names of `submitObservations`' row fields. */
export const GRAPHQL_FIELD_NAMES: FieldNames = {
  indicator: 'indicator',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  sex: 'sex',
  role: 'role',
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  evidenceUrls: 'evidenceUrls',
};

/** One rule: the field it faults, and what is wrong (null when the value keeps it). */
export interface ObservationValueRule {
  field: ObservationValueField;
  /** `indicator` is undefined when no indicator (that is not archived) has the row's code. */
  problem(row: ObservationValue, indicator: IndicatorForValues | undefined, names: FieldNames): string | null;
}

const quoted = (text: string) => JSON.stringify(text.slice(0, 100));
const tooLarge = (value: number | null) =>
  value !== null && Math.abs(value) >= MAX_ABSOLUTE_VALUE ? `${value} is too large to store.` : null;

/**
 * Every rule a value must keep, each written once with its message, in the order they are checked.
 * `submitObservations` and the CSV import both run them through `observationValueProblems`.
 */
export const OBSERVATION_VALUE_RULES = {
  knownIndicator: {
    field: 'indicator',
    problem: (row, indicator) =>
      indicator || row.indicator === null ? null : `no indicator has the code ${quoted(row.indicator)}.`,
  },
  reportedIndicator: {
    field: 'indicator',
    problem: (_row, indicator) =>
      indicator?.computation === IndicatorComputation.COMPUTED
        ? `${indicator.code} is computed by the hub, not reported.`
        : null,
  },
  periodInOrder: {
    field: 'periodEnd',
    problem: (row, _indicator, names) => rangeEndProblem(row.periodStart, row.periodEnd, names.periodStart),
  },
  percentFrom0To100: {
    field: 'value',
    problem: ({ value }, indicator) =>
      indicator?.unit === IndicatorUnit.PERCENT && value !== null && (value < 0 || value > 100)
        ? `${value} is not a percentage from 0 to 100 (${indicator.code} is in PERCENT).`
        : null,
  },
  boolean0Or1: {
    field: 'value',
    problem: ({ value }, indicator) =>
      indicator?.unit === IndicatorUnit.BOOLEAN && value !== null && value !== 0 && value !== 1
        ? `${value} is not 0 or 1 (${indicator.code} is BOOLEAN).`
        : null,
  },
  countWholeNotNegative: {
    field: 'value',
    problem: ({ value }, indicator) =>
      indicator?.unit === IndicatorUnit.COUNT && value !== null && (value < 0 || !Number.isInteger(value))
        ? `${value} is not a whole number of at least 0 (${indicator.code} is a COUNT).`
        : null,
  },
  sexOnlyWhenSplitBySex: {
    field: 'sex',
    problem: ({ sex }, indicator) =>
      indicator && sex !== null && sex !== Sex.TOTAL && !indicator.disaggregations.includes(Disaggregation.SEX)
        ? `${indicator.code} is not split by sex; its values are TOTAL, the default.`
        : null,
  },
  roleOnlyWhenSplitByRole: {
    field: 'role',
    problem: ({ role }, indicator) =>
      indicator && role !== null && !indicator.disaggregations.includes(Disaggregation.ROLE)
        ? `${indicator.code} is not split by role; give no role.`
        : null,
  },
  valueFitsStorage: { field: 'value', problem: ({ value }) => tooLarge(value) },
  numeratorNotNegative: {
    field: 'numerator',
    problem: ({ numerator }) => (numerator !== null && numerator < 0 ? `${numerator} is negative.` : null),
  },
  numeratorFitsStorage: { field: 'numerator', problem: ({ numerator }) => tooLarge(numerator) },
  denominatorPositive: {
    field: 'denominator',
    problem: ({ denominator }) =>
      denominator !== null && !(denominator > 0) ? `${denominator} is not greater than zero.` : null,
  },
  denominatorFitsStorage: { field: 'denominator', problem: ({ denominator }) => tooLarge(denominator) },
  evidenceUrlsAtMost20: {
    field: 'evidenceUrls',
    problem: ({ evidenceUrls }) =>
      evidenceUrls.length > MAX_EVIDENCE_URLS
        ? `${evidenceUrls.length} links is more than ${MAX_EVIDENCE_URLS}.`
        : null,
  },
  evidenceUrlsWebLinks: {
    field: 'evidenceUrls',
    problem: ({ evidenceUrls }) => {
      const bad = evidenceUrls.find((url) => !isWebLink(url));
      return bad === undefined ? null : `${quoted(bad)} is not an http or https link.`;
    },
  },
} satisfies Record<string, ObservationValueRule>;

/** The name of a value rule. */
export type ObservationValueRuleName = keyof typeof OBSERVATION_VALUE_RULES;

const RULES: readonly ObservationValueRule[] = Object.values(OBSERVATION_VALUE_RULES);

/** Runs every value rule on `row`, telling `report` each field at fault (named as `names` names it) and why. */
export function observationValueProblems(
  row: ObservationValue,
  indicator: IndicatorForValues | undefined,
  names: FieldNames,
  report: (field: string, message: string) => void,
): void {
  for (const rule of RULES) {
    const problem = rule.problem(row, indicator, names);
    if (problem !== null) report(names[rule.field], problem);
  }
}

/** Whether `url` is an http or https link of at most 2 000 characters. */
export function isWebLink(url: string): boolean {
  if (url.length > 2000) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
