import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Indicator } from '../entities/indicator.entity';
import { Observation, ReviewStatus } from '../entities/observation.entity';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import { groupByKey } from './rows-by-foreign-key.loader';

type ScopeColumn = 'programmeId' | 'initiativeId' | 'municipalityId' | 'organisationId' | 'countryCode';

const SCOPE_KEY = '__scopeKey';

/** Loads, for each scope key, the indicators that have approved observations for that scope. */
export function createIndicatorsByScopeLoader<K extends string | number>(em: EntityManager, scope: ScopeColumn): DataLoader<K, Indicator[]> {
  const scopeColumn = columnOf(em, Observation, scope);
  return new DataLoader<K, Indicator[]>(async (keys) => {
    const knex = sql(em);
    const query = knex
      .select({ ...selectionOf(em, Indicator, 't'), [SCOPE_KEY]: `s.key` })
      .from({ t: tableOf(em, Indicator) })
      .join(
        knex
          .distinct({ key: `o.${scopeColumn}`, indicatorId: 'o.indicator_id' })
          .from({ o: tableOf(em, Observation) })
          .whereIn(`o.${scopeColumn}`, keys as K[])
          .where('o.review_status', ReviewStatus.APPROVED)
          .as('s'),
        's.indicatorId',
        't.id',
      )
      .orderBy('t.code');
    const rows = await fetchRows<Indicator & { [SCOPE_KEY]?: unknown }>(em, query);
    return groupByKey(keys, rows, (row) => row[SCOPE_KEY]).map((group) =>
      group.map(({ [SCOPE_KEY]: _key, ...row }) => row as Indicator),
    );
  });
}
