import type { I18n } from '../i18n/i18n';

/** A value axis's tick labels as the page writes numbers in the chosen language (60 000 in Swedish, 60.000 in Serbian), not Plot's English 60,000. */
export function numberTicks(i18n: I18n): (value: number) => string {
  return (value) => i18n.number(value);
}

/** A time axis's tick labels as month and year in the chosen language (dec. 2013), not Plot's English "Dec". */
export function monthTicks(i18n: I18n): (value: Date) => string {
  const months = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (value) => months.format(value);
}
