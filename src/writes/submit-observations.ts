import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin, type Viewer } from '../auth/viewer';
import { ReviewStatus, ScopeKind, type ObservationKind } from '../entities/observation.entity';
import type { PersonRole } from '../entities/person-role.enum';
import { Sex } from '../entities/sex.enum';
import { badRows, badUserInput, conflict, type RowProblem } from '../schema/errors';
import { fromGlobalId } from '../schema/global-id';
import { integerIdOf } from '../schema/whole-number';
import { actorOf, assertMaySubmit, inTransaction } from './observation-writers';
import { observationUpsertSql } from './observation-upsert';
import {
  OBSERVATION_SCOPES,
  scopeOfTypeName,
  type ObservationScopeType,
  type ScopeColumn,
} from '../entities/observation-scope-types';
import { withArticle } from '../schema/indefinite-article';
import { GRAPHQL_FIELD_NAMES, observationValueProblems, type IndicatorForValues } from './observation-value-rules';

/** The most rows one call takes. */
export const MAX_SUBMITTED_ROWS = 10_000;

/** One submitted value as the write reads it: the natural key (indicator code, scope by global id, period, sex, role, kind), the value and what backs it. */
export interface ObservationFields {
  indicator: string;
  scope: string;
  periodStart: string;
  periodEnd: string;
  sex: Sex;
  role?: PersonRole | null;
  kind: ObservationKind;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  source?: string | null;
  evidenceUrls: string[];
  version?: number | null;
}

/** What one submit did, by natural key. */
export interface SubmitOutcome {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** A validated row, in columns; of the scope columns only its scope's is given (the others read as null). */
interface Prepared extends Partial<Record<ScopeColumn, string | number>> {
  idx: number;
  expected_version: number | null;
  indicator_id: number;
  scope_kind: ScopeKind;
  period_start: string;
  period_end: string;
  sex: Sex;
  role: string | null;
  kind: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source_id: number | null;
  evidence_urls: string[];
}

interface IndicatorRow extends IndicatorForValues {
  id: number;
}

/**
 * Submits a batch of values in one transaction: every row is checked first, and one bad row
 * (or one outside the caller's scope) refuses the whole batch with every bad row listed. A good
 * batch is upserted by natural key in one statement that also writes the audit rows; a row equal
 * to the stored value (and not moving a DRAFT or RETURNED value to SUBMITTED) changes nothing:
 * no update, no version bump, no audit row.
 */
export async function submitObservations(
  em: EntityManager,
  viewer: Viewer,
  rows: ObservationFields[],
  asDraft: boolean,
): Promise<SubmitOutcome> {
  assertMaySubmit(viewer);
  if (rows.length > MAX_SUBMITTED_ROWS)
    throw badUserInput(
      'rows',
      `${rows.length} rows is more than the ${MAX_SUBMITTED_ROWS} one call takes; split the batch.`,
    );
  if (rows.length === 0) return { received: 0, created: 0, updated: 0, unchanged: 0 };
  const prepared = await prepareRows(em, viewer, rows);
  const status = asDraft ? ReviewStatus.DRAFT : ReviewStatus.SUBMITTED;
  const { actor, tokenId } = actorOf(viewer);
  const [counts] = await inTransaction(em, async (tx) => {
    const versioned = prepared.filter((row) => row.expected_version !== null);
    if (versioned.length > 0) await checkVersions(tx, versioned);
    return tx.execute<{ created: string; updated: string }[]>(UPSERT, [
      JSON.stringify(prepared),
      status,
      actor,
      tokenId,
    ]);
  });
  const created = Number(counts.created);
  const updated = Number(counts.updated);
  return { received: rows.length, created, updated, unchanged: rows.length - created - updated };
}

/** The scope columns of a row as `jsonb_to_recordset` declares them. */
const SCOPE_COLUMN_TYPES = OBSERVATION_SCOPES.map(
  ({ column, integerKey }) => `${column} ${integerKey ? 'int' : 'text'}`,
).join(', ');

// One statement per batch: the rows arrive as one JSON parameter.
const UPSERT = observationUpsertSql(
  `select * from jsonb_to_recordset(?::jsonb) as r(
    indicator_id int, scope_kind text, ${SCOPE_COLUMN_TYPES}, period_start date, period_end date, sex text, role text, kind text,
    value numeric, numerator numeric, denominator numeric, source_id int, evidence_urls jsonb)`,
  { status: '?', actor: '?', tokenId: '?' },
);

// Locks the stored values the rows name by version, so a concurrent write of one of them waits,
// then finds the version moved on.
const LOCK_VERSIONS = `
with r as (
  select * from jsonb_to_recordset(?::jsonb) as r(
    idx int, expected_version int, indicator_id int, scope_kind text, ${SCOPE_COLUMN_TYPES}, period_start date, period_end date,
    sex text, role text, kind text)
),
locked as (
  select r.idx, o.version from r
  join observation o on o.indicator_id = r.indicator_id and o.period_start = r.period_start and o.period_end = r.period_end
    and o.scope_kind = r.scope_kind and o.kind = r.kind and o.sex = r.sex and o.role is not distinct from r.role
    and ${OBSERVATION_SCOPES.map(({ column }) => `o.${column} is not distinct from r.${column}`).join(' and ')}
  for update of o
)
select r.idx, locked.version from r left join locked on locked.idx = r.idx order by r.idx`;

/** Refuses the batch with CONFLICT, listing the rows, when a row's `version` is not the stored one. */
async function checkVersions(tx: EntityManager, rows: Prepared[]): Promise<void> {
  const stored = await tx.execute<{ idx: number; version: number | null }[]>(LOCK_VERSIONS, [JSON.stringify(rows)]);
  const expected = new Map(rows.map((row) => [row.idx, row.expected_version]));
  const stale: RowProblem[] = stored
    .filter((row) => row.version !== expected.get(row.idx))
    .map((row) => ({
      index: row.idx,
      field: 'version',
      reason:
        row.version === null
          ? 'no value is stored under this key.'
          : `the value is at version ${row.version} now, not ${expected.get(row.idx)}.`,
    }));
  if (stale.length > 0) {
    throw conflict(
      `Argument "rows": ${stale.length} row${stale.length === 1 ? '' : 's'} changed since read, nothing written; first: row ${stale[0].index}: ${stale[0].reason}`,
      {
        argument: 'rows',
        rows: stale,
      },
    );
  }
}

/** Checks every row (one look-up of the indicators, one of the sources named, one per scope type, for the whole batch) and returns them as columns, or throws listing every bad row. */
async function prepareRows(em: EntityManager, viewer: Viewer, rows: ObservationFields[]): Promise<Prepared[]> {
  const problems: RowProblem[] = [];
  const refused: RowProblem[] = [];
  const problem = (index: number, field: string, reason: string) => problems.push({ index, field, reason });

  const scopes = rows.map((row, index) => {
    try {
      const { typeName, key } = fromGlobalId(row.scope, 'scope');
      const scope = scopeOfTypeName(typeName);
      if (!scope) return (problem(index, 'scope', `${withArticle(typeName)} cannot be the scope of a value.`), null);
      const value = scope.integerKey ? integerIdOf(key) : key;
      if (value === null) return (problem(index, 'scope', 'is not an id this API issued.'), null);
      if (
        !isAdmin(viewer) &&
        !(scope.kind === ScopeKind.MUNICIPALITY && viewer.municipalityIds.includes(value as number))
      ) {
        refused.push({
          index,
          field: 'scope',
          reason: `${row.scope} is outside the municipalities this token reports for.`,
        });
        return null;
      }
      return { scope, value };
    } catch {
      return (
        problem(index, 'scope', `${JSON.stringify(row.scope.slice(0, 100))} is not an id this API issued.`),
        null
      );
    }
  });
  // Refusals first: a caller learns nothing about rows it may not write.
  if (refused.length > 0) throw badRows('rows', 'FORBIDDEN', refused);

  const knex = em.getKnex();
  const sourceKeys = [...new Set(rows.flatMap((row) => (row.source == null ? [] : [row.source])))];
  const [indicators, sources, existing] = await Promise.all([
    em.execute<IndicatorRow[]>(
      knex
        .select('id', 'code', 'unit', 'disaggregations', 'computation')
        .from('indicator')
        .whereIn('code', [...new Set(rows.map((row) => row.indicator))])
        .whereNull('archived_at'),
    ),
    sourceKeys.length === 0
      ? []
      : em.execute<{ id: number; key: string }[]>(
          knex.select('id', 'key').from('source').whereIn('key', sourceKeys).whereNull('archived_at'),
        ),
    existingScopes(em, scopes),
  ]);
  const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const sourceByKey = new Map(sources.map((source) => [source.key, source.id]));
  const seen = new Map<string, number>();
  const prepared: Prepared[] = [];

  rows.forEach((row, index) => {
    const before = problems.length;
    const indicator = indicatorByCode.get(row.indicator);
    const scope = scopes[index];
    if (scope && !existing.get(scope.scope.kind)?.has(scope.value))
      problem(index, 'scope', `nothing has the id ${row.scope}.`);
    observationValueProblems(
      {
        ...row,
        role: row.role ?? null,
        numerator: row.numerator ?? null,
        denominator: row.denominator ?? null,
      },
      indicator,
      GRAPHQL_FIELD_NAMES,
      (field, reason) => problem(index, field, reason),
    );
    if (row.source != null && !sourceByKey.has(row.source))
      problem(index, 'source', `no source has the key ${JSON.stringify(row.source.slice(0, 100))}.`);
    if (problems.length > before || !indicator || !scope) return;

    const columns: Prepared = {
      idx: index,
      expected_version: row.version ?? null,
      indicator_id: indicator.id,
      scope_kind: scope.scope.kind,
      [scope.scope.column]: scope.value,
      period_start: row.periodStart,
      period_end: row.periodEnd,
      sex: row.sex,
      role: row.role ?? null,
      kind: row.kind,
      value: row.value,
      numerator: row.numerator ?? null,
      denominator: row.denominator ?? null,
      source_id: row.source == null ? null : sourceByKey.get(row.source)!,
      evidence_urls: row.evidenceUrls,
    };
    const key = [
      indicator.id,
      scope.scope.kind,
      scope.value,
      row.periodStart,
      row.periodEnd,
      row.sex,
      row.role ?? '',
      row.kind,
    ].join('|');
    const first = seen.get(key);
    if (first !== undefined)
      return problem(index, 'scope', `row ${first} has the same indicator, scope, period, sex, role and kind.`);
    seen.set(key, index);
    prepared.push(columns);
  });
  if (problems.length > 0) throw badRows('rows', 'BAD_USER_INPUT', problems);
  return prepared;
}

/** Which of the named scopes exist (archived ones do not): one query per scope type the batch names. */
async function existingScopes(
  em: EntityManager,
  scopes: ({ scope: ObservationScopeType; value: string | number } | null)[],
): Promise<Map<ScopeKind, Set<string | number>>> {
  const byType = new Map<ObservationScopeType, Set<string | number>>();
  for (const named of scopes) {
    if (!named) continue;
    if (!byType.has(named.scope)) byType.set(named.scope, new Set());
    byType.get(named.scope)!.add(named.value);
  }
  const found = new Map<ScopeKind, Set<string | number>>();
  await Promise.all(
    [...byType].map(async ([scope, keys]) => {
      const query = em
        .getKnex()
        .select({ key: scope.key })
        .from(scope.table)
        .whereIn(scope.key, [...keys]);
      if (scope.archivable) query.whereNull('archived_at');
      const rows = await em.execute<{ key: string | number }[]>(query);
      found.set(scope.kind, new Set(rows.map((row) => row.key)));
    }),
  );
  return found;
}
