import { IndicatorAggregation } from '../entities/indicator.entity';

/**
 * An indicator's aggregation rule as SQL aggregates over the `facts` of one period and group.
 * `counted` says which facts make the value; `excluded` which were left out as unusable.
 * Each fact has `recency` (1 = the latest of its scope and cell in the period) and `weighable`
 * (it has both a numerator and a denominator).
 */
export interface AggregationSql {
  value: string;
  numerator: string;
  denominator: string;
  counted: string;
  excluded: string;
}

const WEIGHABLE_SUM = (column: string) => `sum(f.${column}) filter (where f.weighable)`;

export const AGGREGATION_SQL: Record<IndicatorAggregation, AggregationSql> = {
  [IndicatorAggregation.SUM]: {
    value: 'sum(f.value)',
    numerator: 'null',
    denominator: 'null',
    counted: 'true',
    excluded: 'false',
  },
  [IndicatorAggregation.MEAN]: {
    value: 'avg(f.value)',
    numerator: 'null',
    denominator: 'null',
    counted: 'true',
    excluded: 'false',
  },
  // A stock: each scope's latest value in the period, then added up across the group's scopes.
  [IndicatorAggregation.LATEST]: {
    value: 'sum(f.value) filter (where f.recency = 1)',
    numerator: 'null',
    denominator: 'null',
    counted: 'f.recency = 1',
    excluded: 'false',
  },
  // Akvo RSR: a percentage rolls up as the sum of numerators over the sum of denominators, never as a
  // mean of percentages; a percentage reported without both cannot be weighted and is left out.
  [IndicatorAggregation.SHARE]: {
    value: `100 * ${WEIGHABLE_SUM('numerator')} / nullif(${WEIGHABLE_SUM('denominator')}, 0)`,
    numerator: WEIGHABLE_SUM('numerator'),
    denominator: WEIGHABLE_SUM('denominator'),
    counted: 'f.weighable',
    excluded: 'not f.weighable',
  },
};
