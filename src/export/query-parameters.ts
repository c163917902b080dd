import { wholeNumberOf } from '../schema/whole-number';
import { GraphQLError } from 'graphql';
import { ExportInputError } from './export-table';

/** The parameter's value, or `fallback` when absent or empty. */
export function textParameter(query: URLSearchParams, name: string, fallback?: string): string {
  const value = query.get(name);
  if (value) return value;
  if (fallback === undefined) throw new ExportInputError(`The parameter '${name}' is required.`);
  return fallback;
}

/** A whole number between `min` and `max`. */
export function integerParameter(
  query: URLSearchParams,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  const text = textParameter(query, name, fallback === undefined ? undefined : String(fallback));
  const value = wholeNumberOf(text, min, max);
  if (value === null)
    throw new ExportInputError(
      `The parameter '${name}' must be a whole number from ${min} to ${max}; it is '${text}'.`,
    );
  return value;
}

/** One of `allowed`. */
export function choiceParameter<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  const text = textParameter(query, name, fallback);
  if (!(allowed as readonly string[]).includes(text))
    throw new ExportInputError(`The parameter '${name}' must be one of ${allowed.join(', ')}; it is '${text}'.`);
  return text as T;
}

/** A comma-separated list, each item one of `allowed` (none when absent). */
export function choiceListParameter<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T[] {
  const items = (query.get(name) ?? '').split(',').filter(Boolean);
  const bad = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (bad !== undefined)
    throw new ExportInputError(
      `The parameter '${name}' lists '${bad}'; each item must be one of ${allowed.join(', ')}.`,
    );
  return items as T[];
}

/**
 * Runs a check the GraphQL API applies to the same argument, so a download refuses what the API
 * refuses, before any operation runs: its BAD_USER_INPUT becomes an ExportInputError naming the
 * page's `parameter`, with the API's reason.
 */
export function checkAsTheApiDoes(parameter: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
    const reason = error.message.replace(/^Argument "[^"]*": /, '');
    throw new ExportInputError(`The parameter '${parameter}' is refused: ${reason}`);
  }
}

/** A code as the hub writes them (`NaturalCode`): a letter or digit, then letters, digits, ".", "_", ":", "-". */
const NATURAL_CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** A record's code (a programme's, a municipality's), refused before any operation runs when it cannot be one. */
export function codeParameter(query: URLSearchParams, name: string): string {
  const text = textParameter(query, name);
  if (!NATURAL_CODE.test(text))
    throw new ExportInputError(
      `The parameter '${name}' must be a code (letters, digits, ".", "_", ":", "-"); it is '${text.slice(0, 70)}'.`,
    );
  return text;
}

/** A country's ISO 3166-1 alpha-2 code (`NO`, `SE`, `RS`). */
export function countryParameter(query: URLSearchParams, name: string): string {
  const text = textParameter(query, name);
  if (!/^[A-Z]{2}$/.test(text))
    throw new ExportInputError(
      `The parameter '${name}' must be a country's two-letter code, such as NO; it is '${text.slice(0, 70)}'.`,
    );
  return text;
}

/** The municipality a profile shows, as in its path `/municipalities/{country}/{code}`. */
export interface MunicipalityVariables {
  country: string;
  code: string;
}

/** `country` and `code` of a municipality's profile. */
export function municipalityParameters(query: URLSearchParams): MunicipalityVariables {
  return { country: countryParameter(query, 'country'), code: codeParameter(query, 'code') };
}
