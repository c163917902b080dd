import { GraphQLScalarType } from 'graphql';
import { GraphQLCountryCode, GraphQLLocalDate } from 'graphql-scalars';

/** `GraphQLLocalDate` accepts year 0000, which PostgreSQL (and the calendar) has not. */
function checkYear(date: string): string {
  if (Number(date.slice(0, 4)) < 1) throw new TypeError(`${date} is not a date: years start at 0001.`);
  return date;
}

/** A calendar date as `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31. */
export const LocalDate = new GraphQLScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  parseValue: (value) => checkYear(GraphQLLocalDate.parseValue(value)),
  parseLiteral: (ast, variables) => checkYear(GraphQLLocalDate.parseLiteral(ast, variables)),
});
/** An ISO 3166-1 alpha-2 country code such as `SE`. */
export const CountryCode = GraphQLCountryCode;
