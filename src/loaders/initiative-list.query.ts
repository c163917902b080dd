import type { Knex } from '@mikro-orm/postgresql';
import { Initiative } from '../entities/initiative.entity';
import type { InitiativeStatus } from '../entities/initiative.entity';
import type { Page } from '../schema/connection';
import { integerKeyOf } from '../schema/global-id';
import type { PageRequest } from '../schema/page-args';
import { whereInvolvesMunicipality } from './initiatives-involving';
import { fetchPage, withTieBreaker } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** Which initiatives to list; every condition given must hold. */
export interface InitiativeListFilter {
  /** Programme code. */
  programme?: string | null;
  /** Municipality id (global or raw). */
  municipality?: string | null;
  /** Theme code. */
  theme?: string | null;
  status?: InitiativeStatus | null;
  search?: string | null;
}

function applyFilter(query: Knex.QueryBuilder, filter: InitiativeListFilter): void {
  if (filter.programme != null) {
    query.whereExists((sub) =>
      sub.from({ p: 'programme' }).whereRaw('p.id = t.programme_id').where('p.code', filter.programme!),
    );
  }
  if (filter.municipality != null) {
    const municipalityId = integerKeyOf(filter.municipality, 'Municipality', 'filter.municipality');
    whereInvolvesMunicipality(query, municipalityId);
  }
  if (filter.theme != null) {
    query.whereExists((sub) =>
      sub
        .from({ it: 'initiative_theme' })
        .join({ th: 'theme' }, 'th.id', 'it.theme_id')
        .whereRaw('it.initiative_id = t.id')
        .where('th.code', filter.theme!),
    );
  }
  if (filter.status != null) query.where('t.status', filter.status);
  if (filter.search != null)
    whereTextContains(query, ['t.code', 't.name_en', 't.name_local'], filter.search, 'filter.search');
}

/** One page of the initiatives that `filter` keeps, by code. */
export function listInitiatives(
  reader: Reader,
  filter: InitiativeListFilter,
  request: PageRequest,
): Promise<Page<Initiative>> {
  return fetchPage(
    reader,
    Initiative,
    (query) => applyFilter(query, filter),
    withTieBreaker([{ column: 't.code', direction: 'asc' }]),
    request,
  );
}
