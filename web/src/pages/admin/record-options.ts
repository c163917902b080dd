import type { Choice } from './choice-options';

/**
 * Records as the options of a choice, each labelled `CODE – Name in English`, and valued by its
 * code or by what `valueOf` picks (its global id, for a field that names another record).
 */
export function recordOptions<T extends { code: string; nameEn: string }>(
  records: T[],
  valueOf: (record: T) => string = (record) => record.code,
): Choice[] {
  return records.map((record) => ({ value: valueOf(record), label: `${record.code} – ${record.nameEn}` }));
}
