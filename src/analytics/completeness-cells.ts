import type { Knex } from '@mikro-orm/postgresql';
import { Municipality } from '../entities/municipality.entity';
import { Observation, ObservationKind, ScopeKind } from '../entities/observation.entity';
import { ProgrammeParticipant } from '../entities/programme-participant.entity';
import { Programme } from '../entities/programme.entity';
import { Sex } from '../entities/sex.enum';
import { fetchRows, sql, tableOf } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import type { CompletenessRequest } from './completeness-request';
import { periodGrid, periodsSql } from './series-periods';

/** The kinds of scope a completeness report covers. */
export type CompletenessScopeKind = ScopeKind.MUNICIPALITY | ScopeKind.PROGRAMME;

/** One scope of a report: a municipality or the programme. */
export interface CompletenessScopeKey {
  scopeKind: CompletenessScopeKind;
  scopeId: number;
}

/**
 * `scopes (scope_kind, scope_id, name, valid_to)`: whose values are expected. For a country, its
 * municipalities (of the kind asked for) that still existed on the range's first day; for a
 * programme, the programme itself and its participating municipalities that did. `only` narrows
 * them to the given scopes (the loaders ask for one page's). Read rules apply to every table.
 */
function scopesOf(reader: Reader, request: CompletenessRequest, only?: CompletenessScopeKey[]): Knex.QueryBuilder {
  const knex = sql(reader.em);
  const onlyIds = (kind: CompletenessScopeKind) =>
    only?.filter((key) => key.scopeKind === kind).map((key) => key.scopeId);
  const municipalities = (query: Knex.QueryBuilder) => {
    query.where((existing) => existing.whereNull('m.valid_to').orWhere('m.valid_to', '>=', request.from));
    const ids = onlyIds(ScopeKind.MUNICIPALITY);
    if (ids) query.whereIn('m.id', ids);
    reader.rules.restrict(Municipality, query, 'm');
    return query;
  };
  const municipalityColumns = knex.raw(`?::text as scope_kind, m.id as scope_id, m.name_local as name, m.valid_to`, [
    ScopeKind.MUNICIPALITY,
  ]);

  if ('countryCode' in request.scopes) {
    const query = knex
      .select(municipalityColumns)
      .from({ m: tableOf(reader.em, Municipality) })
      .where('m.country_code', request.scopes.countryCode);
    if (request.scopes.municipalityKind) query.where('m.kind', request.scopes.municipalityKind);
    return municipalities(query);
  }

  const { programmeId } = request.scopes;
  const programme = knex
    .select(
      knex.raw(`?::text as scope_kind, p.id as scope_id, p.name_en as name, null::date as valid_to`, [
        ScopeKind.PROGRAMME,
      ]),
    )
    .from({ p: tableOf(reader.em, Programme) })
    .where('p.id', programmeId);
  const programmeIds = onlyIds(ScopeKind.PROGRAMME);
  if (programmeIds && !programmeIds.includes(programmeId)) programme.whereRaw('false');
  reader.rules.restrict(Programme, programme, 'p');

  const participants = knex
    .select(municipalityColumns)
    .from({ pp: tableOf(reader.em, ProgrammeParticipant) })
    .join({ m: tableOf(reader.em, Municipality) }, 'm.id', 'pp.municipality_id')
    .where('pp.programme_id', programmeId);
  reader.rules.restrict(ProgrammeParticipant, participants, 'pp');
  return programme.unionAll(municipalities(participants), true);
}

/**
 * The common table expressions of a completeness report, for one statement to select from:
 *
 * - `chosen (ordinal, indicator_id, by_sex)`: the indicators in request order.
 * - `chosen_cells (ordinal, indicator_id, sex, sex_order)`: the cells expected of each: TOTAL, and
 *   FEMALE and MALE for an indicator disaggregated by sex. Role cells are never expected.
 * - `periods (period_start, period_end)`: the calendar periods overlapping the range, clipped to it
 *   (from `periodsSql`, as a series cuts them).
 * - `scopes (scope_kind, scope_id, name, valid_to)`: see `scopesOf`.
 * - `expected (scope_kind, scope_id, ordinal, indicator_id, sex, sex_order, period_start, period_end)`:
 *   scopes × periods × cells, leaving out the periods that start after a municipality's `valid_to`.
 * - `present (scope_kind, scope_id, indicator_id, sex, period_start)`: the expected cells that have
 *   a value: an ACTUAL observation of the scope and indicator, that cell's sex, every role (role
 *   null), a review status asked for, and its own period inside the period (both ends); only
 *   values the viewer may read.
 * - `cells (..., present)`: every expected cell, marked present or not (a hash left join, so the
 *   missing ones are the anti-join).
 * - `per_scope (scope_kind, scope_id, name, expected, present)`.
 * - `ranked (..., position)`: the scopes, least complete first, then the programme before its
 *   municipalities, then by name; `position` (0-based) orders the whole list for paging.
 */
export function withCompletenessCells(
  reader: Reader,
  request: CompletenessRequest,
  only?: CompletenessScopeKey[],
): Knex.QueryBuilder {
  const knex = sql(reader.em);
  const grid = periodGrid(request.from, request.to, request.period);

  const chosen = knex.raw(
    `select * from (values ${request.indicators.map(() => '(?::int, ?::int, ?::boolean)').join(', ')}) as c (ordinal, indicator_id, by_sex)`,
    request.indicators.flatMap((indicator, ordinal) => [ordinal, indicator.id, indicator.bySex]),
  );
  const chosenCells = knex.raw(
    `select c.ordinal, c.indicator_id, s.sex, s.sex_order
       from chosen c join (values (?::text, 0), (?::text, 1), (?::text, 2)) as s (sex, sex_order) on s.sex_order = 0 or c.by_sex`,
    [Sex.TOTAL, Sex.FEMALE, Sex.MALE],
  );
  const periods = periodsSql(knex, request.from, request.to, grid);
  const expected = knex.raw(`
    select sc.scope_kind, sc.scope_id, cc.ordinal, cc.indicator_id, cc.sex, cc.sex_order, p.period_start, p.period_end
      from scopes sc cross join periods p cross join chosen_cells cc
     where sc.valid_to is null or sc.valid_to >= p.period_start`);

  const scopeIds = (kind: CompletenessScopeKind) => knex.select('scope_id').from('scopes').where('scope_kind', kind);
  const present = knex
    .distinct(
      knex.raw(
        `o.scope_kind::text as scope_kind, coalesce(o.municipality_id, o.programme_id) as scope_id, o.indicator_id, o.sex::text as sex, p.period_start`,
      ),
    )
    .from({ o: tableOf(reader.em, Observation) })
    .join({ p: 'periods' }, (on) =>
      on.on('o.period_start', '>=', 'p.period_start').andOn('o.period_end', '<=', 'p.period_end'),
    )
    .whereIn(
      'o.indicator_id',
      request.indicators.map((indicator) => indicator.id),
    )
    .where('o.kind', ObservationKind.ACTUAL)
    .whereNull('o.role')
    .whereIn('o.review_status', request.reviewStatuses)
    .where((scope) =>
      scope
        .where((municipal) =>
          municipal
            .where('o.scope_kind', ScopeKind.MUNICIPALITY)
            .whereIn('o.municipality_id', scopeIds(ScopeKind.MUNICIPALITY)),
        )
        .orWhere((programme) =>
          programme.where('o.scope_kind', ScopeKind.PROGRAMME).whereIn('o.programme_id', scopeIds(ScopeKind.PROGRAMME)),
        ),
    );
  reader.rules.restrict(Observation, present, 'o');

  const cells = knex.raw(`
    select e.*, (pr.scope_id is not null) as present
      from expected e
      left join present pr on pr.scope_kind = e.scope_kind and pr.scope_id = e.scope_id and pr.indicator_id = e.indicator_id
                          and pr.sex = e.sex and pr.period_start = e.period_start`);
  const perScope = knex.raw(`
    select sc.scope_kind, sc.scope_id, sc.name, count(c.scope_id)::int as expected, (count(*) filter (where c.present))::int as present
      from scopes sc left join cells c on c.scope_kind = sc.scope_kind and c.scope_id = sc.scope_id
     group by sc.scope_kind, sc.scope_id, sc.name`);
  const ranked = knex.raw(
    `select s.*, (row_number() over (order by s.present::float8 / nullif(s.expected, 0) nulls last, s.scope_kind = ? desc, s.name, s.scope_id) - 1)::int as position
       from per_scope s`,
    [ScopeKind.PROGRAMME],
  );

  return (
    knex
      .with('chosen', chosen)
      .with('chosen_cells', chosenCells)
      .with('periods', periods)
      .with('scopes', scopesOf(reader, request, only))
      .with('expected', expected)
      // Materialized, so the planner never re-runs them per row of a nested loop when the statistics are thin.
      .withMaterialized('present', present)
      .withMaterialized('cells', cells)
      .with('per_scope', perScope)
      .with('ranked', ranked)
  );
}

/** How many scopes a request covers, in one cheap statement: checked against the cap before any cell is generated. */
export async function countCompletenessScopes(reader: Reader, request: CompletenessRequest): Promise<number> {
  const knex = sql(reader.em);
  const query = knex
    .with('scopes', scopesOf(reader, request))
    .select(knex.raw('count(*)::int as count'))
    .from('scopes');
  const [row] = await fetchRows<{ count: number }>(reader.em, query);
  return row.count;
}
