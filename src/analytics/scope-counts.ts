import type { EntityManager } from '@mikro-orm/postgresql';
import { Country } from '../entities/country.entity';
import { Disbursement } from '../entities/disbursement.entity';
import { ProgrammeBudget } from '../entities/programme-budget.entity';
import { MunicipalityKind, Municipality } from '../entities/municipality.entity';
import { ProgrammeParticipant } from '../entities/programme-participant.entity';
import { Programme } from '../entities/programme.entity';
import { fetchRows, sql, tableOf } from '../loaders/plain-rows';

/**
 * How many places and programmes the hub holds: upper bounds of what an analytics request can span
 * (the scopes of a completeness report, the rows of a ranking, the groups of a series), for pricing
 * it before it runs. Archived records count nowhere, as no reader sees them; unpublished programmes
 * count, so a bound never falls short of what a funder reads. Only totals and the largest
 * programme's size are kept: nothing about one programme a caller might not be allowed to read.
 */
export interface ScopeCounts {
  countries: number;
  programmes: number;
  /** Participating municipalities of the programme that has the most. */
  largestProgrammeParticipants: number;
  /** Budgets per period (not archived) of the programme that has the most: prices `Programme.budgets`. */
  largestProgrammeBudgets: number;
  /** Disbursements (not archived) of the programme that has the most: prices `Programme.disbursements`. */
  largestProgrammeDisbursements: number;
  /** Municipalities of `country` (every country when null) of `kind` (every tier when null). */
  municipalities(country: string | null, kind: MunicipalityKind | null): number;
}

/**
 * Municipalities a country is assumed to hold while none are counted: more than any country but
 * France has, so a ranking, which no cap bounds, is still priced finitely and high.
 */
const UNCOUNTED_MUNICIPALITIES = 10_000;

/**
 * Counts when nothing is known (before the first load, or when the database could not answer):
 * no bound at all where the fields priced by them have caps, so every cap applies; municipalities,
 * which a ranking scores without a cap, as `UNCOUNTED_MUNICIPALITIES`.
 */
export const UNKNOWN_SCOPE_COUNTS: ScopeCounts = {
  countries: Infinity,
  programmes: Infinity,
  largestProgrammeParticipants: Infinity,
  largestProgrammeBudgets: Infinity,
  largestProgrammeDisbursements: Infinity,
  municipalities: () => UNCOUNTED_MUNICIPALITIES,
};

interface MunicipalityCountRow {
  country: string;
  kind: MunicipalityKind;
  count: number;
}

/** The largest number of live rows of `table` naming one programme (`??` its table). */
const LARGEST_PER_PROGRAMME = `(select coalesce(max(n), 0)::int from (select count(*) as n from ?? where archived_at is null group by programme_id) as per_programme)`;

/** The counts, in two statements; the money tables are bounded by their caps per programme. */
export async function loadScopeCounts(em: EntityManager): Promise<ScopeCounts> {
  const knex = sql(em);
  const [municipalityRows, [totals]] = await Promise.all([
    fetchRows<MunicipalityCountRow>(
      em,
      knex
        .select('country_code as country', 'kind', knex.raw('count(*)::int as count'))
        .from(tableOf(em, Municipality))
        .whereNull('archived_at')
        .groupBy('country_code', 'kind'),
    ),
    fetchRows<{ countries: number; programmes: number; largest: number; budgets: number; disbursements: number }>(
      em,
      knex.raw(
        `select (select count(*)::int from ??) as countries,
                (select count(*)::int from ?? where archived_at is null) as programmes,
                (select coalesce(max(n), 0)::int from (select count(*) as n from ?? group by programme_id) as per_programme) as largest,
                ${LARGEST_PER_PROGRAMME} as budgets,
                ${LARGEST_PER_PROGRAMME} as disbursements`,
        [
          tableOf(em, Country),
          tableOf(em, Programme),
          tableOf(em, ProgrammeParticipant),
          tableOf(em, ProgrammeBudget),
          tableOf(em, Disbursement),
        ],
      ),
    ),
  ]);
  return {
    countries: totals.countries,
    programmes: totals.programmes,
    largestProgrammeParticipants: totals.largest,
    largestProgrammeBudgets: totals.budgets,
    largestProgrammeDisbursements: totals.disbursements,
    municipalities: (country, kind) =>
      municipalityRows
        .filter((row) => (country === null || row.country === country) && (kind === null || row.kind === kind))
        .reduce((sum, row) => sum + row.count, 0),
  };
}
