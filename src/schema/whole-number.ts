/** The largest integer id, and the largest list position: PostgreSQL's `integer`. */
export const MAX_INTEGER = 2_147_483_647;

/** Decimal digits, a minus first for a negative number, no leading zero: the one way each whole number is written. */
const CANONICAL_WHOLE_NUMBER = /^(0|-?[1-9]\d{0,15})$/;

/**
 * The whole number `text` writes, from `min` to `max`, or null: anything not written the one
 * canonical way (a sign, a space, a leading zero, an exponent, a point) names no number, so one
 * number never has two spellings.
 */
export function wholeNumberOf(text: string, min: number, max: number): number | null {
  if (!CANONICAL_WHOLE_NUMBER.test(text)) return null;
  const number = Number(text);
  return number >= min && number <= max ? number : null;
}

/** What an integer id is: a whole number from 1 to 2 147 483 647 written as `wholeNumberOf` reads it; null for any other key. */
export function integerIdOf(key: string): number | null {
  return wholeNumberOf(key, 1, MAX_INTEGER);
}
