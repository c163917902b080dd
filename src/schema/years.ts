import { checkRange } from './date-range';
import { badUserInput } from './errors';

/** The years the hub accepts in arguments: wide enough for any programme, narrow enough for dates. */
export const YEAR_RANGE = { first: 1900, last: 2200 } as const;

/** Checks a year argument; outside the range it is BAD_USER_INPUT naming `argument`. */
export function checkYear(argument: string, year: number): void {
  if (year < YEAR_RANGE.first || year > YEAR_RANGE.last) {
    throw badUserInput(argument, `must be a year between ${YEAR_RANGE.first} and ${YEAR_RANGE.last}; got ${year}.`);
  }
}

/** Checks the years `from` and `to` of a range, `to` not before `from`; BAD_USER_INPUT naming the argument otherwise. */
export function checkYearRange(from: number, to: number): void {
  checkYear('from', from);
  checkYear('to', to);
  checkRange(from, to, 'from', 'to');
}
