import type DataLoader from 'dataloader';
import { Municipality } from '../entities/municipality.entity';
import type { MunicipalityKind } from '../entities/municipality.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import type { Loaders } from './loaders';
import { applyMunicipalityFilter } from './municipality-list.query';

/** Which of a country's municipalities to list; every condition given must hold. */
export interface CountryMunicipalityListFilter {
  kind?: MunicipalityKind | null;
  search?: string | null;
}

const BY_LOCAL_NAME = [
  { column: 't.name_local', direction: 'asc' as const },
  { column: 't.id', direction: 'asc' as const },
];

/** Pages of a country's municipalities that `filter` keeps, by local name. */
export function municipalitiesOfCountry(
  loaders: Loaders,
  filter: CountryMunicipalityListFilter,
  request: PageRequest,
): DataLoader<string, Page<Municipality>> {
  const { kind = null, search = null } = filter;
  return loaders.childPage<Municipality, string>(
    `municipalitiesOfCountry:${JSON.stringify({ kind, search })}`,
    request,
    () => ({
      entity: Municipality,
      parentKeyType: 'text',
      restrict: (query, parentKey) => {
        query.where('t.country_code', parentKey);
        applyMunicipalityFilter(query, { kind, search });
      },
      sortKeys: BY_LOCAL_NAME,
    }),
  );
}
