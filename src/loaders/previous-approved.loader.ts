import DataLoader from 'dataloader';
import { Observation, ReviewStatus } from '../entities/observation.entity';
import { asEntityRows } from './entity-rows';
import { groupByKey } from './rows-by-foreign-key.loader';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

const FOR = '__for';

/** The columns that, besides the period, make an observation's natural key. */
const SAME_CELL = [
  'indicator_id',
  'scope_kind',
  'country_code',
  'programme_id',
  'initiative_id',
  'municipality_id',
  'organisation_id',
  'activity_id',
  'sex',
  'role',
  'kind',
] as const;

/**
 * Loads, for each observation id, the latest APPROVED value of the same cell (indicator, scope,
 * sex, role and kind) whose period ends before the observation's starts, among the values the
 * viewer may read; null when there is none. One statement a batch (`DISTINCT ON`).
 */
export function createPreviousApprovedLoader(reader: Reader): DataLoader<number, Observation | null> {
  return new DataLoader<number, Observation | null>(async (ids) => {
    const knex = sql(reader.em);
    const table = tableOf(reader.em, Observation);
    const query = knex
      .select({ ...selectionOf(reader.em, Observation, 't'), [FOR]: 'o.id' })
      .distinctOn('o.id')
      .from({ o: table })
      .join({ t: table }, (join) => {
        for (const column of SAME_CELL) join.on(knex.raw(`t.${column} is not distinct from o.${column}`));
        join.andOn('t.period_end', '<', 'o.period_start');
      })
      .whereIn('o.id', ids as number[])
      .where('t.review_status', ReviewStatus.APPROVED)
      .orderBy(['o.id', { column: 't.period_end', order: 'desc' }, { column: 't.id', order: 'desc' }]);
    reader.rules.restrict(Observation, query, 't');
    const rows = await fetchRows<Observation & { [FOR]: number }>(reader.em, query);
    return groupByKey(ids, rows, (row) => row[FOR]).map((group) => {
      if (group.length === 0) return null;
      const { [FOR]: _for, ...row } = group[0];
      return asEntityRows(Observation, [row])[0];
    });
  });
}
