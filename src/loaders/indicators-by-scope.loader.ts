import DataLoader from 'dataloader';
import { Indicator } from '../entities/indicator.entity';
import { Observation } from '../entities/observation.entity';
import { asEntityRows } from './entity-rows';
import { columnOf, fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import { groupByKey } from './rows-by-foreign-key.loader';
import type { Reader } from './reader';

type ScopeColumn = 'programmeId' | 'initiativeId' | 'municipalityId' | 'organisationId' | 'countryCode';

const SCOPE_KEY = '__scopeKey';

/** Loads, for each scope key, the indicators that have observations the viewer may read for that scope. */
export function createIndicatorsByScopeLoader<K extends string | number>(
  reader: Reader,
  scope: ScopeColumn,
): DataLoader<K, Indicator[]> {
  const scopeColumn = columnOf(reader.em, Observation, scope);
  return new DataLoader<K, Indicator[]>(async (keys) => {
    const knex = sql(reader.em);
    const observed = knex
      .distinct({ key: `o.${scopeColumn}`, indicatorId: 'o.indicator_id' })
      .from({ o: tableOf(reader.em, Observation) })
      .whereIn(`o.${scopeColumn}`, keys as K[]);
    reader.rules.restrict(Observation, observed, 'o');
    const query = knex
      .select({ ...selectionOf(reader.em, Indicator, 't'), [SCOPE_KEY]: `s.key` })
      .from({ t: tableOf(reader.em, Indicator) })
      .join(observed.as('s'), 's.indicatorId', 't.id')
      .orderBy('t.code');
    const rows = await fetchRows<Indicator & { [SCOPE_KEY]?: unknown }>(reader.em, query);
    return groupByKey(keys, rows, (row) => row[SCOPE_KEY]).map((group) =>
      asEntityRows(
        Indicator,
        group.map(({ [SCOPE_KEY]: _key, ...row }) => row),
      ),
    );
  });
}
