import { GraphQLCountryCode, GraphQLCurrency, GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date as `YYYY-MM-DD`. */
export const LocalDate = GraphQLLocalDate;
/** An ISO 3166-1 alpha-2 country code such as `SE`. */
export const CountryCode = GraphQLCountryCode;
/** An ISO 4217 currency code such as `EUR`. */
export const CurrencyCode = GraphQLCurrency;
