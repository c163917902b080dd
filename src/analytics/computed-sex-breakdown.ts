import type { Indicator } from '../entities/indicator.entity';
import { Observation, ObservationKind, ReviewStatus } from '../entities/observation.entity';
import { Sex } from '../entities/sex.enum';
import { fetchRows, sql, tableOf } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import type { DayRange } from './computed-programme-figures';
import { AGGREGATION_SQL } from './series-aggregation';

/** The observation column holding the scope, and its key. */
export interface BreakdownScope {
  column: string;
  key: string | number;
}

/** One indicator's FEMALE, MALE and TOTAL cells for one scope and range, and what follows from them. */
export interface SexBreakdownRow {
  female: number | null;
  male: number | null;
  total: number | null;
  femaleShare: number | null;
  gap: number | null;
  ratio: number | null;
  femaleObservationCount: number;
  maleObservationCount: number;
  totalObservationCount: number;
}

/**
 * The sex breakdown in one statement: the scope's own approved ACTUAL values for every role whose
 * period lies inside the range, each sex cell aggregated by the indicator's rule (the aggregates of
 * `series`), then pivoted with FILTER clauses into female, male, total, the female share
 * (female / (female + male) × 100), the gap (female − male) and the ratio (female / male).
 */
export async function loadSexBreakdown(
  reader: Reader,
  indicator: Pick<Indicator, 'id' | 'aggregation'>,
  scope: BreakdownScope,
  range: DayRange,
): Promise<SexBreakdownRow> {
  const knex = sql(reader.em);
  const rule = AGGREGATION_SQL[indicator.aggregation];
  const facts = knex
    .select(
      knex.raw(
        [
          'o.sex',
          'o.value',
          'o.numerator',
          'o.denominator',
          '(o.numerator is not null and o.denominator is not null) as weighable',
          'row_number() over (partition by o.sex order by o.period_end desc, o.period_start desc, o.id desc) as recency',
        ].join(', '),
      ),
    )
    .from({ o: tableOf(reader.em, Observation) })
    .where('o.indicator_id', indicator.id)
    .where(`o.${scope.column}`, scope.key)
    .where('o.kind', ObservationKind.ACTUAL)
    .where('o.review_status', ReviewStatus.APPROVED)
    .whereNull('o.role')
    .whereIn('o.sex', [Sex.FEMALE, Sex.MALE, Sex.TOTAL])
    .where('o.period_start', '>=', range.from)
    .where('o.period_end', '<=', range.to);
  reader.rules.restrict(Observation, facts, 'o');

  const cells = knex.raw(
    `select f.sex, (${rule.value})::float8 as value, (count(*) filter (where ${rule.counted}))::int as observation_count from facts f group by f.sex`,
  );
  const pivot = knex.raw(
    `select max(c.value) filter (where c.sex = ?) as female, max(c.value) filter (where c.sex = ?) as male, max(c.value) filter (where c.sex = ?) as total,
            coalesce(sum(c.observation_count) filter (where c.sex = ?), 0)::int as female_count,
            coalesce(sum(c.observation_count) filter (where c.sex = ?), 0)::int as male_count,
            coalesce(sum(c.observation_count) filter (where c.sex = ?), 0)::int as total_count
       from cells c`,
    [Sex.FEMALE, Sex.MALE, Sex.TOTAL, Sex.FEMALE, Sex.MALE, Sex.TOTAL],
  );
  const query = knex
    .with('facts', facts)
    .with('cells', cells)
    .with('pivot', pivot)
    .select(
      knex.raw(
        `p.female, p.male, p.total,
         100 * p.female / nullif(p.female + p.male, 0) as "femaleShare",
         p.female - p.male as gap,
         p.female / nullif(p.male, 0) as ratio,
         p.female_count as "femaleObservationCount", p.male_count as "maleObservationCount", p.total_count as "totalObservationCount"`,
      ),
    )
    .from({ p: 'pivot' });
  const [row] = await fetchRows<SexBreakdownRow>(reader.em, query);
  return row;
}
