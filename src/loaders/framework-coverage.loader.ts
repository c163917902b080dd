import DataLoader from 'dataloader';
import { ObservationKind, Observation, ReviewStatus } from '../entities/observation.entity';
import { Sex } from '../entities/sex.enum';
import { fetchRows, sql } from './plain-rows';
import type { Reader } from './reader';
import type { ResultScopeColumn } from './results-by-scope.loader';

/** How far one framework's elements are measured for one scope. */
export interface FrameworkCoverageRow {
  frameworkId: number;
  elementCount: number;
  mappedElementCount: number;
  coveredElementCount: number;
}

/**
 * Loads, for each framework id, how many of its elements have an indicator mapped, and how many have
 * a mapped indicator with an approved actual total (both sexes, every role) for the scope that the
 * viewer may read: the values `FrameworkElement.results` shows as `latestActual`. One statement a batch.
 */
export function createFrameworkCoverageLoader(
  reader: Reader,
  column: ResultScopeColumn,
  key: string | number,
): DataLoader<number, FrameworkCoverageRow> {
  return new DataLoader<number, FrameworkCoverageRow>(async (frameworkIds) => {
    const knex = sql(reader.em);
    const observed = knex
      .distinct('l.element_id')
      .from({ l: 'indicator_framework_element' })
      .join({ o: 'observation' }, 'o.indicator_id', 'l.indicator_id')
      .where(`o.${column}`, key)
      .where('o.kind', ObservationKind.ACTUAL)
      .where('o.review_status', ReviewStatus.APPROVED)
      .where('o.sex', Sex.TOTAL)
      .whereNull('o.role');
    reader.rules.restrict(Observation, observed, 'o');
    const query = knex
      .with('observed', observed)
      .select(
        knex.raw(
          [
            'e.framework_id as "frameworkId"',
            'count(*)::int as "elementCount"',
            '(count(*) filter (where exists (select 1 from indicator_framework_element m join indicator i on i.id = m.indicator_id and i.archived_at is null where m.element_id = e.id)))::int as "mappedElementCount"',
            '(count(*) filter (where e.id in (select element_id from observed)))::int as "coveredElementCount"',
          ].join(', '),
        ),
      )
      .from({ e: 'framework_element' })
      .whereIn('e.framework_id', frameworkIds as number[])
      .whereNull('e.archived_at')
      .groupBy('e.framework_id');
    const rows = await fetchRows<FrameworkCoverageRow>(reader.em, query);
    const byFramework = new Map(rows.map((row) => [row.frameworkId, row]));
    return frameworkIds.map(
      (frameworkId) =>
        byFramework.get(frameworkId) ?? { frameworkId, elementCount: 0, mappedElementCount: 0, coveredElementCount: 0 },
    );
  });
}
