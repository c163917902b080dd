import type { Knex } from '@mikro-orm/postgresql';
import { Programme } from '../entities/programme.entity';
import type { Page } from '../schema/connection';
import type { PageRequest } from '../schema/page-args';
import type { SortDirection } from '../schema/sort-direction.enum';
import { checkYear } from '../schema/years';
import { fetchPage, withTieBreaker, type SortKey } from './page';
import { whereTextContains } from './text-search';
import type { Reader } from './reader';

/** What programmes can be sorted by. */
export enum ProgrammeSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  START_ON = 'START_ON',
  BUDGET = 'BUDGET',
}

/** The order of a programme list. */
export interface ProgrammeListSort {
  field: ProgrammeSortField;
  direction: SortDirection;
}

/** Which programmes to list; every condition given must hold. */
export interface ProgrammeListFilter {
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  /** Funder organisation code. */
  funder?: string | null;
  /** Theme code. */
  theme?: string | null;
  activeInYear?: number | null;
  search?: string | null;
}

const SORT_COLUMNS: Record<ProgrammeSortField, string> = {
  [ProgrammeSortField.NAME]: 't.name_en',
  [ProgrammeSortField.CODE]: 't.code',
  [ProgrammeSortField.START_ON]: 't.start_on',
  // Only published budgets order the list: sorting on an unpublished one would bracket its amount.
  [ProgrammeSortField.BUDGET]: 'case when t.budget_published then t.budget_amount end',
};

function applyFilter(query: Knex.QueryBuilder, filter: ProgrammeListFilter): void {
  if (filter.country != null) {
    query.whereExists((sub) =>
      sub
        .from({ pc: 'programme_country' })
        .whereRaw('pc.programme_id = t.id')
        .where('pc.country_code', filter.country!),
    );
  }
  if (filter.funder != null) {
    query.whereExists((sub) =>
      sub
        .from({ pf: 'programme_funder' })
        .join({ o: 'organisation' }, 'o.id', 'pf.organisation_id')
        .whereRaw('pf.programme_id = t.id')
        .where('o.code', filter.funder!),
    );
  }
  if (filter.theme != null) {
    query.whereExists((sub) =>
      sub
        .from({ pt: 'programme_theme' })
        .join({ th: 'theme' }, 'th.id', 'pt.theme_id')
        .whereRaw('pt.programme_id = t.id')
        .where('th.code', filter.theme!),
    );
  }
  if (filter.activeInYear != null) {
    const year = filter.activeInYear;
    checkYear('filter.activeInYear', year);
    query.whereRaw(`coalesce(t.start_on, t.planned_start_on) <= ?::date`, [`${year}-12-31`]);
    query.whereRaw(`coalesce(t.end_on, t.planned_end_on, 'infinity'::date) >= ?::date`, [`${year}-01-01`]);
  }
  if (filter.search != null)
    whereTextContains(query, ['t.code', 't.name_en', 't.name_local'], filter.search, 'filter.search');
}

/** One page of the programmes that `filter` keeps, in `sort` order. */
export function listProgrammes(
  reader: Reader,
  filter: ProgrammeListFilter,
  sort: ProgrammeListSort,
  request: PageRequest,
): Promise<Page<Programme>> {
  const sortKeys: SortKey[] = [
    { column: reader.em.getKnex().raw(SORT_COLUMNS[sort.field]), direction: sort.direction },
  ];
  return fetchPage(reader, Programme, (query) => applyFilter(query, filter), withTieBreaker(sortKeys), request);
}
