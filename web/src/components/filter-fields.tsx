import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** A country as a page's filters list it. */
interface CountryOption {
  code: string;
  nameEn: string;
  nameLocal: string;
}

/**
 * The fields a page's filters share (the programme list, the benchmarking tool, the Charter and the
 * series): a form that keeps Enter from reloading the page, a country choice and year fields, each
 * labelled in the chosen language and kept in the page's URL state by `onChange`.
 */
export function FilterForm({
  children,
  onSubmit,
  search = false,
}: {
  children: ReactNode;
  /** What Enter (or the form's button) applies; nothing when absent. */
  onSubmit?: () => void;
  /** Whether the form is the page's search (`role="search"`). */
  search?: boolean;
}) {
  return (
    <form
      className="filters"
      role={search ? 'search' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      {children}
    </form>
  );
}

/** The country field: each country by its English and local name; with `anyLabel`, a first choice of none. */
export function CountryField({
  countries,
  value,
  onChange,
  anyLabel,
}: {
  countries: readonly CountryOption[];
  value: string;
  onChange: (country: string) => void;
  anyLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <label>
      {t('filter.country')}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.nameEn} ({country.nameLocal})
          </option>
        ))}
      </select>
    </label>
  );
}

/** A year field (1990 to 2100), labelled `label` (the year by default). */
export function YearField({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (year: string) => void;
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <label>
      {label ?? t('filter.year')}
      <input type="number" min={1990} max={2100} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
