import type { Knex } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';

/** How a series cuts its range into periods. */
export enum PeriodType {
  YEAR = 'YEAR',
  HALF_YEAR = 'HALF_YEAR',
  QUARTER = 'QUARTER',
  CUSTOM = 'CUSTOM',
}
registerEnumType(PeriodType, {
  name: 'PeriodType',
  description: 'How a series cuts its range into periods.',
  valuesConfig: {
    YEAR: { description: 'Calendar years.' },
    HALF_YEAR: { description: 'Calendar half-years: January-June and July-December.' },
    QUARTER: { description: 'Calendar quarters.' },
    CUSTOM: { description: 'The whole range as one period.' },
  },
});

/** The most periods one series may have: 100 years of quarters. */
export const MAX_SERIES_PERIODS = 400;

const MONTHS: Record<Exclude<PeriodType, PeriodType.CUSTOM>, number> = {
  [PeriodType.YEAR]: 12,
  [PeriodType.HALF_YEAR]: 6,
  [PeriodType.QUARTER]: 3,
};

/** What SQL needs to generate a range's periods: the first period's calendar start, the step, how many. */
export interface PeriodGrid {
  /** First day of the calendar period holding the range's first day (YYYY-MM-DD); the range's first day for CUSTOM. */
  anchor: string;
  /** A PostgreSQL interval between period starts. */
  step: string;
  count: number;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The calendar periods of `period` type that overlap `from`..`to` (both included, `from` <= `to`).
 * The first and last are clipped to the range by the query, so nothing outside it ever counts.
 */
export function periodGrid(from: string, to: string, period: PeriodType): PeriodGrid {
  if (period === PeriodType.CUSTOM) {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    return { anchor: from, step: `${days} days`, count: 1 };
  }
  const months = MONTHS[period];
  const first = Math.floor(monthIndex(from) / months) * months;
  return {
    anchor: `${pad(Math.floor(first / 12), 4)}-${pad((first % 12) + 1, 2)}-01`,
    step: `${months} months`,
    count: Math.floor((monthIndex(to) - first) / months) + 1,
  };
}

/**
 * SQL of the periods of `grid` over `from`..`to`: `(period_start, period_end)`, the first and last
 * clipped to the range. Numbered by an integer `generate_series` of `grid.count`, so the planner
 * knows how many periods there are: over a series of timestamps it guesses 1 000, and the cost it
 * then reckons for the joins that follow is high enough for a server with JIT on (PostgreSQL's
 * default) to spend half a second compiling a query that runs in milliseconds.
 */
export function periodsSql(knex: Knex, from: string, to: string, grid: PeriodGrid): Knex.Raw {
  return knex.raw(
    `select greatest((?::date + n * ?::interval)::date, ?::date) as period_start,
            least((?::date + (n + 1) * ?::interval - interval '1 day')::date, ?::date) as period_end
       from generate_series(0, ?::int - 1) as n`,
    [grid.anchor, grid.step, from, grid.anchor, grid.step, to, grid.count],
  );
}
