import type { Knex } from '@mikro-orm/postgresql';
import { IndicatorUnit } from '../entities/indicator.entity';
import { Initiative } from '../entities/initiative.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import { ProgrammeParticipant } from '../entities/programme-participant.entity';
import { Programme } from '../entities/programme.entity';
import { Sex } from '../entities/sex.enum';
import { fetchRows, selectionOf, sql, tableOf } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import { COMPARABLE_COUNT_CODES, COMPARABLE_SHARE_SUFFIX } from './computed-comparisons';
import { ComputedFigureKind } from './computed-figure-kind';

/** A range of days, both ends included (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

/** One figure the hub computed for one programme, beside the programme's own reported figure of the comparable indicator. */
export interface ComputedFigureRow {
  programmeId: number;
  kind: ComputedFigureKind;
  /** The BOOLEAN indicator a SHARE_TRUE derives from; null for counts. */
  indicatorId: number | null;
  /** The reported indicator the figure is compared with, when the hub has it. */
  comparableIndicatorId: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reported: Observation | null;
  difference: number | null;
}

const REPORTED = 'reported__';

/**
 * The computed figures of each programme in `programmeIds`, in one statement: CTEs for the counted
 * initiatives, the municipalities they and the programme reach, each initiative's latest approved
 * value of each BOOLEAN indicator (aggregated with FILTER), and the programme's latest approved
 * reported value of each comparable indicator; every read restricted to what the viewer may see.
 *
 * With `period`: initiatives whose own period overlaps it (an unknown start or end is open), and
 * values (computed and reported) whose period lies inside it. Values are ACTUAL totals (sex TOTAL,
 * every role). Order: per programme, INITIATIVE_COUNT, MUNICIPALITIES_REACHED, then SHARE_TRUE by
 * indicator code.
 */
export async function loadComputedFigures(
  reader: Reader,
  programmeIds: readonly number[],
  period: DayRange | null,
): Promise<ComputedFigureRow[]> {
  const { em, rules } = reader;
  const knex = sql(em);
  const ids = [...programmeIds];
  const inside = (query: Knex.QueryBuilder, alias: string) => {
    if (period) query.where(`${alias}.period_start`, '>=', period.from).where(`${alias}.period_end`, '<=', period.to);
  };
  const approvedTotals = (query: Knex.QueryBuilder, alias: string) =>
    query
      .where(`${alias}.kind`, ObservationKind.ACTUAL)
      .where(`${alias}.sex`, Sex.TOTAL)
      .whereNull(`${alias}.role`)
      .where(`${alias}.review_status`, ReviewStatus.APPROVED);

  const programmes = knex
    .select({ programme_id: 'p.id' })
    .from({ p: tableOf(em, Programme) })
    .whereIn('p.id', ids);
  rules.restrict(Programme, programmes, 'p');

  const initiatives = knex
    .select('i.id', 'i.programme_id', 'i.lead_municipality_id')
    .from({ i: tableOf(em, Initiative) })
    .whereIn('i.programme_id', ids);
  if (period) {
    initiatives
      .where((starts) => starts.whereNull('i.start_on').orWhere('i.start_on', '<=', period.to))
      .where((ends) => ends.whereNull('i.end_on').orWhere('i.end_on', '>=', period.from));
  }
  rules.restrict(Initiative, initiatives, 'i');

  const participants = knex
    .select('pp.programme_id', 'pp.municipality_id')
    .from({ pp: tableOf(em, ProgrammeParticipant) })
    .whereIn('pp.programme_id', ids);
  rules.restrict(ProgrammeParticipant, participants, 'pp');

  const reached = knex.raw(
    `select programme_id, municipality_id from participants
     union select ci.programme_id, im.municipality_id from counted_initiatives ci join initiative_municipality im on im.initiative_id = ci.id
     union select ci.programme_id, ci.lead_municipality_id from counted_initiatives ci where ci.lead_municipality_id is not null`,
  );

  // Each counted initiative's latest approved value of each BOOLEAN indicator; values other than 0 and 1 are not booleans and never count.
  const latest = knex
    .select('ci.programme_id', 'o.indicator_id', 'o.value')
    .distinctOn('o.initiative_id', 'o.indicator_id')
    .from({ o: tableOf(em, Observation) })
    .join({ ci: 'counted_initiatives' }, 'ci.id', 'o.initiative_id')
    .join({ b: 'indicator' }, 'b.id', 'o.indicator_id')
    .where('b.unit', IndicatorUnit.BOOLEAN)
    .where('o.scope_kind', ScopeKind.INITIATIVE)
    .whereIn('o.value', [0, 1])
    .orderBy([
      'o.initiative_id',
      'o.indicator_id',
      { column: 'o.period_end', order: 'desc' },
      { column: 'o.period_start', order: 'desc' },
      { column: 'o.id', order: 'desc' },
    ]);
  approvedTotals(latest, 'o');
  inside(latest, 'o');
  rules.restrict(Observation, latest, 'o');

  // The programme's own reported value of each indicator: the latest period, the widest of those.
  const reported = knex
    .select(selectionOf(em, Observation, 'o'))
    .distinctOn('o.programme_id', 'o.indicator_id')
    .from({ o: tableOf(em, Observation) })
    .where('o.scope_kind', ScopeKind.PROGRAMME)
    .whereIn('o.programme_id', ids)
    .orderBy([
      'o.programme_id',
      'o.indicator_id',
      { column: 'o.period_end', order: 'desc' },
      { column: 'o.period_start', order: 'asc' },
      { column: 'o.id', order: 'desc' },
    ]);
  approvedTotals(reported, 'o');
  inside(reported, 'o');
  rules.restrict(Observation, reported, 'o');

  // A share for each BOOLEAN indicator with values, and for each whose comparable share the programme reports (0 of 0 without values).
  const shares = knex.raw(
    `select l.programme_id, l.indicator_id, (count(*) filter (where l.value = 1))::int as numerator, count(*)::int as denominator
       from latest l group by l.programme_id, l.indicator_id
     union all
     select r."programmeId", b.id, 0, 0
       from reported r join indicator s on s.id = r."indicatorId" join indicator b on b.unit = ? and s.code = b.code || ?
      where not exists (select 1 from latest l where l.programme_id = r."programmeId" and l.indicator_id = b.id)`,
    [IndicatorUnit.BOOLEAN, COMPARABLE_SHARE_SUFFIX],
  );

  const figures = knex.raw(
    `select p.programme_id, ?::text as kind, 0 as kind_order, null::int as indicator_id, ?::text as comparable_code,
            (select count(*) from counted_initiatives ci where ci.programme_id = p.programme_id)::float8 as value,
            null::int as numerator, null::int as denominator
       from programmes p
     union all
     select p.programme_id, ?, 1, null, ?, (select count(distinct r.municipality_id) from reached r where r.programme_id = p.programme_id)::float8, null, null
       from programmes p
     union all
     select s.programme_id, ?, 2, s.indicator_id, b.code || ?, (100.0 * s.numerator / nullif(s.denominator, 0))::float8, s.numerator, s.denominator
       from shares s join programmes p on p.programme_id = s.programme_id join indicator b on b.id = s.indicator_id`,
    [
      ComputedFigureKind.INITIATIVE_COUNT,
      COMPARABLE_COUNT_CODES.INITIATIVE_COUNT,
      ComputedFigureKind.MUNICIPALITIES_REACHED,
      COMPARABLE_COUNT_CODES.MUNICIPALITIES_REACHED,
      ComputedFigureKind.SHARE_TRUE,
      COMPARABLE_SHARE_SUFFIX,
    ],
  );

  const reportedColumns: Record<string, string> = {};
  for (const property of Object.keys(selectionOf(em, Observation, 'r')))
    reportedColumns[`${REPORTED}${property}`] = `r.${property}`;
  const query = knex
    .with('programmes', programmes)
    .with('counted_initiatives', initiatives)
    .with('participants', participants)
    .with('reached', reached)
    .with('latest', latest)
    .with('reported', reported)
    .with('shares', shares)
    .with('figures', figures)
    .select({
      programmeId: 'f.programme_id',
      kind: 'f.kind',
      indicatorId: 'f.indicator_id',
      comparableIndicatorId: 'c.id',
      value: 'f.value',
      numerator: 'f.numerator',
      denominator: 'f.denominator',
      ...reportedColumns,
    })
    .select(knex.raw('(f.value - r.value::float8) as difference'))
    .from({ f: 'figures' })
    .leftJoin({ c: 'indicator' }, 'c.code', 'f.comparable_code')
    .joinRaw('left join reported r on r."programmeId" = f.programme_id and r."indicatorId" = c.id')
    .leftJoin({ b: 'indicator' }, 'b.id', 'f.indicator_id')
    .orderBy(['f.programme_id', 'f.kind_order', 'b.code']);

  const rows = await fetchRows<Record<string, unknown>>(em, query);
  return rows.map((row) => {
    const reportedRow: Record<string, unknown> = {};
    const figure: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      if (column.startsWith(REPORTED)) reportedRow[column.slice(REPORTED.length)] = value;
      else figure[column] = value;
    }
    return {
      ...(figure as Omit<ComputedFigureRow, 'reported'>),
      reported: reportedRow.id == null ? null : (reportedRow as unknown as Observation),
    };
  });
}
