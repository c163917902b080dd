import DataLoader from 'dataloader';
import { Municipality } from '../entities/municipality.entity';
import { asEntityRows } from './entity-rows';
import { fetchRows, selectionOf, sql, tableOf } from './plain-rows';
import type { Reader } from './reader';

/** A municipality's natural key: its country and its official code there. */
export interface OfficialCode {
  country: string;
  code: string;
}

/** Loads municipalities by country and official code, one query a batch. */
export function createMunicipalityByOfficialCodeLoader(
  reader: Reader,
): DataLoader<OfficialCode, Municipality | null, string> {
  return new DataLoader<OfficialCode, Municipality | null, string>(
    async (keys) => {
      const query = sql(reader.em)
        .select(selectionOf(reader.em, Municipality, 't'))
        .from({ t: tableOf(reader.em, Municipality) })
        .whereIn(
          ['t.country_code', 't.code'],
          keys.map((key) => [key.country, key.code]),
        );
      reader.rules.restrict(Municipality, query, 't');
      const rows = asEntityRows(Municipality, await fetchRows<Municipality>(reader.em, query));
      const byKey = new Map(rows.map((row) => [`${row.countryCode}:${row.code}`, row]));
      return keys.map((key) => byKey.get(`${key.country}:${key.code}`) ?? null);
    },
    { cacheKeyFn: (key) => `${key.country}:${key.code}` },
  );
}
