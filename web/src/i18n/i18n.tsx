import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, type Catalogue, type MessageKey } from './catalogues/en';
import { nb } from './catalogues/nb';
import { srLatn } from './catalogues/sr-Latn';
import { sv } from './catalogues/sv';

/** The languages of the app, each with its own name. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'sv', name: 'Svenska' },
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'sr-Latn', name: 'Srpski (latinica)' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const CATALOGUES: Record<Language, Catalogue> = { en, sv, nb, 'sr-Latn': srLatn };

const STORAGE_KEY = 'hub.language';

function isLanguage(code: string | null): code is Language {
  return LANGUAGES.some((language) => language.code === code);
}

/** The remembered choice, else the browser's first language the app speaks, else English. */
function initialLanguage(): Language {
  const remembered = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(remembered)) return remembered;
  for (const wanted of navigator.languages) {
    const match = LANGUAGES.find(
      (language) => wanted === language.code || wanted.split('-')[0] === language.code.split('-')[0],
    );
    if (match && !(match.code === 'sr-Latn' && /Cyrl/.test(wanted))) return match.code;
  }
  return 'en';
}

/** The chosen language's strings and Intl formats. */
export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** The string of `key`, with each `{name}` replaced by `values[name]`. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  number(value: number | null | undefined): string;
  /** A percentage given as 0-100 (63 for 63 %). */
  percent(value: number | null | undefined): string;
  /** A share given as 0-1. */
  share(value: number | null | undefined): string;
  /** A `YYYY-MM-DD` date. */
  date(value: string | null | undefined): string;
  money(amount: number, currency: string): string;
}

const I18nContext = createContext<I18n | null>(null);

function makeI18n(language: Language, setLanguage: (language: Language) => void): I18n {
  const catalogue = CATALOGUES[language];
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const missing = '–';
  return {
    language,
    setLanguage,
    t: (key, values = {}) =>
      catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`)),
    number: (value) => (value == null ? missing : numbers.format(value)),
    percent: (value) => (value == null ? missing : percents.format(value / 100)),
    share: (value) => (value == null ? missing : percents.format(value)),
    date: (value) => (value ? dates.format(new Date(`${value}T00:00:00Z`)) : missing),
    money: (amount, currency) =>
      new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount),
  };
}

/** Holds the chosen language, remembered in localStorage, and sets the page's `lang`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const i18n = useMemo(
    () =>
      makeI18n(language, (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLanguageState(next);
      }),
    [language],
  );
  document.documentElement.lang = language;
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
