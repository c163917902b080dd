import type { IndicatorUnit } from '../graphql/graphql';
import type { I18n } from '../i18n/i18n';

/** A value as its indicator's unit reads: percentages with %, yes/no for booleans, numbers otherwise. */
export function indicatorValue(i18n: I18n, unit: IndicatorUnit, value: number | null | undefined): string {
  if (value == null) return i18n.number(null);
  if (unit === 'PERCENT') return i18n.percent(value);
  if (unit === 'BOOLEAN') return i18n.t(value ? 'value.yes' : 'value.no');
  return i18n.number(value);
}
