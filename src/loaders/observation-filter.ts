import type { Knex } from '@mikro-orm/postgresql';
import { SCOPE_TYPE_NAMES, scopeOfTypeName, type ObservationScopeType } from '../entities/observation-scope-types';
import { ReviewStatus, type ObservationKind } from '../entities/observation.entity';
import type { Sex } from '../entities/sex.enum';
import { badUserInput } from '../schema/errors';
import { fromGlobalId } from '../schema/global-id';
import { integerIdOf } from '../schema/whole-number';
import { withArticle } from '../schema/indefinite-article';
import { checkRange } from '../schema/date-range';

/** Which observations to list; every condition given must hold. */
export interface ObservationListFilter {
  /** Indicator code. */
  indicator?: string | null;
  /** Id of the scope object. */
  scope?: string | null;
  /** YYYY-MM-DD. */
  periodFrom?: string | null;
  /** YYYY-MM-DD. */
  periodTo?: string | null;
  sex?: Sex | null;
  kind?: ObservationKind | null;
  /** APPROVED only when not given. */
  reviewStatuses?: ReviewStatus[] | null;
}

/**
 * Decodes the global id of what observations may be about (see OBSERVATION_SCOPES): its scope type
 * and key; BAD_USER_INPUT naming `argument` for an id of another type or a malformed key.
 */
function observationScopeOf(id: string, argument: string): { scope: ObservationScopeType; key: string | number } {
  const { typeName, key } = fromGlobalId(id, argument);
  const scope = scopeOfTypeName(typeName);
  if (!scope)
    throw badUserInput(argument, `${withArticle(typeName)} has no observations; give the id of a ${SCOPE_TYPE_NAMES}.`);
  const value = scope.integerKey ? integerIdOf(key) : key;
  if (value === null) throw badUserInput(argument, 'is not an id this API issued.');
  return { scope, key: value };
}

/** Adds `filter`'s conditions on observations (alias `t`); `argument` names the filter in errors. */
export function applyObservationFilter(
  query: Knex.QueryBuilder,
  filter: ObservationListFilter,
  argument: string,
): void {
  if (filter.indicator != null) {
    query.whereExists((sub) =>
      sub.from({ i: 'indicator' }).whereRaw('i.id = t.indicator_id').where('i.code', filter.indicator!),
    );
  }
  if (filter.scope != null) {
    const { scope, key } = observationScopeOf(filter.scope, `${argument}.scope`);
    query.where(`t.${scope.column}`, key);
  }
  checkRange(filter.periodFrom, filter.periodTo, 'periodFrom', `${argument}.periodTo`);
  if (filter.periodFrom != null) query.where('t.period_end', '>=', filter.periodFrom);
  if (filter.periodTo != null) query.where('t.period_start', '<=', filter.periodTo);
  if (filter.sex != null) query.where('t.sex', filter.sex);
  if (filter.kind != null) query.where('t.kind', filter.kind);
  const statuses = filter.reviewStatuses?.length ? filter.reviewStatuses : [ReviewStatus.APPROVED];
  query.whereIn('t.review_status', statuses);
}

/** Observations in period order, then indicator, then cell, then id. */
export const OBSERVATION_ORDER = [
  { column: 't.period_start', direction: 'asc' as const },
  { column: 't.indicator_id', direction: 'asc' as const },
  { column: 't.sex', direction: 'asc' as const },
  { column: 't.id', direction: 'asc' as const },
];
