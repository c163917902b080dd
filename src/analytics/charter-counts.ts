import { CharterSignature } from '../entities/charter-signature.entity';
import { Observation, ObservationKind, ReviewStatus, ScopeKind } from '../entities/observation.entity';
import { Sex } from '../entities/sex.enum';
import { fetchRows, sql } from '../loaders/plain-rows';
import type { Reader } from '../loaders/reader';
import { badUserInput, notFound } from '../schema/errors';
import { ACTION_PLAN_YEARS } from './action-plan-status';
import { checkYearRange } from '../schema/years';

/** The most years one request may span. */
export const MAX_CHARTER_COUNT_YEARS = 100;
/** The most countries one request may list; more than there are countries. */
export const MAX_CHARTER_COUNT_COUNTRIES = 300;
/** The indicator whose country values are published counts of signatories. */
export const CHARTER_SIGNATORIES_INDICATOR = 'CHARTER_SIGNATORIES';

/** One country in one year: counts from the recorded signatures, and the reported count of that year if any. */
export interface CharterCountRow {
  countryCode: string;
  year: number;
  signedInYear: number;
  signatories: number;
  actionPlansAdopted: number;
  overdue: number;
  undatedSignatories: number;
  reportedObservationId: number | null;
}

/** Checks the years and the list before any SQL runs. */
export function checkCharterCountArguments(countries: readonly string[] | null, from: number, to: number): void {
  checkYearRange(from, to);
  if (to - from + 1 > MAX_CHARTER_COUNT_YEARS) {
    throw badUserInput(
      'to',
      `${from}..${to} spans ${to - from + 1} years, more than ${MAX_CHARTER_COUNT_YEARS}; ask for a shorter range.`,
    );
  }
  if (countries !== null && countries.length > MAX_CHARTER_COUNT_COUNTRIES) {
    throw badUserInput('countries', `lists ${countries.length} countries; at most ${MAX_CHARTER_COUNT_COUNTRIES}.`);
  }
}

/**
 * Per country and year, in one statement: years from `generate_series` crossed with the countries (so
 * years without signatures come back with zeros), each joined with the signatures dated by that year's
 * end. A signature counts as signed in the year of `signed_on`; as adopted once `action_plan_adopted_on`
 * is on or before the year's end; as overdue when, at the year's end, the two years after signing have
 * run out and no plan is adopted yet (as `actionPlanStatus` judges today). Signatures without a signing
 * date count in no year and are given apart. Beside the counts, the id of the reported count of the
 * year: the approved total of `CHARTER_SIGNATORIES` for the country whose period ends in that year
 * (the latest such), when the viewer may read it. `countries` null means every country the hub records;
 * a code the hub does not record is NOT_FOUND.
 */
export async function loadCharterCounts(
  reader: Reader,
  countries: readonly string[] | null,
  from: number,
  to: number,
): Promise<CharterCountRow[]> {
  const knex = sql(reader.em);
  const wanted = countries === null ? null : [...new Set(countries)];
  if (wanted !== null && wanted.length === 0) return [];

  const countryRows = knex.select('c.code').from({ c: 'country' });
  if (wanted !== null) countryRows.whereIn('c.code', wanted);

  const signatures = knex
    .select('m.country_code', 's.signed_on', 's.action_plan_adopted_on')
    .from({ s: 'charter_signature' })
    .join({ m: 'municipality' }, 'm.id', 's.municipality_id')
    .whereIn('m.country_code', knex.select('code').from('countries'));
  reader.rules.restrict(CharterSignature, signatures, 's');

  const reported = knex
    .select(
      knex.raw(
        'distinct on (o.country_code, extract(year from o.period_end)) o.country_code, extract(year from o.period_end)::int as year, o.id',
      ),
    )
    .from({ o: 'observation' })
    .join({ i: 'indicator' }, 'i.id', 'o.indicator_id')
    .where('i.code', CHARTER_SIGNATORIES_INDICATOR)
    .where('o.scope_kind', ScopeKind.COUNTRY)
    .whereIn('o.country_code', knex.select('code').from('countries'))
    .where('o.kind', ObservationKind.ACTUAL)
    .where('o.review_status', ReviewStatus.APPROVED)
    .where('o.sex', Sex.TOTAL)
    .whereNull('o.role')
    .whereRaw('o.period_end between make_date(?, 1, 1) and make_date(?, 12, 31)', [from, to])
    .orderByRaw('o.country_code, extract(year from o.period_end), o.period_end desc, o.id desc');
  reader.rules.restrict(Observation, reported, 'o');

  const query = knex
    .with(
      'years',
      knex.raw(
        'select y::int as year, make_date(y::int, 12, 31) as year_end from generate_series(?::int, ?::int) as y',
        [from, to],
      ),
    )
    .with('countries', countryRows)
    .with('signatures', signatures)
    .with(
      'counts',
      knex.raw(
        `select c.code as country_code, y.year,
           (count(s.signed_on) filter (where s.signed_on >= make_date(y.year, 1, 1)))::int as signed_in_year,
           count(s.signed_on)::int as signatories,
           (count(s.signed_on) filter (where s.action_plan_adopted_on <= y.year_end))::int as action_plans_adopted,
           (count(s.signed_on) filter (where (s.signed_on + make_interval(years => ?))::date < y.year_end
              and (s.action_plan_adopted_on is null or s.action_plan_adopted_on > y.year_end)))::int as overdue
         from countries c cross join years y
         left join signatures s on s.country_code = c.code and s.signed_on <= y.year_end
         group by c.code, y.year`,
        [ACTION_PLAN_YEARS],
      ),
    )
    .with(
      'undated',
      knex.raw(
        'select country_code, count(*)::int as undated from signatures where signed_on is null group by country_code',
      ),
    )
    .with('reported', reported)
    .select(
      knex.raw(
        [
          'k.country_code as "countryCode"',
          'k.year',
          'k.signed_in_year as "signedInYear"',
          'k.signatories',
          'k.action_plans_adopted as "actionPlansAdopted"',
          'k.overdue',
          'coalesce(u.undated, 0) as "undatedSignatories"',
          'r.id as "reportedObservationId"',
        ].join(', '),
      ),
    )
    .from({ k: 'counts' })
    .leftJoin({ u: 'undated' }, 'u.country_code', 'k.country_code')
    .joinRaw('left join reported r on r.country_code = k.country_code and r.year = k.year')
    .orderBy(['k.country_code', 'k.year']);

  const rows = await fetchRows<CharterCountRow>(reader.em, query);
  if (wanted !== null) {
    const found = new Set(rows.map((row) => row.countryCode));
    const missing = wanted.find((code) => !found.has(code));
    if (missing !== undefined) throw notFound('countries', missing);
  }
  return rows;
}
