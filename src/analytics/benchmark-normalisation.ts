import { registerEnumType } from 'type-graphql';

/** How each indicator's values are put on one scale before they are weighted together. */
export enum Normalisation {
  MIN_MAX = 'MIN_MAX',
  Z_SCORE = 'Z_SCORE',
}
registerEnumType(Normalisation, {
  name: 'Normalisation',
  description: "How each indicator's values are put on one scale before they are weighted together.",
  valuesConfig: {
    MIN_MAX: {
      description:
        'Min-max: 0 for the worst value among the ranked municipalities, 1 for the best, linear between. When every municipality with data has the same value, each scores 0.5.',
    },
    Z_SCORE: {
      description:
        'Z-score: how many (population) standard deviations a value lies on the better side of the mean; 0 at the mean, negative on the worse side. When every municipality with data has the same value, each scores 0.',
    },
  },
});

/**
 * The SQL expression of one normalised score, direction-aware, over the columns of the
 * `benchmark-scores` CTE: `value`, the indicator's `lo`, `hi`, `mean`, `sd` (window aggregates
 * over the municipalities with data) and `sign` (1 when higher is better, -1 when lower is).
 * Plain SQL text: it carries no client input.
 */
export function normalisedScoreSql(normalisation: Normalisation): string {
  switch (normalisation) {
    case Normalisation.MIN_MAX:
      // Lower-is-better inverts: the smallest value is the best and scores 1.
      return `case when hi = lo then 0.5 when sign > 0 then (value - lo) / (hi - lo) else (hi - value) / (hi - lo) end`;
    case Normalisation.Z_SCORE:
      return `case when sd = 0 then 0 else sign * (value - mean) / sd end`;
  }
}
