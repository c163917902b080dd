import { OBSERVATION_SCOPES } from '../entities/observation-scope-types';

/** The natural key of an observation: indicator, scope, period, sex, role and kind. */
const KEY_COLUMNS = [
  'indicator_id',
  'scope_kind',
  ...OBSERVATION_SCOPES.map((scope) => scope.column),
  'period_start',
  'period_end',
  'sex',
  'role',
  'kind',
]
  .map((column) => `"${column}"`)
  .join(', ');
const VALUE_COLUMNS = ['value', 'numerator', 'denominator', 'source_id', 'evidence_urls'];

/** How the upsert names its parameters: `?` for knex, `$1`... for node-postgres. */
export interface UpsertParameters {
  /** The review status values land in: SUBMITTED or DRAFT. */
  status: string;
  /** The audit trail's actor. */
  actor: string;
  /** The token id of the audit rows, or null. */
  tokenId: string;
}

/**
 * One statement that upserts the rows `input` selects (the key columns, `value`, `numerator`,
 * `denominator`, `source_id` and `evidence_urls` as jsonb) by natural key, writes an audit row for
 * every value created or changed, and answers one row `{ created, updated }`. A row equal to the
 * stored value (and not moving a DRAFT or RETURNED value to SUBMITTED) changes nothing: no update,
 * no version bump, no audit row. `before` reads the snapshot the statement started from, so the
 * audit row holds the values the upsert replaced.
 */
export function observationUpsertSql(input: string, parameters: UpsertParameters): string {
  return `
with input as (${input}),
upserted as (
  insert into observation as o (${KEY_COLUMNS}, ${VALUE_COLUMNS.join(', ')}, review_status)
  select ${KEY_COLUMNS}, ${VALUE_COLUMNS.join(', ')}, ${parameters.status}::text from input
  on conflict (${KEY_COLUMNS}) do update set
    ${VALUE_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')},
    review_status = excluded.review_status, review_comment = null, version = o.version + 1, updated_at = now()
  where (${VALUE_COLUMNS.map((column) => `o.${column}`).join(', ')}) is distinct from (${VALUE_COLUMNS.map((column) => `excluded.${column}`).join(', ')})
    or (excluded.review_status = 'SUBMITTED' and o.review_status in ('DRAFT', 'RETURNED'))
  returning o.*, (o.xmax = 0) as inserted
),
before as (
  select o.* from observation o where o.id in (select id from upserted where not inserted)
),
audited as (
  insert into audit_event (actor, token_id, action, entity_type, entity_id, before, after)
  select ${parameters.actor}::text, ${parameters.tokenId}::int, case when u.inserted then 'CREATE' else 'UPDATE' end, 'Observation', u.id, to_jsonb(b), to_jsonb(u) - 'inserted'
  from upserted u left join before b on b.id = u.id
)
select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as updated from upserted`;
}
