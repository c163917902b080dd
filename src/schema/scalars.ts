import { GraphQLScalarType } from 'graphql';
import { GraphQLCountryCode, GraphQLLocalDate } from 'graphql-scalars';

/** `GraphQLLocalDate` accepts year 0000, which PostgreSQL (and the calendar) has not. */
function checkYear(date: string): string {
  if (Number(date.slice(0, 4)) < 1) throw new TypeError(`${date} is not a date: years start at 0001.`);
  return date;
}

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a `YYYY-MM-DD` string names a day of the (proleptic Gregorian) calendar, without making a Date. */
function isCalendarDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * A calendar date as `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31. Answers are checked as
 * `GraphQLLocalDate` checks them, a valid date without its Date round trip (dates are most of
 * what some pages send); anything else goes to `GraphQLLocalDate`, for its error.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  serialize: (value) =>
    typeof value === 'string' && DATE_FORMAT.test(value) && isCalendarDay(value)
      ? value
      : GraphQLLocalDate.serialize(value),
  parseValue: (value) => checkYear(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast, variables) => checkYear(GraphQLLocalDate.parseLiteral(ast, variables)),
});
/** An ISO 3166-1 alpha-2 country code such as `SE`. */
export const CountryCode = GraphQLCountryCode;
