/** What a record's form holds: text fields as written, checkboxes as booleans, check groups as lists. */
export type FormValues = Record<string, string | boolean | string[]>;

/** Text as a required input value, trimmed. */
export const text = (value: FormValues[string]) => (typeof value === 'string' ? value.trim() : '');

/** Text as an optional input value: null when blank. */
export const textOrNull = (value: FormValues[string]) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Text as an optional number (a decimal comma read as a point): null when blank. Text that is no
 * number is sent as written, so the API refuses it and names the field (`... at "input.grantAmount"`).
 */
export const numberOrNull = (value: FormValues[string]): number | null => {
  const written = textOrNull(value);
  if (written === null) return null;
  const number = Number(written.replace(',', '.'));
  return Number.isFinite(number) ? number : (written as unknown as number);
};

/** A check group's choices as a list. */
export const list = (value: FormValues[string]) => (Array.isArray(value) ? value : []);
