import DataLoader from 'dataloader';
import type { ScopeColumn } from '../entities/observation-scope-types';
import { Observation, ObservationKind, ReviewStatus } from '../entities/observation.entity';
import { Sex } from '../entities/sex.enum';
import { groupByKey } from './rows-by-foreign-key.loader';
import { asEntityRows } from './entity-rows';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** The observation column that holds a scope's key. */
export type ResultScopeColumn = Exclude<ScopeColumn, 'activity_id'>;

/** The latest baseline, target and actual of one indicator for one scope (totals: both sexes, every role). */
export interface IndicatorFigures {
  indicatorId: number;
  baseline: Observation | null;
  target: Observation | null;
  latestActual: Observation | null;
}

const SCOPE = '__scope';
const CODE = '__indicatorCode';

/**
 * Loads, for each scope key, one `IndicatorFigures` per indicator with values the viewer may read,
 * by indicator code: one statement a batch, `DISTINCT ON` keeping the latest period of each kind.
 */
export function createResultsByScopeLoader<K extends string | number>(
  reader: Reader,
  scope: ResultScopeColumn,
): DataLoader<K, IndicatorFigures[]> {
  return new DataLoader<K, IndicatorFigures[]>(async (keys) => {
    const knex = sql(reader.em);
    const query = knex
      .select({ ...selectionOf(reader.em, Observation, 't'), [SCOPE]: `t.${scope}`, [CODE]: 'i.code' })
      .distinctOn(`t.${scope}`, 't.indicator_id', 't.kind')
      .from({ t: tableOf(reader.em, Observation) })
      .join({ i: 'indicator' }, 'i.id', 't.indicator_id')
      .whereIn(`t.${scope}`, keys as K[])
      .where('t.sex', Sex.TOTAL)
      .whereNull('t.role')
      .where('t.review_status', ReviewStatus.APPROVED)
      .orderBy([
        `t.${scope}`,
        't.indicator_id',
        't.kind',
        { column: 't.period_end', order: 'desc' },
        { column: 't.id', order: 'desc' },
      ]);
    reader.rules.restrict(Observation, query, 't');
    const rows = await fetchRows<Observation & { [SCOPE]: unknown; [CODE]: string }>(reader.em, query);
    return groupByKey(keys, rows, (row) => row[SCOPE]).map((group) => {
      const byIndicator = new Map<number, IndicatorFigures & { code: string }>();
      for (const { [SCOPE]: _scope, [CODE]: code, ...row } of group) {
        const [observation] = asEntityRows(Observation, [row]);
        let figures = byIndicator.get(observation.indicatorId);
        if (!figures)
          byIndicator.set(
            observation.indicatorId,
            (figures = {
              indicatorId: observation.indicatorId,
              code,
              baseline: null,
              target: null,
              latestActual: null,
            }),
          );
        if (observation.kind === ObservationKind.BASELINE) figures.baseline = observation;
        if (observation.kind === ObservationKind.TARGET) figures.target = observation;
        if (observation.kind === ObservationKind.ACTUAL) figures.latestActual = observation;
      }
      return [...byIndicator.values()]
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
        .map(({ code: _code, ...figures }) => figures);
    });
  });
}
