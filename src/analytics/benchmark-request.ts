import { IndicatorDirection, type Indicator } from '../entities/indicator.entity';
import type { MunicipalityKind } from '../entities/municipality.entity';
import { badUserInput } from '../schema/errors';
import type { Normalisation } from './benchmark-normalisation';
import { checkYear } from '../schema/years';

/** The most indicators one ranking combines: enough for any composite, few enough to keep the statement small. */
export const MAX_BENCHMARK_INDICATORS = 20;

/** The largest weight: only ratios matter, and a bound keeps the weighted sums finite. */
export const MAX_BENCHMARK_WEIGHT = 1000;

/** Longer codes name nothing; refusing them (and NUL, which PostgreSQL text cannot hold) spares a query that cannot match. */
const MAX_CODE_LENGTH = 100;

/** One chosen indicator and its weight, as the client sent them. */
export interface WeightedIndicatorArgument {
  code: string;
  weight: number;
}

/** One indicator of a ranking, found, with its weight. */
export interface BenchmarkIndicator {
  indicator: Indicator;
  weight: number;
}

/** A checked ranking request: what `benchmark-scores` turns into SQL. */
export interface BenchmarkRequest {
  countryCode: string;
  year: number;
  indicators: BenchmarkIndicator[];
  normalisation: Normalisation;
  kind: MunicipalityKind | null;
}

/** Checks what can be checked without the database: the year, the list's length, duplicates and weights. */
export function checkBenchmarkArguments(year: number, indicators: WeightedIndicatorArgument[]): void {
  checkYear('year', year);
  if (indicators.length === 0) throw badUserInput('indicators', 'is empty; choose at least one indicator to rank on.');
  if (indicators.length > MAX_BENCHMARK_INDICATORS) {
    throw badUserInput(
      'indicators',
      `lists ${indicators.length} indicators; a ranking combines at most ${MAX_BENCHMARK_INDICATORS}.`,
    );
  }
  const seen = new Set<string>();
  indicators.forEach(({ code, weight }, index) => {
    if (code.length > MAX_CODE_LENGTH || code.includes('\u0000')) {
      throw badUserInput(
        `indicators[${index}].code`,
        `is not an indicator code: codes are at most ${MAX_CODE_LENGTH} characters, without NUL.`,
      );
    }
    if (seen.has(code))
      throw badUserInput(
        `indicators[${index}].code`,
        `${JSON.stringify(code)} is listed twice; give each indicator once, with its weight.`,
      );
    seen.add(code);
    if (!(weight >= 0))
      throw badUserInput(
        `indicators[${index}].weight`,
        `must not be negative; got ${weight} for ${JSON.stringify(code)}.`,
      );
    if (weight > MAX_BENCHMARK_WEIGHT)
      throw badUserInput(
        `indicators[${index}].weight`,
        `weight ${weight} of ${JSON.stringify(code)} is more than ${MAX_BENCHMARK_WEIGHT}; only the ratios between weights matter.`,
      );
  });
  if (indicators.every(({ weight }) => weight === 0))
    throw badUserInput('indicators', 'weights sum to zero; give at least one indicator a positive weight.');
}

/** A neutral indicator has no better direction, so it cannot score a municipality up or down. */
export function checkRankable(indicator: Indicator, index: number): void {
  if (indicator.direction === IndicatorDirection.NEUTRAL) {
    throw badUserInput(
      `indicators[${index}].code`,
      `${JSON.stringify(indicator.code)} is NEUTRAL: neither higher nor lower values are better, so it cannot score a ranking.`,
    );
  }
}
