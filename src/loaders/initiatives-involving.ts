import type { Knex } from '@mikro-orm/postgresql';

/**
 * Keeps the initiatives (alias `t`) that a municipality leads or takes part in. The ids come from
 * the two indexed lists (participants by municipality, initiatives by lead municipality) rather than
 * from `lead = m or exists (...)`, which PostgreSQL can only test against every initiative in turn
 * (14 ms against 2 ms for a page and count among 20 000 initiatives).
 */
export function whereInvolvesMunicipality(
  query: Knex.QueryBuilder,
  municipality: number | Knex.Ref<string, { [key: string]: string }>,
): void {
  query.whereIn('t.id', (ids) =>
    ids
      .select('im.initiative_id')
      .from({ im: 'initiative_municipality' })
      .where('im.municipality_id', municipality)
      .unionAll((led) => led.select('l.id').from({ l: 'initiative' }).where('l.lead_municipality_id', municipality)),
  );
}
