import type { I18n } from '../../i18n/i18n';

const DAY_SECONDS = 86_400;

/** "Too many attempts; try again at 14:05 (in about 3 min)", in the chosen language. */
export function throttleMessage({ t, language }: I18n, retryAfterSeconds: number | undefined): string {
  // From the hub's answer or the page's link: a value outside a day is not one the hub gives.
  const seconds =
    retryAfterSeconds && retryAfterSeconds > 0 && retryAfterSeconds <= DAY_SECONDS ? retryAfterSeconds : 60;
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(Date.now() + seconds * 1000),
  );
  return t('auth.throttled', { time, minutes: Math.max(1, Math.ceil(seconds / 60)) });
}
