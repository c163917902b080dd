import type { MunicipalityKind } from '../entities/municipality.entity';
import type { ReviewStatus } from '../entities/observation.entity';
import { badUserInput } from '../schema/errors';
import { MAX_SERIES_PERIODS, periodGrid, type PeriodType } from './series-periods';
import { checkRange } from '../schema/date-range';

/** The most indicators one completeness request names: as many as a ranking combines. */
export const MAX_COMPLETENESS_INDICATORS = 20;
/**
 * The most expected cells (scopes × periods × indicator cells) one request may span: Norway's 357
 * municipalities, 10 indicators by sex and 20 years are 214 200, under it; every municipality of a
 * country by quarter over a century is not.
 */
export const MAX_COMPLETENESS_CELLS = 250_000;

/** The most cells one indicator is expected in per scope and period: TOTAL, and FEMALE and MALE when disaggregated by sex. */
export const MAX_CELLS_PER_INDICATOR = 3;

/** Longer codes name nothing; refusing them (and NUL, which PostgreSQL text cannot hold) spares a query that cannot match. */
const MAX_CODE_LENGTH = 100;

/** One indicator of the request, found: its id, and whether its FEMALE and MALE cells are expected too. */
export interface CompletenessIndicator {
  id: number;
  bySex: boolean;
}

/** Whose completeness is asked for: a country's municipalities, or a programme with its participating municipalities. */
export type CompletenessScopes =
  { countryCode: string; municipalityKind: MunicipalityKind | null } | { programmeId: number };

/** A checked completeness request: what `completeness-cells` turns into SQL. */
export interface CompletenessRequest {
  scopes: CompletenessScopes;
  /** In the order asked for; missing cells are listed in this order. */
  indicators: CompletenessIndicator[];
  from: string;
  to: string;
  period: PeriodType;
  reviewStatuses: ReviewStatus[];
}

/** Checks what can be checked without the database; returns how many periods the range has. */
export function checkCompletenessArguments(
  indicators: string[],
  from: string,
  to: string,
  period: PeriodType,
  reviewStatuses: ReviewStatus[],
): number {
  checkRange(from, to, 'from', 'to');
  const { count } = periodGrid(from, to, period);
  if (count > MAX_SERIES_PERIODS) {
    throw badUserInput(
      'period',
      `${from}..${to} in ${period} periods makes ${count} periods, more than ${MAX_SERIES_PERIODS}; ask for a longer period or a shorter range.`,
    );
  }
  if (indicators.length === 0)
    throw badUserInput('indicators', 'is empty; name at least one indicator whose values are expected.');
  if (indicators.length > MAX_COMPLETENESS_INDICATORS) {
    throw badUserInput(
      'indicators',
      `lists ${indicators.length} indicators; a completeness report covers at most ${MAX_COMPLETENESS_INDICATORS}.`,
    );
  }
  const seen = new Set<string>();
  indicators.forEach((code, index) => {
    if (code.length > MAX_CODE_LENGTH || code.includes('\u0000')) {
      throw badUserInput(
        `indicators[${index}]`,
        `is not an indicator code: codes are at most ${MAX_CODE_LENGTH} characters, without NUL.`,
      );
    }
    if (seen.has(code))
      throw badUserInput(`indicators[${index}]`, `${JSON.stringify(code)} is listed twice; name each indicator once.`);
    seen.add(code);
  });
  if (reviewStatuses.length === 0) throw badUserInput('reviewStatuses', 'give at least one review status.');
  return count;
}

/** Refuses a request whose expected cells would exceed the cap, before any of them is generated. */
export function checkCompletenessSize(
  periodCount: number,
  scopeCount: number,
  indicators: CompletenessIndicator[],
  from: string,
  to: string,
  period: PeriodType,
): void {
  const cellsPerPeriod = indicators.reduce((total, indicator) => total + (indicator.bySex ? 3 : 1), 0);
  const cells = periodCount * scopeCount * cellsPerPeriod;
  if (cells > MAX_COMPLETENESS_CELLS) {
    throw badUserInput(
      'period',
      `${from}..${to} in ${period} periods makes ${periodCount} periods × ${scopeCount} scopes × ${cellsPerPeriod} indicator cells = ${cells} expected cells, more than ${MAX_COMPLETENESS_CELLS}; ask for a longer period, a shorter range, fewer indicators or one municipality kind.`,
    );
  }
}
